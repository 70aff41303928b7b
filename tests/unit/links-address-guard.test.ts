import { describe, expect, it } from "vitest";
import { addressGuard, isInternalAddress } from "../../tools/links/address-guard.ts";

describe("which addresses the link checker never requests", () => {
  it.each([
    "127.0.0.1",
    "127.255.255.254",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.0.1",
    "169.254.169.254",
    "0.0.0.0",
    "100.64.0.1",
    "::1",
    "::",
    "fc00::1",
    "fdff::1",
    "fe80::1",
    "febf::1",
    "::ffff:127.0.0.1",
    "::ffff:a00:1",
    "224.0.0.1",
    "239.255.255.250",
    "240.0.0.1",
    "255.255.255.255",
    "198.18.0.1",
    "198.19.255.255",
    "fec0::1",
    "feff::1",
    "ff02::1",
    "64:ff9b::7f00:1",
    "64:ff9b::169.254.169.254",
    "64:ff9b::a9fe:a9fe",
    "2002:7f00:1::",
    "2002:a00:1:1::1",
    "2002:a9fe:a9fe::1",
  ])("%s is internal", (address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  it.each([
    "8.8.8.8",
    "172.15.255.255",
    "172.32.0.1",
    "192.169.0.1",
    "169.255.0.1",
    "100.63.255.255",
    "11.0.0.1",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
    "223.255.255.255",
    "198.17.255.255",
    "198.20.0.1",
    "64:ff9b::808:808",
    "64:ff9b::8.8.8.8",
    "2002:808:808::1",
    "64:ff9b:1::a00:1",
    "example.org",
  ])("%s is not", (address) => {
    expect(isInternalAddress(address)).toBe(false);
  });

  it("asks the name server once per host in a run, and trusts only the origins it is given", async () => {
    const asked: string[] = [];
    const guard = addressGuard({
      trustedOrigins: ["http://127.0.0.1:8080/mirror/"],
      resolveHost: async (hostname) => {
        asked.push(hostname);
        return hostname === "inside.test" ? ["10.9.8.7"] : ["93.184.215.14"];
      },
    });
    expect(await guard("http://127.0.0.1:8080/mirror/a.pdf")).toBeUndefined();
    expect(await guard("http://127.0.0.1:8081/")).toEqual({ address: "127.0.0.1" });
    expect(await guard("https://127.0.0.1:8080/")).toEqual({ address: "127.0.0.1" });
    expect(await guard("http://app.localhost/")).toEqual({ address: "127.0.0.1", hostname: "app.localhost" });
    expect(await guard("http://inside.test/a")).toEqual({ address: "10.9.8.7", hostname: "inside.test" });
    expect(await guard("http://inside.test/b")).toEqual({ address: "10.9.8.7", hostname: "inside.test" });
    expect(await guard("https://example.org/")).toBeUndefined();
    expect(asked).toEqual(["inside.test", "example.org"]);
  });
});
