import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ExtractedDocument } from "./document.ts";
import { extractIsolated } from "./isolate.ts";

/** Bump when extraction output changes, so old cache entries are not reused. */
const EXTRACTOR_VERSION = 7;

export const CACHE_DIR = process.env.ROUTEBOEK_CACHE ?? ".cache/pdf";

/**
 * Extracts a PDF once per content: the result is stored under the hash of
 * the PDF's bytes, so an unchanged PDF costs a file read on the next build.
 * `source` is the PDF's path, or its bytes when the caller read them (the
 * content reader does, to check where the file lies and what it is).
 */
export async function extractPdfCached(source: string | Uint8Array, file: string, cacheDir = CACHE_DIR): Promise<{ document: ExtractedDocument; cached: boolean }> {
  const bytes = typeof source === "string" ? new Uint8Array(await readFile(source)) : source;
  const key = createHash("sha256").update(bytes).update(`v${EXTRACTOR_VERSION}`).digest("hex");
  const entry = join(cacheDir, `${key}.json`);
  const hit = await readFile(entry, "utf8").catch(() => undefined);
  if (hit) return { document: JSON.parse(hit) as ExtractedDocument, cached: true };

  // pdf.js runs in a worker that a time and memory limit can stop (isolate.ts).
  const document = await extractIsolated(bytes, file);
  await mkdir(cacheDir, { recursive: true });
  // Write then rename: a build stopped halfway never leaves a broken entry.
  const temporary = `${entry}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(document));
  await rename(temporary, entry);
  return { document, cached: false };
}
