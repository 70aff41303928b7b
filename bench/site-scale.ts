/**
 * The site at national scale: for N routebooks (bench/national.ts), the whole
 * build (`npm run build`) cold, warm and after editing one routebook, with
 * peak memory, pages, dist size and the bytes of a first search, and the
 * growth exponent between the two largest N. Figures and budgets, reported as
 * met / not met; it never fails on a figure, only when a build fails.
 *
 *   node bench/site-scale.ts [--sizes 1,10,50,150] [--rounds 1]
 *
 * - cold: every cache cleared (PDF cache, Astro's data store and Vite's cache, the output folder);
 * - warm: the same build again, nothing changed;
 * - forced: `npm run build -- --force` with nothing changed: every step runs again, on warm caches;
 * - edit: one sentence of one routebook's flow changed.
 * Wall and CPU time (user + system, all processes) and peak memory (the largest process) come from /usr/bin/time.
 */
import { spawnSync } from "node:child_process";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { launchFreshBrowser } from "../tests/support/browser.ts";
import { serveStatic } from "../tests/support/static-server.ts";
import { nationalId, writeNationalContent } from "./national.ts";
import { buildPlainSite, type PlainBuild } from "./plain-astro.ts";

const WORK = ".build/scale";
/** A fixed day, so a run that passes midnight compares like with like. */
const DAY = "2026-11-20";
/** The first query a user types; a word on nearly every page, so Pagefind loads as much as a query can. */
const FIRST_QUERY = "verzuim";
/** The sentence the edit changes, in the first routebook's flow. */
const EDITED = "Er is sprake van een schoolinschrijving.";

const BUDGET = { warmShare: 0.1, editShare: 0.1, astroToPlain: 1.5, peakMemoryMb: 1500, firstSearchKb: 150, exponent: 1.1 };

/** One run of the build script. */
interface Run {
  wallS: number;
  cpuS: number;
  peakMb: number;
  /** Seconds per step as the build prints them (wall; CPU of the build script's own process); absent when the step did not run. */
  contentS?: number;
  contentCpuS?: number;
  astroS?: number;
  linksS?: number;
  linksCpuS?: number;
  skipped: boolean;
}

interface Row {
  n: number;
  pages: number;
  distMb: number;
  /** Bytes of a first search as a static host sends them, and as stored. */
  firstSearchKb: number;
  firstSearchStoredKb: number;
  firstSearchRequests: number;
  cold: Run[];
  warm: Run[];
  forced: Run[];
  edit: Run[];
  /** A plain Astro + Pagefind site of the same page count and page size (bench/plain-astro.ts). */
  plain: PlainBuild;
}

const content = join(WORK, "content");
const out = join(WORK, "dist");
const caches = join(WORK, "cache");

function build(force = false): Run {
  const result = spawnSync(
    "/usr/bin/time",
    ["-f", "BENCH-TIME %e %U %S %M", "node", "tools/build/build.ts", ...(force ? ["--force"] : [])],
    {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      env: {
        ...process.env,
        ROUTEBOEK_CONTENT: content,
        ROUTEBOEK_OUT: out,
        ROUTEBOEK_CACHE: join(caches, "pdf"),
        ROUTEBOEK_ASTRO_CACHE: join(caches, "astro"),
        ROUTEBOEK_TODAY: DAY,
      },
    },
  );
  const timing = /BENCH-TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr ?? "");
  if (result.status !== 0 || !timing) throw new Error(`the build of ${content} failed:\n${result.stdout}\n${result.stderr}`);
  const seconds = (pattern: RegExp) => {
    const match = pattern.exec(result.stdout);
    return match ? Number(match[1]) : undefined;
  };
  return {
    wallS: Number(timing[1]),
    cpuS: Number(timing[2]) + Number(timing[3]),
    peakMb: Number(timing[4]) / 1024,
    contentS: seconds(/Content checked: .* in ([\d.]+) s/),
    contentCpuS: seconds(/Content checked: .* in [\d.]+ s, CPU ([\d.]+) s/),
    astroS: seconds(/Astro built the pages and the search index in ([\d.]+) s/),
    linksS: seconds(/Internal links: all resolve\. Checked in ([\d.]+) s/),
    linksCpuS: seconds(/Internal links: all resolve\. Checked in [\d.]+ s, CPU ([\d.]+) s/),
    skipped: /Nothing changed since/.test(result.stdout),
  };
}

async function sizeOf(dir: string): Promise<{ pages: number; bytes: number; htmlBytes: number }> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  let bytes = 0;
  let htmlBytes = 0;
  let pages = 0;
  for (const file of files) {
    if (!file.isFile()) continue;
    const size = (await stat(join(file.parentPath, file.name))).size;
    bytes += size;
    if (!file.name.endsWith(".html")) continue;
    pages++;
    htmlBytes += size;
  }
  return { pages, bytes, htmlBytes };
}

/**
 * Bytes a fresh browser loads for a first query on the search page: Pagefind's
 * files and the page's scripts. `bytes` as stored; `wire` as a static host
 * sends them: scripts and JSON gzipped, Pagefind's index, fragments and
 * WebAssembly as they are (Pagefind writes them gzipped already).
 */
async function firstSearch(site: string): Promise<{ bytes: number; wire: number; requests: number }> {
  const server = await serveStatic(site);
  const browser = await launchFreshBrowser();
  try {
    const tab = await (await browser.newContext()).newPage();
    await tab.goto(`${server.origin}/zoeken/?q=${encodeURIComponent(FIRST_QUERY)}`);
    await tab.locator("site-search[data-done]").waitFor({ timeout: 60_000 });
    const loaded = server.requests.filter((path) => path.startsWith("/pagefind/") || path.endsWith(".js"));
    let bytes = 0;
    let wire = 0;
    for (const path of loaded) {
      const body = await readFile(join(site, path)).catch(() => Buffer.alloc(0));
      bytes += body.length;
      wire += /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length;
    }
    return { bytes, wire, requests: loaded.length };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function editOneRoutebook(round: number): Promise<void> {
  const flow = join(content, nationalId(1), "flow.md");
  const text = await readFile(flow, "utf8");
  const sentence = round === 0 ? EDITED : `Er is sprake van een schoolinschrijving (bewerking ${round}).`;
  if (!text.includes(sentence)) throw new Error(`${flow} no longer holds "${sentence}": choose another sentence to edit`);
  await writeFile(flow, text.replace(sentence, `Er is sprake van een schoolinschrijving (bewerking ${round + 1}).`));
}

async function measure(n: number, rounds: number): Promise<Row> {
  await writeNationalContent(content, n);
  const row: Omit<Row, "plain"> = {
    n,
    pages: 0,
    distMb: 0,
    firstSearchKb: 0,
    firstSearchStoredKb: 0,
    firstSearchRequests: 0,
    cold: [],
    warm: [],
    forced: [],
    edit: [],
  };
  for (let round = 0; round < rounds; round++) {
    await rm(caches, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
    row.cold.push(build());
    row.warm.push(build());
    row.forced.push(build(true));
    await editOneRoutebook(round);
    row.edit.push(build());
  }
  const { pages, bytes, htmlBytes } = await sizeOf(out);
  const search = await firstSearch(resolve(out));
  const plain = await buildPlainSite(join(WORK, "plain"), n, pages, htmlBytes / pages);
  return {
    ...row,
    plain,
    pages,
    distMb: bytes / 1024 / 1024,
    firstSearchKb: search.wire / 1024,
    firstSearchStoredKb: search.bytes / 1024,
    firstSearchRequests: search.requests,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/** Median, with min–max when there is more than one round. */
function figure(runs: Run[], pick: (run: Run) => number | undefined, digits = 1): string {
  const values = runs.map(pick).filter((value): value is number => value !== undefined);
  if (values.length === 0) return "—";
  const text = median(values).toFixed(digits);
  return values.length > 1 ? `${text} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})` : text;
}
const med = (runs: Run[], pick: (run: Run) => number | undefined) =>
  median(runs.map(pick).filter((value): value is number => value !== undefined));
const verdict = (met: boolean) => (met ? "met" : "**not met**");

export function printScale(rows: Row[]): void {
  console.log("\n### Site at national scale (bench/site-scale.ts)\n");
  console.log("Times in seconds (median, min–max over rounds); CPU = user + system of every process; memory = the largest process.\n");
  console.log(
    "| N | pages | cold wall | cold CPU | content wall (CPU) | astro wall | links wall (CPU) | warm | forced | edit | peak memory | dist | first search |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) {
    const peak = Math.max(...[...row.cold, ...row.warm, ...row.forced, ...row.edit].map((run) => run.peakMb));
    const cells = [
      row.n,
      row.pages,
      figure(row.cold, (r) => r.wallS),
      figure(row.cold, (r) => r.cpuS),
      `${figure(row.cold, (r) => r.contentS)} (${figure(row.cold, (r) => r.contentCpuS)})`,
      figure(row.cold, (r) => r.astroS),
      `${figure(row.cold, (r) => r.linksS)} (${figure(row.cold, (r) => r.linksCpuS)})`,
      figure(row.warm, (r) => r.wallS),
      figure(row.forced, (r) => r.wallS),
      figure(row.edit, (r) => r.wallS),
      `${peak.toFixed(0)} MB`,
      `${row.distMb.toFixed(0)} MB`,
      `${row.firstSearchKb.toFixed(0)} kB (${row.firstSearchStoredKb.toFixed(0)} kB stored, ${row.firstSearchRequests} requests)`,
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
  const skippedAll = rows.every((row) => row.warm.every((run) => run.skipped));
  console.log(
    `\ncontent / astro / links: the build's own steps in the cold build (CPU: of the build script's process; Astro runs in its own). warm: ${skippedAll ? "nothing changed, so the build stopped after comparing fingerprints" : "a build with nothing changed"}; forced: the same with --force (every step again, caches warm); edit: one sentence of ${nationalId(1)}'s flow changed. first search: "${FIRST_QUERY}" in a fresh browser, Pagefind's files and the page's scripts as a static host sends them (scripts gzipped; Pagefind's own files are stored gzipped).`,
  );
  if (rows.length < 2) return;
  const [low, high] = rows.slice(-2) as [Row, Row];
  const exponent = (pick: (run: Run) => number | undefined, runs: (row: Row) => Run[]) =>
    Math.log(med(runs(high), pick) / med(runs(low), pick)) / Math.log(high.pages / low.pages);
  // CPU time is what the work costs; wall time on a shared machine also holds the time other processes had the cores.
  const cold = exponent(
    (r) => r.cpuS,
    (row) => row.cold,
  );
  const links = exponent(
    (r) => r.linksCpuS,
    (row) => row.cold,
  );
  const forced = exponent(
    (r) => r.cpuS,
    (row) => row.forced,
  );
  const coldWall = exponent(
    (r) => r.wallS,
    (row) => row.cold,
  );
  const linksWall = exponent(
    (r) => r.linksS,
    (row) => row.cold,
  );
  console.log(
    `\nGrowth exponent in pages between N=${low.n} and N=${high.n} (1 = linear), of CPU time: cold build ${cold.toFixed(2)}, forced rebuild ${forced.toFixed(2)}, internal link check ${links.toFixed(2)}; of wall time: cold build ${coldWall.toFixed(2)}, link check ${linksWall.toFixed(2)}.`,
  );
  const warmShare = med(high.warm, (r) => r.wallS) / med(high.cold, (r) => r.wallS);
  const editShare = med(high.edit, (r) => r.cpuS) / med(high.cold, (r) => r.cpuS);
  // Our Astro step (rendering, Pagefind, re-chunking) in the cold build: all CPU but the content check's and the link check's.
  const astroStep = med(high.cold, (r) => r.cpuS - (r.contentCpuS ?? 0) - (r.linksCpuS ?? 0));
  const astroToPlain = astroStep / high.plain.cpuS;
  const peak = Math.max(...[...high.cold, ...high.warm, ...high.forced, ...high.edit].map((run) => run.peakMb));
  console.log(`\nBudgets at N=${high.n}:`);
  console.log(`- warm ≤ ${BUDGET.warmShare * 100} % of cold: ${(warmShare * 100).toFixed(1)} %, ${verdict(warmShare <= BUDGET.warmShare)}`);
  console.log(
    `- one routebook edited ≤ ${BUDGET.editShare * 100} % of cold CPU: ${(editShare * 100).toFixed(0)} %, ${verdict(editShare <= BUDGET.editShare)}`,
  );
  console.log(
    `- Astro step ≤ ${BUDGET.astroToPlain}× plain Astro + Pagefind of the same ${high.plain.pages} pages: ${astroStep.toFixed(1)} s against ${high.plain.cpuS.toFixed(1)} s CPU (Astro ${high.plain.astroCpuS.toFixed(1)} s, Pagefind ${high.plain.pagefindCpuS.toFixed(1)} s), ${astroToPlain.toFixed(2)}×, ${verdict(astroToPlain <= BUDGET.astroToPlain)}`,
  );
  console.log(
    `- build linear (exponent of CPU time ≤ ${BUDGET.exponent}): cold ${cold.toFixed(2)} ${verdict(cold <= BUDGET.exponent)}, link check ${links.toFixed(2)} ${verdict(links <= BUDGET.exponent)}`,
  );
  console.log(`- peak memory < ${BUDGET.peakMemoryMb} MB: ${peak.toFixed(0)} MB, ${verdict(peak < BUDGET.peakMemoryMb)}`);
  console.log(
    `- first search ≤ ${BUDGET.firstSearchKb} kB: ${high.firstSearchKb.toFixed(0)} kB as sent (${high.firstSearchStoredKb.toFixed(0)} kB stored), ${verdict(high.firstSearchKb <= BUDGET.firstSearchKb)}`,
  );
}

/** Runs the scale curve and prints its table; `npm run bench` calls it with the default sizes. */
export async function siteScale(sizes = [1, 10, 50, 150], rounds = 1): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of sizes) {
    console.error(`site at scale: N=${n}…`);
    rows.push(await measure(n, rounds));
  }
  await rm(WORK, { recursive: true, force: true });
  printScale(rows);
  return rows;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { sizes: { type: "string", default: "1,10,50,150" }, rounds: { type: "string", default: "1" } },
  });
  const sizes = values.sizes.split(",").map(Number);
  const rounds = Number(values.rounds);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(rounds) || rounds < 1) {
    console.error("usage: node bench/site-scale.ts [--sizes 1,10,50,150] [--rounds 1]");
    process.exitCode = 2;
  } else {
    await siteScale(sizes, rounds);
  }
}
