import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkInternalLinks } from "../../tools/links/internal.ts";
import { type FaultServer, startFaultServer } from "../support/fault-server.ts";

/**
 * The build's internal link check serves the built site on 127.0.0.1 itself. A content
 * link to another local service (any other port, `localhost`, `[::1]`) is an external
 * link like any other, and the offline check must never request it (red team L08, F11).
 */
describe("the build's internal link check asks only its own server", () => {
  let server: FaultServer;
  let site: string;

  beforeAll(async () => {
    server = await startFaultServer();
    site = await mkdtemp(join(tmpdir(), "routeboek-links-offline-"));
    const port = new URL(server.origin).port;
    const local = [
      `${server.origin}/internal-admin?from=build`,
      `https://127.0.0.1:${port}/secure`,
      `http://localhost:${port}/by-name`,
      `http://[::1]:${port}/v6`,
      `http://127.0.0.9:${port}/other-loopback`,
      `http://0.0.0.0:${port}/any`,
    ];
    const anchors = local.map((url) => `<a href="${url}">lokaal</a>`).join("");
    await writeFile(join(site, "index.html"), `<!doctype html><html lang="nl"><body>${anchors}<a href="/weg/">weg</a></body></html>`);
    await mkdir(join(site, "leeg"));
  });
  afterAll(async () => {
    await server.close();
    await rm(site, { recursive: true, force: true });
  });

  it("checks the site's own links and sends no request to any other local address", async () => {
    const broken = await checkInternalLinks(site);
    // The site's own missing page is still found: the check ran.
    expect(broken).toEqual([{ page: "/", link: "/weg/", reason: "HTTP 404" }]);
    expect([...server.requests.keys()]).toEqual([]);
  });
});
