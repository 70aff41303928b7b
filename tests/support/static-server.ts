import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".pdf": "application/pdf",
  ".svg": "image/svg+xml",
};

export interface StaticSite {
  origin: string;
  /** Paths requested, in order; lets tests assert that nothing unexpected was loaded. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves a built site folder on 127.0.0.1, like a plain static host: folder → index.html, else 404.html. */
export async function serveStatic(root: string): Promise<StaticSite> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    requests.push(path);
    const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ""), path.endsWith("/") ? "index.html" : "");
    const found = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    const target = found ? file : join(root, "404.html");
    response.writeHead(found ? 200 : 404, { "content-type": TYPES[extname(target)] ?? "application/octet-stream" });
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The two sites the test setup builds, served side by side: the real content and the test routebook. */
export type SiteName = "site" | "fixture";

export async function serveBothSites(roots: Record<SiteName, string>): Promise<Record<SiteName, StaticSite> & { close(): Promise<void> }> {
  const site = await serveStatic(roots.site);
  const fixture = await serveStatic(roots.fixture);
  return { site, fixture, close: async () => void (await Promise.all([site.close(), fixture.close()])) };
}
