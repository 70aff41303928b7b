import { join } from "node:path";
import { readContent } from "../../pipeline/content.ts";
import { checkedNothing, reportMarkdown } from "../links/report.ts";
import { type LinkRunOptions, runLinkReport } from "../links/run.ts";
import { formatProblems } from "../../pipeline/problems/problems.ts";
import type { LinkReport } from "../../pipeline/schema/link-report.ts";
import type { FailOn } from "./fail-on.ts";
import { prepareReportFolder, writeWhole } from "./report-folder.ts";

/** Which statuses make `links --fail-on <level>` exit 1. */
const FAILS: Record<FailOn, (report: LinkReport) => boolean> = {
  broken: (report) => report.summary.byStatus.broken + report.summary.byStatus["soft-404"] + report.summary.byStatus.unreachable > 0,
  moved: (report) => FAILS.broken(report) || report.summary.byStatus.moved + report.summary.flagged > 0,
  any: (report) => report.links.some((link) => link.status !== "ok" || link.flags.length > 0),
};

export interface LinksInput {
  content: string;
  /** Folder for report.json and report.md; without it only the summary is printed. */
  report?: string | undefined;
  failOn?: FailOn | undefined;
  check: LinkRunOptions;
}

/** `routeboek links`: checks every external URL of the content once and reports link rot. */
export async function links({ content, report: out, failOn, check }: LinksInput): Promise<number> {
  // Before anything else: a report folder that cannot be written fails now, not after the run.
  const undoFolder = out ? await prepareReportFolder(out) : async () => undefined;
  const { routebooks, problems } = await readContent(content).catch(async (error) => {
    await undoFolder();
    throw error;
  });
  if (problems.length) {
    await undoFolder();
    console.error(formatProblems(problems));
    return 1;
  }
  const report = await runLinkReport(routebooks, check);
  const markdown = reportMarkdown(report);
  console.log(markdown.split("\n").slice(0, 3).join("\n").trim());
  if (checkedNothing(report)) {
    // Not a pass, and not worth replacing the last report with: it would only say "geen antwoord" everywhere.
    await undoFolder();
    console.error(`\nNothing was checked${out ? `; ${join(out, "report.json")} was left as it was` : ""}.`);
    return 1;
  }
  if (out) {
    await writeWhole(join(out, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
    await writeWhole(join(out, "report.md"), markdown);
    console.log(`\nWrote ${join(out, "report.json")} and ${join(out, "report.md")}.`);
  }
  return failOn && FAILS[failOn](report) ? 1 : 0;
}
