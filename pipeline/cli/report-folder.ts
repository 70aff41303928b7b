import { mkdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "./errors.ts";

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
  const made = kind === "missing" ? await missingFolders(out) : [];
  try {
    await mkdir(out, { recursive: true });
    for (const name of ["report.json", "report.md"]) {
      const existing = await stat(join(out, name)).catch(() => undefined);
      if (existing?.isDirectory()) throw Object.assign(new Error(`${name} is a folder`), { code: "EISDIR" });
    }
    // The one sure test of writing is a write: permissions, read-only mounts and /proc all answer it.
    const probe = join(out, `.routeboek-probe-${process.pid}`);
    await writeFile(probe, "");
    await rm(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    await removeFolders(made);
    throw new UsageError(`--report ${out}: cannot be written (${code ?? (error as Error).message}); give a folder you can write to`);
  }
  return () => removeFolders(made);
}

/** Writes a file whole or not at all: a reader never sees half a report. */
export async function writeWhole(file: string, text: string): Promise<void> {
  const part = `${file}.part-${process.pid}`;
  await writeFile(part, text);
  await rename(part, file);
}

/** The folders `mkdir -p out` would create, deepest first. */
async function missingFolders(out: string): Promise<string[]> {
  const missing: string[] = [];
  for (let folder = resolve(out); ; folder = dirname(folder)) {
    if (await stat(folder).then(() => true, () => false)) return missing;
    missing.push(folder);
    if (dirname(folder) === folder) return missing;
  }
}

async function removeFolders(folders: readonly string[]): Promise<void> {
  for (const folder of folders) await rmdir(folder).catch(() => undefined);
}
