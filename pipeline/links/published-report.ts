import { LINK_REPORT_DIR } from "../files/content-names.ts";
import { lstat } from "node:fs/promises";
import { join } from "node:path";
import { readJsonFile } from "../files/json-file.ts";

import { ContentError, type Problem } from "../problems/problems.ts";
import { LinkReportSchema, type LinkReport } from "../schema/link-report.ts";

const HINT = "write it again with `routeboek links --report`";

/** The published report, or why it cannot be published: one problem per fault, as `check` and the build both show it. */
export interface PublishedReportRead {
  report?: LinkReport;
  problems: Problem[];
}

/**
 * The last link report placed in the content folder (`linkrapport/report.json`),
 * read like every content file (a regular file inside the content folder, within
 * its size limit) and validated; no report and no problem when there is none.
 */
export async function checkPublishedReport(contentRoot: string): Promise<PublishedReportRead> {
  const folder = join(contentRoot, LINK_REPORT_DIR);
  const file = join(folder, "report.json");
  const folderInfo = await lstat(folder).catch(() => undefined);
  if (folderInfo && !folderInfo.isDirectory()) {
    return {
      problems: [
        {
          file: folder,
          message: "is not a folder: this name holds the published link report",
          hint: `remove it, or make it a folder with report.json (${HINT})`,
        },
      ],
    };
  }
  const read = await readJsonFile(file, LinkReportSchema, { within: contentRoot, what: "is not a link report of version 1", hint: HINT });
  if (read.missing) return { problems: [] };
  return read.value ? { report: read.value, problems: [] } : { problems: read.problems };
}

/** The published report for the site's pages; a report the content check would refuse throws its problems. */
export async function readPublishedReport(contentRoot: string): Promise<LinkReport | undefined> {
  const { report, problems } = await checkPublishedReport(contentRoot);
  if (problems.length) throw new ContentError(problems);
  return report;
}
