import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { LINK_REPORT_DIR } from "../model.ts";
import { ContentError } from "../problems.ts";
import { LinkReportSchema, type LinkReport } from "../schema/link-report.ts";

/** The last link report placed in the content folder (`linkrapport/report.json`), validated; undefined when there is none. */
export async function readPublishedReport(contentRoot: string): Promise<LinkReport | undefined> {
  const file = join(contentRoot, LINK_REPORT_DIR, "report.json");
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ContentError([{ file, message: `is not valid JSON (${(error as Error).message})`, hint: "write it again with `routeboek links --report`" }]);
  }
  const result = LinkReportSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentError([
      { file, message: `is not a link report of version 1: \`${issue.path.join(".")}\` ${issue.message}`, hint: "write it again with `routeboek links --report`" },
    ]);
  }
  return result.data;
}
