/**
 * `npm run bench`: structured extraction against bare pdf.js text extraction
 * on the same PDFs in one run (target ≤ 1.25×), a warm build (PDFs unchanged,
 * cache filled) against a cold one, and the page weight of the built site
 * against its budgets. Ratios and sizes, not absolute times.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { extractPdf } from "../pipeline/pdf/extract.ts";
import { writeLargePdf } from "./large-pdf.ts";
import { flowScale } from "./flow-scale.ts";

const ROUNDS = 3;
const FIXTURES = "tests/fixtures/pdf/out";

async function bareText(bytes: Uint8Array): Promise<number> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  const doc = await task.promise;
  let characters = 0;
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent();
    for (const item of content.items) if ("str" in item) characters += item.str.length;
    page.cleanup();
  }
  await task.destroy();
  return characters;
}

async function best(run: () => Promise<unknown>): Promise<number> {
  let fastest = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

async function pdfsToMeasure(): Promise<string[]> {
  const large = ".build/bench/large.pdf";
  await writeLargePdf(large);
  const names = await readdir(FIXTURES, { recursive: true });
  const fixtures = names.filter((name) => name.endsWith(".pdf") && !name.startsWith("bad")).map((name) => join(FIXTURES, name));
  return [large, ...fixtures];
}

/** Wall time of a command run with its own extraction cache. */
function timed(args: string[], cache: string, out: string): number {
  const started = performance.now();
  const result = spawnSync("node", args, { env: { ...process.env, ROUTEBOEK_CACHE: cache, ROUTEBOEK_OUT: out }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stderr}`);
  return performance.now() - started;
}

const files = await pdfsToMeasure();
let bareTotal = 0;
let structuredTotal = 0;
console.log("| PDF | pages | bare pdf.js (ms) | structured (ms) | ratio |\n| --- | --- | --- | --- | --- |");
for (const file of files) {
  const bytes = new Uint8Array(await readFile(file));
  // Warm up both paths once so module loading is not measured.
  await bareText(bytes);
  const document = await extractPdf(bytes, { file });
  const bare = await best(() => bareText(bytes));
  const structured = await best(() => extractPdf(bytes, { file }));
  bareTotal += bare;
  structuredTotal += structured;
  console.log(`| ${file} | ${document.pageCount} | ${bare.toFixed(0)} | ${structured.toFixed(0)} | ${(structured / bare).toFixed(2)}× |`);
}
const ratio = structuredTotal / bareTotal;
console.log(`\nStructured extraction / bare text extraction: ${ratio.toFixed(2)}× (target ≤ 1.25×)`);

const work = await mkdtemp(".build/bench-build-");
const out = join(work, "dist");
const report = (what: string, args: string[]) => {
  const cache = join(work, `cache-${what}`);
  const cold = timed(args, cache, out);
  const warm = timed(args, cache, out);
  console.log(`${what}: cold ${cold.toFixed(0)} ms, warm ${warm.toFixed(0)} ms (warm/cold ${(warm / cold).toFixed(2)})`);
};
// The test routebook: the real content holds no PDFs yet, and the cache only matters where there are some.
report("Content pipeline (routeboek check of the test routebook, 3 PDFs)", ["pipeline/cli.ts", "check", "--content", "tests/fixtures/content"]);
report("Whole build (npm run build)", ["scripts/build.ts"]);

// Page weight of the site just built: every page's HTML, and the JavaScript a step page runs.
const BUDGET = 10 * 1024;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const pages = (await readdir(out, { recursive: true })).filter((file) => file.endsWith(".html"));
const html = await Promise.all(pages.map(async (file) => ({ file, bytes: gz(await readFile(join(out, file))) })));
const heaviest = html.sort((a, b) => b.bytes - a.bytes)[0]!;
// A step page with a phase: the route tool and the phase timeline both run there.
const stepPage = await readFile(join(out, "sppoh-po/stap/mdo-vastgelopen/index.html"), "utf8");
/** A page's JavaScript: inline scripts, its script files and every module those import, each counted once. */
async function pageScripts(html: string): Promise<string> {
  const inline = [...html.matchAll(/<script(?![^>]*src=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  const files = new Set<string>();
  const visit = async (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    const code = await readFile(join(out, path), "utf8");
    for (const [, imported] of code.matchAll(/(?:import|from)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) await visit(new URL(imported!, `http://site${path}`).pathname);
  };
  for (const [, src] of html.matchAll(/<script[^>]*src="([^"]+)"/g)) await visit(src!);
  return [...inline, ...(await Promise.all([...files].map((file) => readFile(join(out, file), "utf8"))))].join("\n");
}
const script = gz(await pageScripts(stepPage));
console.log(`Pages: ${pages.length}. Largest HTML: ${heaviest.file} ${(heaviest.bytes / 1024).toFixed(1)} kB gzipped (budget 10 kB).`);
console.log(`JavaScript on a step page: ${(script / 1024).toFixed(1)} kB gzipped (budget 10 kB; none needed to use the tool).`);
const mapPage = await readFile(join(out, "sppoh-po/kaart/index.html"), "utf8");
const mapScripts = (mapPage.match(/<script/g) ?? []).length;
console.log(`Map page of SPPOH's flow: ${(gz(mapPage) / 1024).toFixed(1)} kB HTML gzipped (budget 10 kB), ${mapScripts} script(s) (the SVG is drawn at build time).`);
await rm(work, { recursive: true, force: true });
process.exitCode = ratio <= 1.25 && heaviest.bytes <= BUDGET && script <= BUDGET ? 0 : 1;
await flowScale();
