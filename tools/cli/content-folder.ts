import { stat } from "node:fs/promises";
import { type ContentResult, readContent } from "../../pipeline/content.ts";
import { InputError } from "./errors.ts";

const HINT = "give the content folder with --content <dir> or ROUTEBOEK_CONTENT (default: content)";

/** Reads the content, with a one-line reason instead of a stack trace when the folder is missing or unreadable. */
export async function readContentFolder(root: string): Promise<ContentResult> {
  try {
    if (!(await stat(root)).isDirectory()) throw new InputError(`${root}: is a file, not a folder`, HINT);
    return await readContent(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Only the folder itself: errors inside it are the pipeline's to report.
    if (!code || (error as NodeJS.ErrnoException).path !== root) throw error;
    const reason = code === "ENOENT" ? "no such folder" : `cannot be read (${code})`;
    throw new InputError(`${root}: ${reason}`, HINT);
  }
}
