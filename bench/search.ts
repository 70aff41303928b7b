/**
 * `npm run bench:search [site folder]`: the queries of bench/search-queries.json
 * through the site's own search page, and through plain Pagefind over the same
 * pages without what we add for search (extra terms, weights, meta, filters),
 * both in Chromium against a static server. Reports recall@10, precision@10
 * and MRR per category and overall, side by side, for the tuning set, the
 * questions and paraphrases (bench/search-questions.json) and each held-out set
 * (bench/search-holdout-*.json), the queries of each set that returned no result,
 * and the bytes the first and later queries load. Builds the site first when the
 * folder has no index.
 */
import { load } from "cheerio";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import * as pagefind from "pagefind";
import type { Page } from "playwright-core";
import { launchFreshBrowser } from "../tests/support/browser.ts";
import { serveStatic, type StaticSite } from "../tests/support/static-server.ts";
import { mean, querySets, readQuerySet, type Row, score, withoutResults } from "./search-sets.ts";

const K = 10;
const args = process.argv.slice(2);
/** `--out <folder>`: the report is also written there, as a dated file (docs/measurements/ keeps them). */
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const site = resolve(args.find((arg, index) => !arg.startsWith("--") && index !== outAt + 1) ?? process.env.ROUTEBOEK_OUT ?? "dist");
const lines: string[] = [];
/** A line of the report: printed, and kept for `--out`. */
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
/** The set the ranking was tuned on, and sets written later and kept out of tuning: a gap between them shows fitting. */
const sets = querySets(await readdir("bench")).map((set) => ({
  ...set,
  queries: readQuerySet(join("bench", set.file)),
}));
const tuning = sets.find((set) => set.kind === "tuning");
if (!tuning) throw new Error("bench/search-queries.json is missing: the bench measures bytes on its queries");
const queries = tuning.queries;
const others = sets.filter((set) => set !== tuning);

if (!existsSync(join(site, "pagefind", "pagefind.js"))) {
  const built = spawnSync("node", ["tools/build/build.ts"], { stdio: "inherit", env: { ...process.env, ROUTEBOEK_OUT: site } });
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

/** Plain Pagefind: the index's top results for the query, as its default UI would list them, and how many it found. */
async function plainResults(tab: Page, query: string): Promise<{ found: string[]; count: number }> {
  return tab.evaluate(
    async ({ query, k }) => {
      const indexPath = "/pagefind/pagefind.js";
      const api = await import(indexPath);
      const { results } = await api.search(query);
      const data = await Promise.all(results.slice(0, k).map((result: { data(): Promise<{ url: string }> }) => result.data()));
      return { found: data.map((entry: { url: string }) => entry.url), count: results.length as number };
    },
    { query, k: K },
  );
}

/** Ours: the search page itself, with whatever it does with the query; every result it lists, best first. */
async function ourResults(tab: Page, origin: string, query: string): Promise<string[]> {
  await tab.goto(`${origin}/zoeken/?q=${encodeURIComponent(query)}`);
  await tab.locator("site-search[data-done]").waitFor({ timeout: 30_000 });
  return tab
    .locator(".search-results > li a[data-result]")
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
}

/** One query through both searches, scored on the first K results of each. */
async function run(oursTab: Page, plainTab: Page, origin: string, query: Row["query"], ours?: string[]): Promise<Row> {
  const oursFound = ours ?? (await ourResults(oursTab, origin, query.query));
  const plain = await plainResults(plainTab, query.query);
  return {
    query,
    ours: score(oursFound.slice(0, K), query.expect),
    plain: score(plain.found, query.expect),
    top: oursFound.map(pathOf)[0] ?? "—",
    oursCount: oursFound.length,
    plainCount: plain.count,
  };
}

async function bytesOf(root: string, paths: string[]): Promise<number> {
  let total = 0;
  for (const path of paths)
    total += await stat(join(root, path)).then(
      (s) => (s.isFile() ? s.size : 0),
      () => 0,
    );
  return total;
}

const plainDir = await plainCopy();
const ours: StaticSite = await serveStatic(site);
const plain: StaticSite = await serveStatic(plainDir);
const browser = await launchFreshBrowser();
const rows: Row[] = [];
const otherRows: Row[][] = others.map(() => []);
try {
  const oursTab = await (await browser.newContext()).newPage();
  const plainTab = await (await browser.newContext()).newPage();
  await plainTab.goto(`${plain.origin}/`);
  // Bytes of search files for a first and a second query in a fresh browser (the server sends files uncompressed).
  // Search files: the index, and the site's word list, which a query loads when it needs other forms or a suggestion.
  const isSearchFile = (path: string) => path.startsWith("/pagefind/") || path === "/zoeken/woorden.bin";
  const before = ours.requests.length;
  await ourResults(oursTab, ours.origin, queries[0]!.query);
  const firstQuery = ours.requests.slice(before).filter((path) => isSearchFile(path) || path.endsWith(".js"));
  // A question as a first query, in a browser of its own: each of its words may need a chunk of the word index.
  const question = sets.find((set) => set.kind === "questions")?.queries[0];
  const questionStart = ours.requests.length;
  if (question) await ourResults(await (await browser.newContext()).newPage(), ours.origin, question.query);
  const questionFiles = ours.requests.slice(questionStart).filter((path) => isSearchFile(path) || path.endsWith(".js"));
  const questionBytes = await bytesOf(site, questionFiles);
  // Every later query in the same tab: the search files it loads that no earlier query loaded.
  const loaded = new Set(firstQuery);
  const later: { query: string; kB: number; chunkKB: number; files: string[] }[] = [];
  for (const query of queries) {
    const started = ours.requests.length;
    const oursFound = await ourResults(oursTab, ours.origin, query.query);
    const added = [...new Set(ours.requests.slice(started).filter((path) => isSearchFile(path) && !loaded.has(path)))];
    for (const path of added) loaded.add(path);
    if (query !== queries[0]) {
      const chunks = added.filter((path) => path.includes("/index/"));
      later.push({
        query: query.query,
        kB: (await bytesOf(site, added)) / 1024,
        chunkKB: (await bytesOf(site, chunks)) / 1024,
        files: added,
      });
    }
    rows.push(await run(oursTab, plainTab, ours.origin, query, oursFound));
  }
  for (const [index, set] of others.entries()) {
    for (const query of set.queries) otherRows[index]!.push(await run(oursTab, plainTab, ours.origin, query));
  }
  const sorted = later.map((entry) => entry.kB).sort((a, b) => a - b);
  const second = later[0]!;
  // The word index as built: tools/search-index/pagefind-integration.ts cuts Pagefind's chunks smaller (tools/search-index/index-chunks.ts).
  const chunkFiles = await readdir(join(site, "pagefind", "index"));
  const chunkSizes = await Promise.all(chunkFiles.map((file) => bytesOf(site, [`pagefind/index/${file}`])));
  // Pagefind's own chunks, as it writes them for the plain copy of the pages.
  const plainChunks = await readdir(join(plainDir, "pagefind", "index"));
  const plainSizes = await Promise.all(plainChunks.map((file) => bytesOf(plainDir, [`pagefind/index/${file}`])));
  const over = later.filter((entry) => entry.kB > 20);
  say(
    `Bytes for a first query ("${queries[0]!.query}"): ${((await bytesOf(site, firstQuery)) / 1024).toFixed(1)} kB (budget 150 kB). ` +
      (question ? `A first question ("${question.query}"): ${(questionBytes / 1024).toFixed(1)} kB. ` : "") +
      `A second ("${second.query}"): ${second.kB.toFixed(1)} kB, of which ${second.chunkKB.toFixed(1)} kB index chunks (budget 20 kB). ` +
      `Each later query: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} kB, at most ${sorted.at(-1)!.toFixed(1)} kB, ${sorted.filter((kB) => kB <= 20).length} of ${sorted.length} within 20 kB ` +
      `(files as served, uncompressed; the word index is ${chunkFiles.length} chunks of at most ${(Math.max(...chunkSizes) / 1024).toFixed(1)} kB, cut smaller than Pagefind's own: ${plainChunks.length} of at most ${(Math.max(...plainSizes) / 1024).toFixed(1)} kB for the plain copy).`,
  );
  for (const entry of over) {
    say(`Over 20 kB: "${entry.query}", ${entry.kB.toFixed(1)} kB: ${entry.files.map((path) => path.replace(/^.*\//, "")).join(", ")}.`);
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
  say(`\n${title}: ${rows.length} queries. recall@${K}, precision@${K} (relevant among the results shown, up to ${K}), MRR.`);
  if (verbose) {
    say("\n| category | query | ours R / P / RR | plain R / P / RR | our first result |\n| --- | --- | --- | --- | --- |");
    for (const row of rows) {
      say(
        `| ${row.query.category} | ${row.query.query} | ${f(row.ours.recall)} / ${f(row.ours.precision)} / ${f(row.ours.reciprocalRank)} | ${f(row.plain.recall)} / ${f(row.plain.precision)} / ${f(row.plain.reciprocalRank)} | ${row.top} |`,
      );
    }
  }
  for (const { query, correction } of rows.map((row) => row.query).filter((query) => query.correction))
    say(`\nCorrected expectation for "${query}": ${correction}`);
  say(
    "\n| category | queries | recall ours | recall plain | precision ours | precision plain | MRR ours | MRR plain |\n| --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  const categories = [...new Set(rows.map((row) => row.query.category)), "overall"];
  for (const category of categories) {
    const group = category === "overall" ? rows : rows.filter((row) => row.query.category === category);
    const o = mean(group.map((row) => row.ours));
    const p = mean(group.map((row) => row.plain));
    const name = category === "overall" ? "**overall**" : category;
    say(
      `| ${name} | ${group.length} | ${f(o.recall)} | ${f(p.recall)} | ${f(o.precision)} | ${f(p.precision)} | ${f(o.reciprocalRank)} | ${f(p.reciprocalRank)} |`,
    );
  }
  const empty = withoutResults(rows);
  const listed = (queries: string[]) => (queries.length ? queries.map((query) => `"${query}"`).join(", ") : "none");
  say(`\nNo results, ours: ${empty.ours.length} of ${rows.length}: ${listed(empty.ours)}.`);
  say(`No results, plain Pagefind: ${empty.plain.length} of ${rows.length}: ${listed(empty.plain)}.`);
}

report(tuning.title, rows);
for (const [index, set] of others.entries()) report(set.title, otherRows[index]!);
const heldOutRows = others.flatMap((set, index) => (set.kind === "held-out" ? otherRows[index]! : []));
for (const [name, group] of [
  ["Held-out sets (bench/search-holdout-*.json) together", heldOutRows],
  ["All sets together", [...rows, ...otherRows.flat()]],
] as const) {
  const o = mean(group.map((row) => row.ours));
  const p = mean(group.map((row) => row.plain));
  say(
    `\n${name}, ${group.length} queries: recall@${K} ${f(o.recall)} (plain ${f(p.recall)}), precision@${K} ${f(o.precision)} (plain ${f(p.precision)}), MRR ${f(o.reciprocalRank)} (plain ${f(p.reciprocalRank)}).`,
  );
}

if (out) {
  const day = new Date().toISOString().slice(0, 10);
  const file = join(out, `${day}-search.md`);
  await mkdir(out, { recursive: true });
  const how = `Written by \`npm run bench:search -- --out ${out}\` over \`${relative(".", site)}\`; not edited by hand.`;
  const title = `# Search bench, ${day}\n\n${how}\n`;
  await writeFile(file, `${title}\n${lines.join("\n")}\n`);
  console.log(`\nWritten to ${file}.`);
}
