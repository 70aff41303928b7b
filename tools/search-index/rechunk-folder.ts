/**
 * The re-chunker (index-chunks.ts) applied to a built site's Pagefind folder:
 * reads the word index (the entry file, the metadata and the chunks; the
 * result fragments stay on disk) and writes the new chunks in its place. Run
 * by the build script after Astro, so a format it cannot read fails the build
 * with one line, as the link check does.
 */
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type IndexFile, rechunkIndex } from "./index-chunks.ts";

async function readWordIndex(root: string): Promise<IndexFile[]> {
  const paths = [
    "pagefind-entry.json",
    ...(await readdir(root)).filter((name) => name.endsWith(".pf_meta")),
    ...(await readdir(join(root, "index"))).map((name) => `index/${name}`),
  ];
  return Promise.all(paths.map(async (path) => ({ path, content: new Uint8Array(await readFile(join(root, path))) })));
}

/** Re-chunks the word index under `root` (a site's `pagefind/` folder); returns the chunks' count and largest size. */
export async function rechunkFolder(root: string): Promise<{ chunks: number; largestBytes: number }> {
  const wordIndex = await readWordIndex(root);
  // Throws IndexFormatError before anything on disk is touched.
  const rechunked = rechunkIndex(wordIndex);
  for (const file of wordIndex) await rm(join(root, file.path));
  for (const file of rechunked.files) await writeFile(join(root, file.path), file.content);
  const chunks = Object.values(rechunked.chunks).flat();
  return { chunks: chunks.length, largestBytes: Math.max(0, ...chunks.map((chunk) => chunk.servedBytes)) };
}
