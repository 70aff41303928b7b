import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { reportMarkdown } from "../links/report.ts";
import { type LinkRunOptions, runLinkReport } from "../links/run.ts";
import { formatProblems } from "../problems.ts";
import type { LinkReport } from "../schema/link-report.ts";
import { readContentFolder } from "./content-folder.ts";
import type { FailOn } from "./fail-on.ts";

/** Which statuses make `links --fail-on <level>` exit 1. */
const FAILS: Record<FailOn, (report: LinkReport) => boolean> = {
  broken: (report) => report.summary.byStatus.broken + report.summary.byStatus.unreachable > 0,
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
  const { routebooks, problems } = await readContentFolder(content);
  if (problems.length) {
    console.error(formatProblems(problems));
    return 1;
  }
  const report = await runLinkReport(routebooks, check);
  const markdown = reportMarkdown(report);
  if (out) {
    await mkdir(out, { recursive: true });
    await writeFile(join(out, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(out, "report.md"), markdown);
  }
  console.log(markdown.split("\n").slice(0, 3).join("\n").trim());
  if (out) console.log(`\nWrote ${join(out, "report.json")} and ${join(out, "report.md")}.`);
  return failOn && FAILS[failOn](report) ? 1 : 0;
}
