import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Handler = (request: IncomingMessage, response: ServerResponse, count: number) => void;

/** Every kind of answer a link checker meets in the wild, at a fixed path each. */
const ROUTES: Record<string, Handler> = {
  "/ok": (_, res) => res.writeHead(200, { "content-type": "text/html" }).end("ok"),
  "/moved": (_, res) => res.writeHead(301, { location: "/new-home" }).end(),
  "/moved-twice": (_, res) => res.writeHead(301, { location: "/moved" }).end(),
  "/new-home": (_, res) => res.writeHead(200, { "content-type": "text/html" }).end("new"),
  "/document.pdf": (_, res) => res.writeHead(301, { location: "/news/" }).end(),
  "/news/": (_, res) => res.writeHead(200, { "content-type": "text/html" }).end("<p>news</p>"),
  "/gone-404": (_, res) => res.writeHead(404).end(),
  "/gone-410": (_, res) => res.writeHead(410).end(),
  // HEAD and the GET that follows it both fail the first time; only a retry succeeds.
  "/flaky": (_, res, count) => res.writeHead(count <= 2 ? 500 : 200).end(),
  "/always-busy": (_, res) => res.writeHead(429).end(),
  "/busy": (_, res, count) => (count === 1 ? res.writeHead(429, { "retry-after": "1" }).end() : res.writeHead(200).end()),
  "/forbidden": (_, res) => res.writeHead(403).end(),
  "/bot-wall": (_, res) => res.writeHead(403, { "cf-mitigated": "challenge" }).end(),
  "/no-head": (req, res) => res.writeHead(req.method === "HEAD" ? 405 : 200).end(),
  "/hang": () => {
    /* never answers */
  },
  "/loop-a": (_, res) => res.writeHead(302, { location: "/loop-b" }).end(),
  "/loop-b": (_, res) => res.writeHead(302, { location: "/loop-a" }).end(),
  // Asks to retry at once, forever: a checker that obeys it blindly floods the host.
  "/retry-now": (_, res) => res.writeHead(429, { "retry-after": "0" }).end(),
  // Asks for an hour's pause: longer than any test run.
  "/retry-in-an-hour": (_, res) => res.writeHead(429, { "retry-after": "3600" }).end(),
  // A site in maintenance: 503 and an hour's wait, as a server says "come back later" besides 429.
  "/maintenance": (_, res) => res.writeHead(503, { "retry-after": "3600" }).end(),
  // Down for a second, then back.
  "/maintenance-brief": (_, res, count) => (count === 1 ? res.writeHead(503, { "retry-after": "1" }).end() : res.writeHead(200).end()),
  // Says "retry now" on every answer, like /retry-now with 503.
  "/maintenance-retry-now": (_, res) => res.writeHead(503, { "retry-after": "0" }).end(),
  // A plain 503 without a wait: a failing server, not one asking for patience.
  "/unavailable": (_, res) => res.writeHead(503).end(),
  // Redirects into the checker's own machine and network: a link checker must not follow them.
  "/to-metadata": (_, res) => res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  "/to-localhost": (req, res) => res.writeHead(302, { location: `http://localhost:${req.socket.localPort}/internal-admin` }).end(),
  "/to-mapped": (req, res) => res.writeHead(302, { location: `http://[::ffff:127.0.0.1]:${req.socket.localPort}/internal-admin` }).end(),
  "/to-private": (_, res) => res.writeHead(301, { location: "http://10.1.2.3/intranet/" }).end(),
  "/to-named-internal": (_, res) => res.writeHead(302, { location: "http://metadata.internal.test/computeMetadata/" }).end(),
  "/real.pdf": (_, res) => res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7"),
  // A "not found" page that says 200, at the PDF's own address.
  "/soft-404.pdf": (_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<h1>Pagina niet gevonden</h1>"),
  // A PDF that was taken down: the site redirects it to its "not found" page.
  "/taken-down.pdf": (_, res) => res.writeHead(301, { location: "/pagina-niet-gevonden/" }).end(),
  "/pagina-niet-gevonden/": (_, res) => res.writeHead(200, { "content-type": "text/html" }).end("<h1>Pagina niet gevonden</h1>"),
};

/** Paths answered by a rule for everything under a prefix. */
const PREFIXES: [prefix: string, handler: Handler][] = [
  // Everything under /site/ exists: a stand-in for a whole healthy website, its PDFs served as PDFs.
  [
    "/site/",
    (req, res) => res.writeHead(200, { "content-type": /\.pdf$/i.test(req.url ?? "") ? "application/pdf" : "text/html" }).end("ok"),
  ],
  // A host that asks for an hour's pause on every URL under it.
  ["/hour-busy/", (_, res) => res.writeHead(429, { "retry-after": "3600" }).end()],
  // A redirect chain that never repeats an address and never ends: /chain/1 → /chain/2 → …
  ["/chain/", (req, res) => res.writeHead(302, { location: `/chain/${Number(req.url!.split("/")[2]) + 1}` }).end()],
];

export interface FaultServer {
  origin: string;
  /** Requests per path, method included: "HEAD /ok" → 1. */
  requests: Map<string, number>;
  /** Every request in order: method and path, and when it arrived (performance.now() of this process). */
  log: { key: string; at: number }[];
  /** Most requests in flight at once. */
  maxInFlight: number;
  close(): Promise<void>;
}

/** A local HTTP server on 127.0.0.1 that answers each path with one fault. */
export async function startFaultServer(): Promise<FaultServer> {
  const requests = new Map<string, number>();
  const log: { key: string; at: number }[] = [];
  const perPath = new Map<string, number>();
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const key = `${request.method} ${path}`;
    requests.set(key, (requests.get(key) ?? 0) + 1);
    log.push({ key, at: performance.now() });
    perPath.set(path, (perPath.get(path) ?? 0) + 1);
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    const done = () => inFlight--;
    response.on("close", done);
    const handler = ROUTES[path] ?? PREFIXES.find(([prefix]) => path.startsWith(prefix))?.[1] ?? ((_, res) => res.writeHead(404).end());
    // A little latency makes concurrent requests overlap, so the per-host limit is observable.
    setTimeout(() => handler(request, response, perPath.get(path)!), 30);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    log,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

/**
 * A port on 127.0.0.1 that nothing listens on. It is taken below Linux's
 * ephemeral range (32768 and up), so no other test's server, which asks the
 * system for any free port, can be given it while the check runs.
 */
export async function closedPort(): Promise<number> {
  for (let port = 20_000 + Math.floor(Math.random() * 10_000); ; port++) {
    const server = createServer();
    const free = await new Promise<boolean>((done) => {
      server.once("error", () => done(false));
      server.listen(port, "127.0.0.1", () => done(true));
    });
    if (free) {
      await new Promise((done) => server.close(done));
      return port;
    }
  }
}
