import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkExternalLinks, type CheckedLink } from "../../pipeline/links/external.ts";
import { closedPort, startFaultServer, type FaultServer } from "../support/fault-server.ts";

describe("external link check against a local fault server", () => {
  let server: FaultServer;
  let results: Map<string, CheckedLink>;
  const path = (p: string) => `${server.origin}${p}`;

  beforeAll(async () => {
    server = await startFaultServer();
    const port = await closedPort();
    const urls = [
      "/ok", "/ok", "/moved", "/document.pdf", "/gone-404", "/gone-410", "/flaky", "/busy",
      "/forbidden", "/bot-wall", "/no-head", "/hang", "/loop-a", "/always-busy", "/moved-twice", "/ok#deel-2",
    ].map(path);
    const checked = await checkExternalLinks([...urls, `http://127.0.0.1:${port}/closed`], {
      perHost: 2,
      requestTimeoutMs: 1_500,
      runTimeoutMs: 30_000,
      retries: 2,
    });
    results = new Map(checked.map((result) => [result.url, result]));
    // Retries back off for seconds and /hang waits out its limit on every try: slow by design.
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
    ["/loop-a", { status: "broken", reason: "redirect loop" }],
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
    const started = performance.now();
    const [result] = await checkExternalLinks([`${server.origin}/hang`], { requestTimeoutMs: 20_000, runTimeoutMs: 1_000, retries: 0 });
    const elapsed = performance.now() - started;
    await server.close();
    expect(result).toMatchObject({ status: "timeout", reason: "not checked within the run's limit of 1 s" });
    // Ended by the run's limit, not by the request's own 20 s: a margin no busy machine uses up.
    expect(elapsed).toBeLessThan(20_000);
  });
});

describe("a host name that does not resolve", () => {
  it("is unreachable because the host name could not be resolved, and fails fast without a network", async () => {
    // .invalid never resolves (RFC 2606), online or off. No retries: linkinator backs off for seconds between them.
    const urls = ["http://nonexistent.invalid/routeboek.pdf", "https://nonexistent.invalid/", "http://also-missing.invalid/x"];
    const checked = await checkExternalLinks(urls, { retries: 0 });
    expect(checked).toEqual(
      urls.map((url) => ({ url, status: "unreachable", reason: expect.stringMatching(/^the host name could not be resolved \((ENOTFOUND|EAI_AGAIN)\)$/) })),
    );
  });
});
