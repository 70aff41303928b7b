/**
 * `node bench/pagefind-chunks.ts <site> <copy> <size>`: a copy of a built site whose search index is Pagefind's own,
 * cut by Pagefind 1.6 at `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=<size>` (a count of word places: a word's pages and
 * locations), without our re-chunker (tools/search-index/index-chunks.ts). Indexed as tools/search-index/pagefind-integration.ts
 * indexes (Pagefind's defaults, the same pages), so `npm run bench:search <copy>` compares the two ways of cutting
 * on the same site: the bytes of the first and later queries, and the results. It prints each cut between two chunks
 * and the beginning the words on either side share: Pagefind matches a query word as the beginning of longer words
 * only within the one chunk whose range holds it, so a cut inside a shared beginning ("krijg" | "krijgt") hides the
 * words after it from a query of that beginning. The same for the site as built, with the re-chunker's cuts.
 * A measurement, not a build.
 */
import { cp, readdir, readFile, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { decodeCbor } from "../tools/search-index/cbor.ts";
import { launchFreshBrowser } from "../tests/support/browser.ts";
import { serveStatic } from "../tests/support/static-server.ts";
import { chunkCuts } from "./chunk-cuts.ts";

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

/** The words of each chunk of a site's word index, in order (Pagefind's format 1.6; 12 bytes of signature first). */
async function chunkWords(root: string): Promise<string[][]> {
  const read = async (path: string) => decodeCbor(gunzipSync(await readFile(join(root, path))).subarray(12));
  const entry = JSON.parse(await readFile(join(root, "pagefind-entry.json"), "utf8"));
  const meta = (await read(`pagefind.${entry.languages.nl.hash}.pf_meta`)) as [string, unknown, string[][]];
  const chunks: string[][] = [];
  for (const [, , hash] of meta[2]) {
    const words = (await read(`index/${hash}.pf_index`)) as [[string][]];
    chunks.push(words[0].map(([word]) => word));
  }
  return chunks;
}

/** The beginnings of 3 letters or more that a cut falls inside: the queries it can hide words from. */
const hidden: string[] = [];

async function cuts(root: string): Promise<string> {
  const { shown, split } = chunkCuts(await chunkWords(root));
  hidden.push(...split);
  return `${shown.length} cuts, ${split.length} inside a shared beginning of 3 letters or more: ${shown.join("; ")}`;
}

console.log(`Cuts of Pagefind's own chunks at size ${size}: ${await cuts(join(copy, "pagefind"))}.`);
console.log(`Cuts of the site as built (${site}): ${await cuts(join(site, "pagefind"))}.`);

/** How many pages Pagefind's own search finds for a query over a site, in a fresh page (no chunk loaded before). */
async function count(tab: Page, origin: string, query: string): Promise<number> {
  await tab.goto(`${origin}/`);
  return tab.evaluate(async (query) => {
    const indexPath = "/pagefind/pagefind.js";
    const api = await import(indexPath);
    return (await api.search(query)).results.length as number;
  }, query);
}

// The shared beginnings as queries, over both indexes: what a cut inside a beginning costs in results.
const servers = [await serveStatic(copy), await serveStatic(site)];
const browser = await launchFreshBrowser();
try {
  const tab = await (await browser.newContext()).newPage();
  const rows: string[] = [];
  for (const query of [...new Set(hidden)]) {
    const [own, built] = [await count(tab, servers[0]!.origin, query), await count(tab, servers[1]!.origin, query)];
    rows.push(`"${query}" ${own} | ${built}`);
  }
  console.log(`Pages found, Pagefind's own chunks | as built: ${rows.join("; ") || "no cut inside a beginning"}.`);
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
