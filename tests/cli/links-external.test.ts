import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkExternalLinks, type CheckedLink, type CheckStats } from "../../tools/links/external.ts";
import { closedPort, startFaultServer, type FaultServer } from "../support/fault-server.ts";

describe("external link check against a local fault server", () => {
  let server: FaultServer;
  let results: Map<string, CheckedLink>;
  const path = (p: string) => `${server.origin}${p}`;

  beforeAll(async () => {
    server = await startFaultServer();
    const port = await closedPort();
    const urls = [
      "/ok",
      "/ok",
      "/moved",
      "/document.pdf",
      "/gone-404",
      "/gone-410",
      "/flaky",
      "/busy",
      "/forbidden",
      "/bot-wall",
      "/no-head",
      "/hang",
      "/loop-a",
      "/always-busy",
      "/moved-twice",
      "/ok#deel-2",
    ].map(path);
    const checked = await checkExternalLinks([...urls, `http://127.0.0.1:${port}/closed`], {
      perHost: 2,
      requestTimeoutMs: 1_500,
      runTimeoutMs: 30_000,
      retries: 2,
      backoffMs: 200,
      // The test server and the closed port are on 127.0.0.1, which the checker otherwise never asks.
      trustedOrigins: [server.origin, `http://127.0.0.1:${port}`],
    });
    results = new Map(checked.map((result) => [result.url, result]));
    // /hang waits out its request limit; retries back off 0.2, then 0.4 s.
  }, 120_000);
  afterAll(() => server.close());

  const statusOf = (p: string) => results.get(path(p));

  it.each([
    ["/ok", { status: "ok", httpStatus: 200 }],
    ["/no-head", { status: "ok" }],
    ["/flaky", { status: "ok" }],
    ["/busy", { status: "ok" }],
    ["/gone-404", { status: "broken", httpStatus: 404 }],
    ["/gone-410", { status: "broken", httpStatus: 410 }],
    ["/forbidden", { status: "broken", httpStatus: 403 }],
    ["/bot-wall", { status: "blocked", httpStatus: 403 }],
    ["/hang", { status: "timeout" }],
    ["/loop-a", { status: "broken", reason: expect.stringMatching(/^redirect loop/) }],
    ["/always-busy", { status: "rate-limited", httpStatus: 429 }],
  ])("classifies %s", (p, expected) => {
    expect(statusOf(p)).toMatchObject(expected);
  });

  it("reports moved URLs with their target, a PDF that now leads to an HTML page included", () => {
    expect(statusOf("/moved")).toMatchObject({ status: "moved", target: path("/new-home") });
    expect(statusOf("/document.pdf")).toMatchObject({ status: "moved", target: path("/news/") });
    expect(statusOf("/moved-twice")).toMatchObject({ status: "moved", target: path("/new-home") });
  });

  it("classifies a closed port as unreachable", () => {
    const closed = [...results.values()].find((result) => result.url.endsWith("/closed"));
    expect(closed).toMatchObject({ status: "unreachable", reason: expect.stringContaining("ECONNREFUSED") });
  });

  it("retries a server error until it answers", () => {
    // HEAD and GET fail once each; the answer that counts comes from a retry.
    const flaky = (server.requests.get("HEAD /flaky") ?? 0) + (server.requests.get("GET /flaky") ?? 0);
    expect(flaky).toBeGreaterThanOrEqual(3);
    expect(statusOf("/flaky")?.status).toBe("ok");
  });

  it("checks a URL with a fragment as the document it names", () => {
    expect(statusOf("/ok#deel-2")).toMatchObject({ status: "ok", url: path("/ok#deel-2") });
  });

  it("requests each distinct URL once, however often it is used", () => {
    expect(server.requests.get("HEAD /ok")).toBe(1);
    expect(server.requests.get("GET /ok") ?? 0).toBe(0);
  });

  it("keeps to the per-host limit and checks every URL within the run's time limit", () => {
    expect(server.maxInFlight).toBeLessThanOrEqual(2);
    // Asked of the results, not of a stopwatch: what the run's limit cut off would read "not checked within…".
    expect([...results.values()].filter((result) => result.reason?.startsWith("not checked"))).toEqual([]);
  });
});

describe("the whole run's time limit", () => {
  it("ends the run on time and reports what was not done as a timeout", async () => {
    const server = await startFaultServer();
    // The request's own limit is far beyond the test's: only the run's limit can end it in time, and the reason says so.
    const [result] = await checkExternalLinks([`${server.origin}/hang`], {
      requestTimeoutMs: 600_000,
      runTimeoutMs: 1_000,
      retries: 0,
      trustedOrigins: [server.origin],
    });
    await server.close();
    expect(result).toMatchObject({ status: "timeout", reason: "not checked within the run's limit of 1 s" });
  });
});

describe("a host name that does not resolve", () => {
  it("is unreachable because the host name could not be resolved, and fails fast without a network", async () => {
    // .invalid never resolves (RFC 2606), online or off. No retries: linkinator backs off for seconds between them.
    const urls = ["http://nonexistent.invalid/routeboek.pdf", "https://nonexistent.invalid/", "http://also-missing.invalid/x"];
    const checked = await checkExternalLinks(urls, { retries: 0 });
    expect(checked).toEqual(
      urls.map((url) => ({
        url,
        status: "unreachable",
        reason: expect.stringMatching(/^the host name could not be resolved \((ENOTFOUND|EAI_AGAIN)\)$/),
      })),
    );
  });
});

/** Milliseconds between consecutive requests that match `key`, as the server saw them. */
function gaps(server: FaultServer, key: (entry: string) => boolean): number[] {
  const times = server.log.filter((entry) => key(entry.key)).map((entry) => entry.at);
  return times.slice(1).map((at, index) => at - times[index]!);
}

describe("politeness whatever the server says (issue 13, item 4)", () => {
  it("caps the retries of a URL that answers `429 Retry-After: 0` and backs off longer each time", async () => {
    const server = await startFaultServer();
    const stats: CheckStats = { requests: 0 };
    const [result] = await checkExternalLinks(
      [`${server.origin}/retry-now`],
      { retries: 3, backoffMs: 100, runTimeoutMs: 20_000, trustedOrigins: [server.origin] },
      stats,
    );
    await server.close();
    expect(result).toMatchObject({ status: "rate-limited", httpStatus: 429 });
    // One try and three retries: not thousands.
    const sent = (server.requests.get("HEAD /retry-now") ?? 0) + (server.requests.get("GET /retry-now") ?? 0);
    expect(sent).toBe(4);
    expect(stats.requests).toBe(4);
    // Our back-off of 100, 200, 400 ms, whatever "Retry-After: 0" asked (half of it as a margin for the loopback's jitter).
    const between = gaps(server, (key) => key.endsWith(" /retry-now"));
    expect(between).toHaveLength(3);
    for (const [index, gap] of between.entries()) expect(gap).toBeGreaterThanOrEqual(50 * 2 ** index);
  });

  it("spaces the requests to one host and keeps to its limit of requests at once", async () => {
    const server = await startFaultServer();
    const urls = Array.from({ length: 6 }, (_, index) => `${server.origin}/site/page-${index}`);
    const checked = await checkExternalLinks(urls, { perHost: 2, hostIntervalMs: 120, trustedOrigins: [server.origin] });
    await server.close();
    expect(checked.map((result) => result.status)).toEqual(Array(6).fill("ok"));
    expect(server.maxInFlight).toBeLessThanOrEqual(2);
    for (const gap of gaps(server, (key) => key.includes(" /site/"))) expect(gap).toBeGreaterThanOrEqual(60);
  });
});

describe("a Retry-After longer than the run (issue 13, item 5)", () => {
  it("records the URL as rate-limited with the wait asked, and checks the host's other URLs", async () => {
    const server = await startFaultServer();
    const urls = ["/retry-in-an-hour", "/gone-404", "/gone-410", "/ok"].map((p) => `${server.origin}${p}`);
    const stats: CheckStats = { requests: 0 };
    const checked = await checkExternalLinks(
      urls,
      { perHost: 1, runTimeoutMs: 20_000, backoffMs: 100, trustedOrigins: [server.origin] },
      stats,
    );
    await server.close();
    expect(checked).toEqual([
      {
        url: urls[0],
        status: "rate-limited",
        httpStatus: 429,
        retryAfterSeconds: 3600,
        reason: "the server asked to wait 3600 s (Retry-After), longer than the run had left",
      },
      { url: urls[1], status: "broken", httpStatus: 404, reason: "HTTP 404" },
      { url: urls[2], status: "broken", httpStatus: 410, reason: "HTTP 410" },
      { url: urls[3], status: "ok", httpStatus: 200 },
    ]);
    // The hour is not waited for, and not asked about again.
    expect(server.requests.get("HEAD /retry-in-an-hour")).toBe(1);
  });
});

describe("option ranges (issue 13, item 6)", () => {
  it("refuses limits that Node's timers cannot hold, before any request", async () => {
    await expect(checkExternalLinks(["http://127.0.0.1:9/x"], { runTimeoutMs: 3_000_000_000 })).rejects.toThrow(
      "runTimeoutMs must be from 1000 to 86400000, not 3000000000",
    );
    await expect(checkExternalLinks(["http://127.0.0.1:9/x"], { requestTimeoutMs: 3_000_000_000 })).rejects.toThrow(RangeError);
    await expect(checkExternalLinks(["http://127.0.0.1:9/x"], { perHost: 2.5 })).rejects.toThrow(
      "perHost must be a whole number from 1 to 10",
    );
    await expect(checkExternalLinks(["http://127.0.0.1:9/x"], { retries: 50 })).rejects.toThrow(RangeError);
  });
});

describe("what the answer is, compared with what the link promises (issue 13, item 10)", () => {
  let server: FaultServer;
  let results: Map<string, CheckedLink>;
  const path = (p: string) => `${server.origin}${p}`;

  beforeAll(async () => {
    server = await startFaultServer();
    const urls = ["/real.pdf", "/soft-404.pdf", "/taken-down.pdf", "/site/download?id=7", "/site/page", "/loop-a", "/chain/1"].map(path);
    const checked = await checkExternalLinks(urls, {
      backoffMs: 100,
      pdfUrls: new Set([path("/site/download?id=7")]),
      trustedOrigins: [server.origin],
    });
    results = new Map(checked.map((result) => [result.url.slice(server.origin.length), result]));
  });
  afterAll(() => server.close());

  it("reads a web page at a PDF's address as a soft 404, not ok", () => {
    expect(results.get("/real.pdf")).toMatchObject({ status: "ok", httpStatus: 200 });
    expect(results.get("/soft-404.pdf")).toMatchObject({
      status: "soft-404",
      httpStatus: 200,
      reason: "soft 404: a web page where a PDF was promised (HTTP 200, text/html)",
    });
    // The content lists this address as a PDF document: the promise holds without ".pdf" in the path.
    expect(results.get("/site/download?id=7")).toMatchObject({ status: "soft-404" });
    expect(results.get("/site/page")).toMatchObject({ status: "ok" });
  });

  it("reports a PDF redirected to a web page as moved, to that page", () => {
    expect(results.get("/taken-down.pdf")).toMatchObject({
      status: "moved",
      target: path("/pagina-niet-gevonden/"),
      reason: "the PDF now leads to a web page (text/html)",
    });
  });

  it("stops a redirect loop at once and a redirect chain after 10 hops, with a bounded number of requests", () => {
    expect(results.get("/loop-a")).toMatchObject({
      status: "broken",
      reason: expect.stringMatching(/^redirect loop \(back to .*\/loop-a after 2 redirects\)$/),
    });
    const loop = [...server.requests].filter(([key]) => key.includes("/loop-")).reduce((sum, [, count]) => sum + count, 0);
    expect(loop).toBe(2);
    expect(results.get("/chain/1")).toMatchObject({ status: "broken", reason: "redirect loop (more than 10 redirects)" });
    const chain = [...server.requests].filter(([key]) => key.includes("/chain/")).reduce((sum, [, count]) => sum + count, 0);
    expect(chain).toBe(11);
  });
});

describe("a 503 with Retry-After is the server asking for patience, like a 429 (red team C-N34)", () => {
  it("reports 503 + Retry-After as rate-limited, never broken, with one rule for 429 and 503", async () => {
    const server = await startFaultServer();
    const paths = ["/maintenance", "/maintenance-brief", "/maintenance-retry-now", "/unavailable"];
    const urls = paths.map((p) => `${server.origin}${p}`);
    const checked = await checkExternalLinks(urls, { retries: 2, backoffMs: 100, runTimeoutMs: 20_000, trustedOrigins: [server.origin] });
    await server.close();
    const sent = (p: string) => (server.requests.get(`HEAD ${p}`) ?? 0) + (server.requests.get(`GET ${p}`) ?? 0);
    expect(checked[0]).toEqual({
      url: urls[0],
      status: "rate-limited",
      httpStatus: 503,
      retryAfterSeconds: 3600,
      reason: "the server asked to wait 3600 s (Retry-After), longer than the run had left",
    });
    // The hour is not waited for, and a GET after the HEAD would only ask the same question again.
    expect(sent("/maintenance")).toBe(1);
    expect(checked[1]).toMatchObject({ status: "ok", httpStatus: 200 });
    expect(checked[2]).toMatchObject({
      status: "rate-limited",
      httpStatus: 503,
      reason: "the server kept answering 503 Service Unavailable with a Retry-After",
    });
    // One try and two retries, each a HEAD only, at our back-off: not a flood.
    expect(sent("/maintenance-retry-now")).toBe(3);
    // Without Retry-After a 503 is a failing server: retried, then broken as before.
    expect(checked[3]).toMatchObject({ status: "broken", httpStatus: 503 });
  });
});

describe("internal addresses are reported and never requested (red team C-N10, C-N11)", () => {
  /** A name server for the test: two names that lead inside, nothing else known. */
  const resolveHost = async (hostname: string) => {
    const known: Record<string, string[]> = {
      "metadata.internal.test": ["169.254.169.254"],
      "intranet.example.test": ["10.0.0.7"],
      "half-inside.example.test": ["93.184.215.14", "192.168.4.20"],
    };
    if (known[hostname]) return known[hostname];
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  };

  it("does not follow a redirect into loopback, link-local or a private range, and says where it led", async () => {
    const server = await startFaultServer();
    const paths = ["/to-metadata", "/to-localhost", "/to-mapped", "/to-private", "/to-named-internal", "/moved"];
    const urls = paths.map((p) => `${server.origin}${p}`);
    const checked = await checkExternalLinks(urls, { retries: 0, runTimeoutMs: 20_000, trustedOrigins: [server.origin], resolveHost });
    await server.close();
    const port = new URL(server.origin).port;
    expect(checked.slice(0, 5)).toEqual(
      [
        ["http://169.254.169.254/latest/meta-data/", "169.254.169.254"],
        [`http://localhost:${port}/internal-admin`, "localhost, 127.0.0.1"],
        [`http://[::ffff:7f00:1]:${port}/internal-admin`, "::ffff:7f00:1"],
        ["http://10.1.2.3/intranet/", "10.1.2.3"],
        ["http://metadata.internal.test/computeMetadata/", "metadata.internal.test, 169.254.169.254"],
      ].map(([target, where], index) => ({
        url: urls[index],
        status: "broken",
        target,
        reason: `redirects to an internal address (${where}); not followed`,
      })),
    );
    // A redirect within the trusted test server is still followed.
    expect(checked[5]).toMatchObject({ status: "moved", target: `${server.origin}/new-home` });
    // Each redirect was asked once, with HEAD; nothing reached the internal target.
    for (const p of paths.slice(0, 5)) expect([server.requests.get(`HEAD ${p}`), server.requests.get(`GET ${p}`)]).toEqual([1, undefined]);
    expect([...server.requests.keys()].filter((key) => key.includes("/internal-admin"))).toEqual([]);
  });

  it("does not request a content link to an internal address, by number or by name", async () => {
    const server = await startFaultServer();
    const port = new URL(server.origin).port;
    const urls = [
      `http://localhost:${port}/internal-a`,
      `http://0.0.0.0:${port}/internal-b`,
      `http://127.0.0.2:${port}/internal-c`,
      `http://[::1]:${port}/internal-d`,
      "http://10.0.0.5/verzuim.pdf",
      "http://172.20.1.1/",
      "http://192.168.1.1/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[fd12::1]/",
      "http://[fe80::1]/",
      "http://intranet.example.test/",
      "http://half-inside.example.test/",
    ];
    const stats: CheckStats = { requests: 0 };
    const checked = await checkExternalLinks(
      urls,
      { retries: 0, runTimeoutMs: 20_000, trustedOrigins: [server.origin], resolveHost },
      stats,
    );
    await server.close();
    expect(checked.map((result) => [result.status, result.reason])).toEqual(
      [
        "localhost, 127.0.0.1",
        "0.0.0.0",
        "127.0.0.2",
        "::1",
        "10.0.0.5",
        "172.20.1.1",
        "192.168.1.1",
        "169.254.169.254",
        "fd12::1",
        "fe80::1",
        "intranet.example.test, 10.0.0.7",
        "half-inside.example.test, 192.168.4.20",
      ].map((where) => ["broken", `an internal address, not on the public internet (${where}); not requested`]),
    );
    expect(stats.requests).toBe(0);
    expect([...server.requests.keys()]).toEqual([]);
  });

  it("reports a name the injected name server does not know as a DNS failure, without retrying it", async () => {
    const stats: CheckStats = { requests: 0 };
    const [result] = await checkExternalLinks(["http://unknown.example.test/"], { retries: 2, backoffMs: 10, resolveHost }, stats);
    expect(result).toEqual({
      url: "http://unknown.example.test/",
      status: "unreachable",
      reason: "the host name could not be resolved (ENOTFOUND)",
    });
    expect(stats.requests).toBe(0);
  });
});

describe("a TLS failure in words (red team C-N27)", () => {
  it("says the secure connection failed, with OpenSSL's reason and code, without its source path", async () => {
    const server = await startFaultServer();
    // TLS spoken to a plain HTTP port: OpenSSL's "wrong version number", with a path into Node's sources.
    const https = server.origin.replace("http:", "https:");
    const [result] = await checkExternalLinks([`${https}/ok`], { retries: 0, trustedOrigins: [https] });
    await server.close();
    expect(result).toEqual({
      url: `${https}/ok`,
      status: "unreachable",
      reason: "the secure connection (TLS) failed: wrong version number (ERR_SSL_WRONG_VERSION_NUMBER)",
    });
  });
});
