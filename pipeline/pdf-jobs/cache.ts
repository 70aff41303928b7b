import { createHash } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { errorCode, FolderError, prepareFolder } from "../files/folders.ts";
import type { ExtractedDocument } from "../pdf/document.ts";
import { extractorKey } from "../pdf/extractor-key.ts";
import { extractIsolated } from "./isolate.ts";

export const CACHE_DIR = process.env.ROUTEBOEK_CACHE ?? ".cache/pdf";

/**
 * Extracts a PDF once per content: the result is stored under the hash of
 * the PDF's bytes and the extractor's code (extractor-key.ts), so an unchanged
 * PDF costs a file read on the next build.
 * `source` is the PDF's path, or its bytes when the caller read them (the
 * content reader does, to check where the file lies and what it is).
 */
export async function extractPdfCached(
  source: string | Uint8Array,
  file: string,
  cacheDir = CACHE_DIR,
): Promise<{ document: ExtractedDocument; cached: boolean }> {
  const bytes = typeof source === "string" ? new Uint8Array(await readFile(source)) : source;
  const key = createHash("sha256")
    .update(bytes)
    .update(await extractorKey())
    .digest("hex");
  const entry = join(cacheDir, `${key}.json`);
  const hit = await readFile(entry, "utf8").catch(() => undefined);
  if (hit) return { document: JSON.parse(hit) as ExtractedDocument, cached: true };

  // pdf.js runs in a worker that a time and memory limit can stop (isolate.ts).
  const document = await extractIsolated(bytes, file);
  await store(cacheDir, entry, JSON.stringify(document));
  return { document, cached: false };
}

/** Cache folders found unusable in this process: each is reported once, then passed by. */
const unusable = new Set<string>();
/** Cache folders made and tried in this process. */
const ready = new Set<string>();

/**
 * Stores an entry when the cache can take it. The cache only saves time, so a
 * folder that cannot be made or written (a file, /proc, read-only, a full disk)
 * gives one warning and the run goes on without it, leaving no part file.
 */
async function store(cacheDir: string, entry: string, text: string): Promise<void> {
  if (unusable.has(cacheDir)) return;
  // Write then rename: a build stopped halfway never leaves a broken entry.
  const temporary = `${entry}.${process.pid}.tmp`;
  try {
    if (!ready.has(cacheDir)) {
      await prepareFolder(cacheDir);
      ready.add(cacheDir);
    }
    await writeFile(temporary, text);
    await rename(temporary, entry);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    unusable.add(cacheDir);
    const code = errorCode(error);
    const why = error instanceof FolderError ? error.message : `${cacheDir}: cannot be written (${code})`;
    const hint = "set ROUTEBOEK_CACHE to a folder you can write to";
    console.warn(`warning: the PDF cache ${why}; going on without it (${hint})`);
  }
}
