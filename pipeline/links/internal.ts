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

const isLocal = (url: string) => /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url);

/**
 * Linkinator reports local pages as file paths under the folder it served
 * (`/tmp/site/a/b/#x`); a maintainer wants the site path (`/a/b/#x`).
 */
function sitePath(reported: string | undefined, siteDir: string): string {
  if (!reported) return "?";
  for (const prefix of [resolve(siteDir), siteDir.replace(/\/$/, "")]) {
    if (reported.startsWith(`${prefix}/`)) return reported.slice(prefix.length);
  }
  if (isLocal(reported)) {
    const parsed = new URL(reported);
    return `${parsed.pathname}${parsed.hash}`;
  }
  return reported;
}

function reasonOf(result: LinkResult): string {
  const detail = result.failureDetails?.[0];
  if (detail instanceof Error) return detail.message;
  if (result.status) return `HTTP ${result.status}`;
  return "not reachable";
}

/**
 * Checks every link, asset and #fragment inside a built site folder, offline:
 * linkinator serves the folder on 127.0.0.1 and external URLs are skipped.
 * Redirects count as broken, because a site we build ourselves should link
 * straight to where a page is. The crawl is linear in the number of links only
 * with patches/linkinator+8.1.0.patch (applied by `npm install`'s postinstall;
 * see docs/linkinator-linear-crawl.md).
 */
export async function checkInternalLinks(siteDir: string): Promise<BrokenInternalLink[]> {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: siteDir,
    recurse: true,
    checkFragments: true,
    redirects: "error",
    concurrency: 16,
    // Our own server on 127.0.0.1 answers in milliseconds; the limit only stops a hang. It is
    // generous because a machine busy with other work can hold a response for seconds.
    timeout: 60_000,
    linksToSkip: async (url: string) => !isLocal(url),
  });
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => ({ page: sitePath(link.parent, siteDir), link: sitePath(link.url, siteDir), reason: reasonOf(link) }))
    .sort((a, b) => a.page.localeCompare(b.page) || a.link.localeCompare(b.link));
}

export function formatBrokenLinks(broken: readonly BrokenInternalLink[]): string {
  return broken.map((item) => `  ${item.page} → ${item.link}: ${item.reason}`).join("\n");
}
