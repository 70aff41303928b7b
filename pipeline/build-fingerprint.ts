import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

/**
 * Everything a build of the site reads, apart from the content folder: the
 * site's code, the pipeline, the build script, static files, the carried
 * patches and the exact package versions. A change to any file here means the
 * pages may change.
 */
export const BUILD_INPUTS = ["src", "pipeline", "scripts", "public", "patches", "astro.config.mjs", "package.json", "package-lock.json", "tsconfig.json"];

/** Every file under `path` (or `path` itself), sorted so the order never depends on the file system. */
async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A hash of every byte a build would read (the files and folders `inputs`,
 * each file with its path) and of the `settings` that change the output
 * without being a file (the site's day, Node's version). Two builds with the
 * same fingerprint write the same site.
 */
export async function buildFingerprint(inputs: readonly string[], settings: Readonly<Record<string, string>>): Promise<string> {
  const hash = createHash("sha256");
  for (const [key, value] of Object.entries(settings).sort(([a], [b]) => a.localeCompare(b))) hash.update(`setting ${key}=${value}\n`);
  for (const input of inputs) {
    for (const file of await filesUnder(input)) {
      const bytes = await readFile(file);
      // Path and length first, so moving bytes from one file to the next changes the hash.
      hash.update(`file ${file} ${bytes.length}\n`).update(bytes);
    }
  }
  return hash.digest("hex");
}
