import { LINK_STATUSES, type LinkReport, type LinkStatusName, type ReportedLink } from "../../pipeline/schema/link-report.ts";
import type { LinkUse } from "./collect.ts";
import { type CheckedLink, INTERNAL_ADDRESS, PDF_NOW_WEB_PAGE, REDIRECTS_INTERNAL } from "./classify.ts";
import { DNS_FAILURE } from "./network-error.ts";
import { waitAsked } from "./retry.ts";
import type { LinkFlag } from "./stale.ts";

/** Assembles report.json from the check results, the flags and the uses. Pure. */
export function buildReport(input: {
  uses: ReadonlyMap<string, LinkUse[]>;
  checked: readonly CheckedLink[];
  flags: ReadonlyMap<string, LinkFlag[]>;
  durationMs: number;
  generatedAt: Date;
  /** HTTP requests the run sent, when known. */
  requests?: number;
}): LinkReport {
  const results = new Map(input.checked.map((result) => [result.url, result]));
  const links: ReportedLink[] = [...input.uses].map(([url, uses]) => {
    const result = results.get(url) ?? { url, status: "timeout" as const, reason: "not checked" };
    return { ...result, url, flags: input.flags.get(url) ?? [], uses };
  });
  links.sort((a, b) => severity(b) - severity(a) || a.url.localeCompare(b.url));
  const byStatus = Object.fromEntries(
    LINK_STATUSES.map((status) => [status, links.filter((link) => link.status === status).length]),
  ) as Record<LinkStatusName, number>;
  return {
    version: 1,
    generatedAt: input.generatedAt.toISOString(),
    durationMs: Math.round(input.durationMs),
    summary: {
      urls: links.length,
      uses: links.reduce((sum, link) => sum + link.uses.length, 0),
      byStatus,
      flagged: links.filter((link) => link.flags.length > 0).length,
      ...(input.requests !== undefined ? { requests: input.requests } : {}),
    },
    links,
  };
}

/** Worst first: what a maintainer must fix before what they may look at. */
const SEVERITY: Record<LinkStatusName, number> = {
  broken: 7,
  "soft-404": 6,
  unreachable: 5,
  moved: 4,
  blocked: 3,
  "rate-limited": 2,
  timeout: 2,
  ok: 0,
};
const severity = (link: ReportedLink) => SEVERITY[link.status] + (link.flags.length ? 1 : 0);

/**
 * True when no URL could be reached at all (no host name resolved, no connection made):
 * then the machine that ran the check was most likely offline, and the links were not
 * checked rather than found broken.
 */
export function looksOffline(report: LinkReport): boolean {
  return report.summary.urls > 0 && report.summary.byStatus.unreachable === report.summary.urls;
}

const OFFLINE =
  "No URL could be reached, so this run looks offline (no network): the links were not checked, not found broken. Run it again on a machine with a network.";

/**
 * True when the run learned nothing: there were URLs, and every one timed out or was
 * never requested. Such a run is no pass, whatever `--fail-on` says.
 */
export function checkedNothing(report: LinkReport): boolean {
  return report.summary.urls > 0 && report.summary.byStatus.timeout === report.summary.urls;
}

const NOTHING_CHECKED =
  "No URL was checked: every one timed out or was never requested within the limits. This run proves nothing; run it again with a longer --timeout or --max-time.";

export { waitAsked } from "./retry.ts";

/** What a maintainer should do about a link, in one sentence. */
export function advice(link: ReportedLink): string {
  const flag = link.flags[0];
  switch (link.status) {
    case "broken":
      if (link.reason?.startsWith(INTERNAL_ADDRESS) || link.reason?.startsWith(REDIRECTS_INTERNAL)) {
        return "No reader can reach an internal address: link the document's public address, or remove the link.";
      }
      return "Find the document's new address, or remove the link.";
    case "unreachable":
      if (link.reason?.startsWith(DNS_FAILURE))
        return "Check the host name: it could not be resolved (or the check ran without a network).";
      return "Check the address: the host did not answer.";
    case "moved":
      if (link.reason?.startsWith(PDF_NOW_WEB_PAGE)) {
        return `The PDF is gone from this address and it now leads to a web page: link that page (${link.target}) if it offers the document, or find the document's new address.`;
      }
      return `Link the new address: ${link.target}`;
    case "soft-404":
      return 'The address answers with a web page, not the PDF (a "not found" page that does not say so): find the document\'s new address, or remove the link.';
    case "blocked":
      return "Open it in a browser: the site blocks automated checks.";
    case "rate-limited":
      if (link.retryAfterSeconds !== undefined)
        return `Check again later: the server asked to wait ${waitAsked(link.retryAfterSeconds)}; open it in a browser if it persists.`;
      return "Check again later; open it in a browser if it persists.";
    case "timeout":
      return "Check again later; open it in a browser if it persists.";
    case "ok":
      if (flag?.kind === "stale-version") return `Link the newer version: ${flag.newer}`;
      if (flag?.kind === "other-routebook") return `This is a document of ${flag.routebook}; link this routebook's own version.`;
      return "Nothing to do.";
  }
}

const place = (use: LinkUse) => `${use.file}${use.line ? `:${use.line}` : ""}${use.page ? ` p. ${use.page}` : ""}`;
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** report.md: the summary and a table of what needs attention, readable in a minute. */
export function reportMarkdown(report: LinkReport): string {
  const { summary } = report;
  const counts = LINK_STATUSES.filter((status) => summary.byStatus[status] > 0).map((status) => `${summary.byStatus[status]} ${status}`);
  const attention = report.links.filter((link) => link.status !== "ok" || link.flags.length > 0);
  const lines = [
    "# Link report",
    "",
    `${summary.urls} distinct external URLs in ${summary.uses} places, checked in ${(report.durationMs / 1000).toFixed(1)} s${summary.requests !== undefined ? ` with ${summary.requests} requests` : ""} on ${report.generatedAt}: ${counts.join(", ")}${summary.flagged ? `; ${summary.flagged} flagged` : ""}.${looksOffline(report) ? ` ${OFFLINE}` : ""}${checkedNothing(report) ? ` ${NOTHING_CHECKED}` : ""}`,
    "",
  ];
  if (attention.length === 0) {
    lines.push("Every link works and points at the current version.");
  } else {
    lines.push("| status | URL | used in | what to do |", "| --- | --- | --- | --- |");
    for (const link of attention) {
      const status = [link.status + (link.httpStatus ? ` (${link.httpStatus})` : ""), ...link.flags.map((flag) => flag.kind)].join(", ");
      const uses = link.uses.slice(0, 3).map(place).join("<br>") + (link.uses.length > 3 ? `<br>+${link.uses.length - 3} more` : "");
      lines.push(`| ${cell(status)} | ${cell(link.url)} | ${cell(uses)} | ${cell(advice(link))} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}
