/**
 * `node bench/pagefind-chunks.ts <site> <copy> <size>`: a copy of a built site whose search index is Pagefind's own,
 * cut by Pagefind 1.6 at `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=<size>` (a count of word places: a word's pages and
 * locations), without our re-chunker (pipeline/search/index-chunks.ts). Indexed as src/integrations/pagefind.ts
 * indexes (Pagefind's defaults, the same pages), so `npm run bench:search <copy>` compares the two ways of cutting
 * on the same site: the bytes of the first and later queries, and the results. A measurement, not a build.
 */
import { cp, readdir, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

const [siteArg, copyArg, sizeArg] = process.argv.slice(2);
const size = Number(sizeArg);
if (!siteArg || !copyArg || !Number.isInteger(size) || size <= 0) {
  console.error("Usage: node bench/pagefind-chunks.ts <built site> <copy folder> <chunk size, a whole number > 0>");
  process.exit(2);
}
const site = resolve(siteArg);
const copy = resolve(copyArg);
// Pagefind's service reads the variable when it starts, at the first createIndex: set it before importing.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(size);
const pagefind = await import("pagefind");

await rm(copy, { recursive: true, force: true });
await cp(site, copy, { recursive: true, filter: (source) => source !== join(site, "pagefind") });
const { index, errors } = await pagefind.createIndex({});
try {
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: copy });
  if (added.errors.length) throw new Error(`Pagefind could not index ${copy}: ${added.errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath: join(copy, "pagefind") });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
} finally {
  await pagefind.close();
}
const chunks = await readdir(join(copy, "pagefind", "index"));
const sizes = (await Promise.all(chunks.map((file) => stat(join(copy, "pagefind", "index", file))))).map((s) => s.size);
sizes.sort((a, b) => a - b);
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const median = sizes[Math.floor(sizes.length / 2)]!;
const total = sizes.reduce((sum, s) => sum + s, 0);
console.log(
  `Pagefind's own chunks at size ${size}: ${chunks.length} chunks, median ${kB(median)}, ` +
    `at most ${kB(sizes.at(-1)!)}, ${kB(total)} in all (as stored, gzipped), in ${copy}.`,
);
