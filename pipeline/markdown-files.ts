import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { errnoRefusal, type FileRead } from "./files/content-file.ts";

/**
 * The files of a Markdown document named by `path` (whose real place, inside its
 * routebook's folder, is `real`): the file itself, or a folder's `.md` files in name
 * order, each named under `path`. The one list for the content check and the build's
 * fingerprint alike, so the two never disagree. A folder that cannot be read is a
 * refusal, never a thrown error.
 */
export async function markdownDocumentFiles(path: string, real: string): Promise<FileRead<string[]>> {
  try {
    if (!(await stat(real)).isDirectory()) return { ok: true, value: [path], realPath: real };
    const names = (await readdir(real)).filter((name) => name.endsWith(".md")).sort();
    return { ok: true, value: names.map((name) => join(path, name)), realPath: real };
  } catch (error) {
    return { ok: false, refusal: errnoRefusal(error) };
  }
}
