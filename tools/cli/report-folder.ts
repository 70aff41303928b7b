import { rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { errorCode, FolderError, prepareFolder } from "../../pipeline/files/folders.ts";
import { InputError, UsageError } from "./errors.ts";

/**
 * The folder `links --report` writes into, tried before the run starts: a run
 * takes minutes, and a report that cannot be written at its end is lost.
 * Returns a function that removes the folders this made, for a run that ends
 * without a report.
 */
export async function prepareReportFolder(out: string): Promise<() => Promise<void>> {
  const kind = await stat(out).then(
    (info) => (info.isDirectory() ? "folder" : "file"),
    () => "missing",
  );
  if (kind === "file") throw new UsageError(`--report ${out}: is a file, not a folder; give the folder for report.json and report.md`);
  try {
    for (const name of ["report.json", "report.md"]) {
      const existing = await stat(join(out, name)).catch(() => undefined);
      if (existing?.isDirectory()) throw new FolderError(`${name} is a folder`, "EISDIR");
    }
    return await prepareFolder(out);
  } catch (error) {
    const code = error instanceof FolderError ? error.code : (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--report ${out}: cannot be written (${code ?? (error as Error).message}); give a folder you can write to`);
  }
}

/**
 * Writes a file whole or not at all: a reader never sees half a report. A
 * write that fails (a full disk) leaves no part file and the old file as it was.
 */
export async function writeWhole(file: string, text: string): Promise<void> {
  const part = `${file}.part-${process.pid}`;
  try {
    await writeFile(part, text);
    await rename(part, file);
  } catch (error) {
    await rm(part, { force: true }).catch(() => undefined);
    const code = errorCode(error);
    const hint = "free space on the disk, or give another folder";
    throw new InputError(`${file}: cannot be written (${code}); the file was left as it was`, hint);
  }
}
