import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { streamContentFile } from "../../pipeline/files/content-file.ts";
import { contentInputs } from "../../pipeline/content-inputs.ts";

/**
 * Everything a build of the site reads, apart from the content folder: the
 * site's code, the pipeline, the shared code, the tools, static files, the carried
 * patches and the exact package versions. A change to any file here means the
 * pages may change.
 */
export const BUILD_INPUTS = [
  "src",
  "pipeline",
  "shared",
  "tools",
  "public",
  "patches",
  "astro.config.mjs",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];

/** Every regular file under `path` (or `path` itself), sorted so the order never depends on the file system. */
async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (info.isFile()) return [path];
  if (!info.isDirectory()) return [];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Streams a code file into the hash: its path, then its bytes, then its length, so bytes moved between files change the hash. */
async function hashCodeFile(hash: Hash, file: string): Promise<void> {
  hash.update(`file ${file}\n`);
  let length = 0;
  for await (const piece of createReadStream(file)) {
    length += (piece as Buffer).length;
    hash.update(piece as Buffer);
  }
  hash.update(`\nend ${length}\n`);
}

/**
 * Hashes the content as the content check reads it: only the files it reads, each
 * through the safe reader in pieces (so no file's size, a named pipe or a device
 * can take the machine), and a refusal by its kind, since the check refuses the
 * same file the same way. A content folder that is no folder is hashed as such:
 * the check then says what is wrong with it.
 */
async function hashContent(hash: Hash, root: string): Promise<void> {
  const inputs = await contentInputs(root);
  if (!inputs) {
    hash.update(`content ${root} is no folder\n`);
    return;
  }
  for (const input of inputs) {
    hash.update(`file ${input.path}\n`);
    const read = await streamContentFile(input.path, input, (piece) => hash.update(piece));
    hash.update(read.ok ? `\nend ${read.value}\n` : `\nrefused ${read.refusal.fault}\n`);
  }
}

/**
 * A hash of every byte a build would read (the content folder `content`, as the
 * check reads it, and the files and folders `inputs`, each file with its path)
 * and of the `settings` that change the output without being a file (the site's
 * day, Node's version). Two builds with the same fingerprint write the same site.
 */
export async function buildFingerprint(
  content: string,
  inputs: readonly string[],
  settings: Readonly<Record<string, string>>,
): Promise<string> {
  const hash = createHash("sha256");
  for (const [key, value] of Object.entries(settings).sort(([a], [b]) => a.localeCompare(b))) hash.update(`setting ${key}=${value}\n`);
  await hashContent(hash, content);
  for (const input of inputs) {
    for (const file of await filesUnder(input)) await hashCodeFile(hash, file);
  }
  return hash.digest("hex");
}
