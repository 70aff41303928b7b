import { readdir } from "node:fs/promises";
import { readContent } from "../../pipeline/content.ts";
import { routebookFolders } from "../../pipeline/routebook-folders.ts";
import { closest } from "../../pipeline/problems/suggest.ts";
import { checkReport, forRoutebook } from "./check-report.ts";
import { InputError } from "./errors.ts";

/**
 * `routeboek check [<routebook-id>]`: validates all content, or one routebook; 1 when it has
 * problems, each listed. The whole content is read either way: the site-wide checks (every URL
 * once, the shared glossary) need every routebook.
 */
export async function check(options: {
  content: string;
  routebook?: string | undefined;
  verbose: boolean;
  json: boolean;
}): Promise<number> {
  const { content, routebook } = options;
  // A mistyped id fails at once, before the whole content is read;
  // a folder that cannot be listed is the content reader's problem to report.
  const folders = routebook === undefined ? undefined : await routebookIds(content);
  if (routebook !== undefined && folders) {
    if (!folders.includes(routebook)) {
      const near = closest(routebook, folders);
      throw new InputError(
        `${content}: no routebook "${routebook}"${near ? ` (did you mean "${near}"?)` : ""}`,
        `give the id of one of its routebook folders: ${folders.sort().join(", ") || "there are none"}`,
      );
    }
  }
  const all = await readContent(content);
  const result = routebook !== undefined && folders ? forRoutebook(all, content, routebook, folders) : all;
  const output = checkReport(result, options);
  if (output.stderr) process.stderr.write(output.stderr);
  if (output.stdout) process.stdout.write(output.stdout);
  return output.code;
}

/** The routebook folders of the content folder, by the content check's rule, or undefined when it cannot be listed. */
async function routebookIds(content: string): Promise<string[] | undefined> {
  const entries = await readdir(content, { withFileTypes: true }).catch(() => undefined);
  return entries && (await routebookFolders(content, entries, (path) => path)).folders;
}
