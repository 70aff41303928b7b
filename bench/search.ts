/**
 * `npm run bench:search [site folder]`: the queries of bench/search-queries.json
 * through the site's own search page, and through plain Pagefind over the same
 * pages without what we add for search (extra terms, weights, meta, filters),
 * both in Chromium against a static server. Reports recall@10, precision@10
 * and MRR per category and overall, side by side, for the tuning set and for
 * each held-out set (bench/search-holdout-*.json), and the bytes the first and
 * later queries load. Builds the site first when the folder has no index.
 */
import { load } from "cheerio";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import * as pagefind from "pagefind";
import type { Page } from "playwright-core";
import { launchFreshBrowser } from "../tests/support/browser.ts";
import { serveStatic, type StaticSite } from "../tests/support/static-server.ts";

interface Query {
  category: string;
  query: string;
  expect: string[];
  /** Why an expectation was corrected after it was written down, if it was. */
  correction?: string;
}
interface Scores {
  recall: number;
  precision: number;
  reciprocalRank: number;
}

const K = 10;
const site = resolve(process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? process.env.ROUTEBOEK_OUT ?? "dist");
const readQueries = async (file: string) => (JSON.parse(await readFile(file, "utf8")) as { queries: Query[] }).queries;
/** The set the ranking was tuned on, and sets written later and kept out of tuning: a gap between them shows fitting. */
const queries = await readQueries("bench/search-queries.json");
const heldOutFiles = (await readdir("bench")).filter((file) => /^search-holdout.*\.json$/.test(file)).sort();
const heldOut = await Promise.all(heldOutFiles.map((file) => readQueries(join("bench", file))));

if (!existsSync(join(site, "pagefind", "pagefind.js"))) {
  const built = spawnSync("node", ["scripts/build.ts"], { stdio: "inherit", env: { ...process.env, ROUTEBOEK_OUT: site } });
  if (built.status !== 0) throw new Error("npm run build failed");
}

/** A copy of the built pages as plain Pagefind sees them: our search additions removed, its defaults for the rest. */
async function plainCopy(): Promise<string> {
  const work = await mkdtemp(".build/bench-search-plain-");
  const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".html"));
  for (const file of files) {
    const $ = load(await readFile(join(site, file), "utf8"));
    $("[data-search-terms], [data-search-extra]").remove();
    $("*").each((_, element) => {
      for (const name of Object.keys("attribs" in element ? element.attribs : {})) {
        if (/^data-pagefind-(meta|filter|sort|weight|index-attrs|default-meta)$/.test(name)) $(element).removeAttr(name);
      }
    });
    const target = join(work, file);
    await cp(join(site, file), target);
    await writeFile(target, $.html());
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  await index.addDirectory({ path: work });
  await index.writeFiles({ outputPath: join(work, "pagefind") });
  await pagefind.close();
  return work;
}

const pathOf = (url: string) => new URL(url, "http://site").pathname;

/** Plain Pagefind: the index's own top results for the query, as its default UI would list them. */
async function plainResults(tab: Page, query: string): Promise<string[]> {
  return tab.evaluate(
    async ({ query, k }) => {
      const indexPath = "/pagefind/pagefind.js";
      const api = await import(indexPath);
      const { results } = await api.search(query);
      const data = await Promise.all(results.slice(0, k).map((result: { data(): Promise<{ url: string }> }) => result.data()));
      return data.map((entry: { url: string }) => entry.url);
    },
    { query, k: K },
  );
}

/** Ours: the search page itself, with whatever it does with the query. */
async function ourResults(tab: Page, origin: string, query: string): Promise<string[]> {
  await tab.goto(`${origin}/zoeken/?q=${encodeURIComponent(query)}`);
  await tab.locator("site-search[data-done]").waitFor({ timeout: 30_000 });
  const links = await tab.locator(".search-results > li a[data-result]").evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  return links.slice(0, K);
}

function score(found: string[], expected: string[]): Scores {
  const paths = found.map(pathOf);
  const hits = paths.filter((path) => expected.includes(path)).length;
  const first = paths.findIndex((path) => expected.includes(path));
  return {
    recall: expected.length ? new Set(paths.filter((path) => expected.includes(path))).size / expected.length : 1,
    precision: paths.length ? hits / paths.length : 0,
    reciprocalRank: first === -1 ? 0 : 1 / (first + 1),
  };
}

const mean = (scores: Scores[]): Scores => ({
  recall: scores.reduce((sum, s) => sum + s.recall, 0) / scores.length,
  precision: scores.reduce((sum, s) => sum + s.precision, 0) / scores.length,
  reciprocalRank: scores.reduce((sum, s) => sum + s.reciprocalRank, 0) / scores.length,
});

async function bytesOf(root: string, paths: string[]): Promise<number> {
  let total = 0;
  for (const path of paths) total += await stat(join(root, path)).then((s) => (s.isFile() ? s.size : 0), () => 0);
  return total;
}

const plainDir = await plainCopy();
const ours: StaticSite = await serveStatic(site);
const plain: StaticSite = await serveStatic(plainDir);
const browser = await launchFreshBrowser();
type Row = { query: Query; ours: Scores; plain: Scores; top: string };
const rows: Row[] = [];
const heldOutRows: Row[][] = heldOut.map(() => []);
try {
  const oursTab = await (await browser.newContext()).newPage();
  const plainTab = await (await browser.newContext()).newPage();
  await plainTab.goto(`${plain.origin}/`);
  // Bytes of search files for a first and a second query in a fresh browser (the server sends files uncompressed).
  const before = ours.requests.length;
  await ourResults(oursTab, ours.origin, queries[0]!.query);
  const firstQuery = ours.requests.slice(before).filter((path) => path.startsWith("/pagefind/") || path.endsWith(".js"));
  // Every later query in the same tab: the search files it loads that no earlier query loaded.
  const isSearchFile = (path: string) => path.startsWith("/pagefind/") || path === "/zoeken/woorden.bin";
  const loaded = new Set(firstQuery);
  const later: { query: string; kB: number; chunkKB: number; files: string[] }[] = [];
  for (const query of queries) {
    const started = ours.requests.length;
    const oursFound = await ourResults(oursTab, ours.origin, query.query);
    const added = [...new Set(ours.requests.slice(started).filter((path) => isSearchFile(path) && !loaded.has(path)))];
    for (const path of added) loaded.add(path);
    if (query !== queries[0]) {
      const chunks = added.filter((path) => path.includes("/index/"));
      later.push({ query: query.query, kB: (await bytesOf(site, added)) / 1024, chunkKB: (await bytesOf(site, chunks)) / 1024, files: added });
    }
    const plainFound = await plainResults(plainTab, query.query);
    rows.push({ query, ours: score(oursFound, query.expect), plain: score(plainFound, query.expect), top: oursFound.map(pathOf)[0] ?? "—" });
  }
  for (const [set, queries] of heldOut.entries()) {
    for (const query of queries) {
      const oursFound = await ourResults(oursTab, ours.origin, query.query);
      const plainFound = await plainResults(plainTab, query.query);
      heldOutRows[set]!.push({ query, ours: score(oursFound, query.expect), plain: score(plainFound, query.expect), top: oursFound.map(pathOf)[0] ?? "—" });
    }
  }
  const sorted = later.map((entry) => entry.kB).sort((a, b) => a - b);
  const second = later[0]!;
  // The word index as built: src/integrations/pagefind.ts cuts Pagefind's chunks smaller (pipeline/search/index-chunks.ts).
  const chunkFiles = await readdir(join(site, "pagefind", "index"));
  const chunkSizes = await Promise.all(chunkFiles.map((file) => bytesOf(site, [`pagefind/index/${file}`])));
  // Pagefind's own chunks, as it writes them for the plain copy of the pages.
  const plainChunks = await readdir(join(plainDir, "pagefind", "index"));
  const plainSizes = await Promise.all(plainChunks.map((file) => bytesOf(plainDir, [`pagefind/index/${file}`])));
  const over = later.filter((entry) => entry.kB > 20);
  console.log(
    `Bytes for a first query ("${queries[0]!.query}"): ${((await bytesOf(site, firstQuery)) / 1024).toFixed(1)} kB (budget 150 kB). ` +
      `A second ("${second.query}"): ${second.kB.toFixed(1)} kB, of which ${second.chunkKB.toFixed(1)} kB index chunks (budget 20 kB). ` +
      `Each later query: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} kB, at most ${sorted.at(-1)!.toFixed(1)} kB, ${sorted.filter((kB) => kB <= 20).length} of ${sorted.length} within 20 kB ` +
      `(files as served, uncompressed; the word index is ${chunkFiles.length} chunks of at most ${(Math.max(...chunkSizes) / 1024).toFixed(1)} kB, cut smaller than Pagefind's own: ${plainChunks.length} of at most ${(Math.max(...plainSizes) / 1024).toFixed(1)} kB for the plain copy).`,
  );
  for (const entry of over) {
    console.log(`Over 20 kB: "${entry.query}", ${entry.kB.toFixed(1)} kB: ${entry.files.map((path) => path.replace(/^.*\//, "")).join(", ")}.`);
  }
} finally {
  await browser.close();
  await ours.close();
  await plain.close();
  await rm(plainDir, { recursive: true, force: true });
}

const f = (value: number) => value.toFixed(2);
const verbose = process.argv.includes("--verbose") || process.env.BENCH_VERBOSE;

function report(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}: ${rows.length} queries. recall@${K}, precision@${K} (relevant among the results shown, up to ${K}), MRR.`);
  if (verbose) {
    console.log("\n| category | query | ours R / P / RR | plain R / P / RR | our first result |\n| --- | --- | --- | --- | --- |");
    for (const row of rows) {
      console.log(
        `| ${row.query.category} | ${row.query.query} | ${f(row.ours.recall)} / ${f(row.ours.precision)} / ${f(row.ours.reciprocalRank)} | ${f(row.plain.recall)} / ${f(row.plain.precision)} / ${f(row.plain.reciprocalRank)} | ${row.top} |`,
      );
    }
  }
  for (const { query, correction } of rows.map((row) => row.query).filter((query) => query.correction)) console.log(`\nCorrected expectation for "${query}": ${correction}`);
  console.log("\n| category | queries | recall ours | recall plain | precision ours | precision plain | MRR ours | MRR plain |\n| --- | --- | --- | --- | --- | --- | --- | --- |");
  const categories = [...new Set(rows.map((row) => row.query.category)), "overall"];
  for (const category of categories) {
    const group = category === "overall" ? rows : rows.filter((row) => row.query.category === category);
    const o = mean(group.map((row) => row.ours));
    const p = mean(group.map((row) => row.plain));
    const name = category === "overall" ? "**overall**" : category;
    console.log(`| ${name} | ${group.length} | ${f(o.recall)} | ${f(p.recall)} | ${f(o.precision)} | ${f(p.precision)} | ${f(o.reciprocalRank)} | ${f(p.reciprocalRank)} |`);
  }
}

report("Tuning set (bench/search-queries.json)", rows);
for (const [set, file] of heldOutFiles.entries()) report(`Held-out set (bench/${file}, never tuned on)`, heldOutRows[set]!);
for (const [name, group] of [
  ["Held-out sets together", heldOutRows.flat()],
  ["All sets together", [...rows, ...heldOutRows.flat()]],
] as const) {
  const o = mean(group.map((row) => row.ours));
  const p = mean(group.map((row) => row.plain));
  console.log(
    `\n${name}, ${group.length} queries: recall@${K} ${f(o.recall)} (plain ${f(p.recall)}), precision@${K} ${f(o.precision)} (plain ${f(p.precision)}), MRR ${f(o.reciprocalRank)} (plain ${f(p.reciprocalRank)}).`,
  );
}
