import { createServer } from "node:net";
import { resolve } from "node:path";
import { LinkChecker, LinkState, type LinkResult } from "linkinator";

/** A link inside the built site that leads nowhere. */
export interface BrokenInternalLink {
  /** Site path of the page that holds the link, e.g. `/sppoh-po/stap/welk-verzuim/`. */
  page: string;
  /** The link as a site path, with its fragment. */
  link: string;
  /** Why it is broken: an HTTP status, a missing anchor, a redirect. */
  reason: string;
}

/** The host linkinator serves a folder on; only its own port there is the site. */
const SERVER_HOST = "127.0.0.1";

/** True when `url` is on the site's own server: the same scheme, host and port, nothing else local. */
function onOwnServer(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/**
 * Linkinator reports local pages as file paths under the folder it served
 * (`/tmp/site/a/b/#x`); a maintainer wants the site path (`/a/b/#x`).
 */
function sitePath(reported: string | undefined, siteDir: string, origin: string): string {
  if (!reported) return "?";
  for (const prefix of [resolve(siteDir), siteDir.replace(/\/$/, "")]) {
    if (reported === prefix) return "/";
    if (reported.startsWith(`${prefix}/`)) return reported.slice(prefix.length);
  }
  if (onOwnServer(reported, origin)) {
    const parsed = new URL(reported);
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  }
  return reported;
}

/** A port on SERVER_HOST that is free now; the caller binds it next and retries if another process was quicker. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, SERVER_HOST, () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

function reasonOf(result: LinkResult): string {
  const detail = result.failureDetails?.[0];
  if (detail instanceof Error) return detail.message;
  if (result.status) return `HTTP ${result.status}`;
  return "not reachable";
}

/**
 * Checks every link, asset and #fragment inside a built site folder, offline:
 * linkinator serves the folder on 127.0.0.1 at a port we choose, and every
 * other URL is skipped unrequested: other ports, `localhost` and `[::1]` too,
 * since a content link must not make the build probe local services (F11).
 * Redirects count as broken, because a site we build ourselves should link
 * straight to where a page is. The crawl is linear in the number of links only
 * with patches/linkinator+8.1.0.patch (applied by `npm install`'s postinstall;
 * see docs/upstream/linkinator-linear-crawl.md).
 */
export async function checkInternalLinks(siteDir: string): Promise<BrokenInternalLink[]> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await checkOnPort(siteDir, port);
    } catch (error) {
      // Another process took the port between our probe and linkinator's listen: take another.
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || attempt >= 5) throw error;
    }
  }
}

async function checkOnPort(siteDir: string, port: number): Promise<BrokenInternalLink[]> {
  const origin = `http://${SERVER_HOST}:${port}`;
  const checker = new LinkChecker();
  const result = await checker.check({
    path: siteDir,
    port,
    recurse: true,
    checkFragments: true,
    redirects: "error",
    concurrency: 16,
    // Our own server on 127.0.0.1 answers in milliseconds; the limit only stops a hang. It is
    // generous because a machine busy with other work can hold a response for seconds.
    timeout: 60_000,
    linksToSkip: async (url: string) => !onOwnServer(url, origin),
  });
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => ({
      page: sitePath(link.parent, siteDir, origin),
      link: sitePath(link.url, siteDir, origin),
      reason: reasonOf(link),
    }))
    .sort((a, b) => a.page.localeCompare(b.page) || a.link.localeCompare(b.link));
}

export function formatBrokenLinks(broken: readonly BrokenInternalLink[]): string {
  return broken.map((item) => `  ${item.page} → ${item.link}: ${item.reason}`).join("\n");
}
