/**
 * `npm run bench`: figures and budgets, never a failing exit code on a ratio.
 *
 * - Extraction: our structured extraction against bare pdf.js
 *   `getTextContent` on the same PDFs (a generated realistic routebook and the
 *   fixture set), in paired, interleaved rounds; medians with their range,
 *   wall and CPU time. Budget: ≤ 1.10× on the realistic PDF.
 * - Build: cold (PDF cache, Astro's data store and Vite's cache all cleared)
 *   against warm (nothing changed), paired the same way; the content pipeline
 *   alone as well.
 * - Page weight of the built site against its budgets.
 * - Further benches, one call each, in SECTIONS at the end.
 *
 * Flags: `--pairs N` (default 5, at least 5); `--only extraction|build|weight|<section>` (repeatable),
 * e.g. `--only mutations`; `--out <folder>` also writes the whole report there as a dated file
 * (`npm run bench -- --out docs/measurements/`: measurements are written by the bench, never by hand).
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { format, parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { extractPdf } from "../pipeline/pdf/extract.ts";
import { budget, cpuOf, formatSpread, interleaved, ratios, table, wallOf } from "./measure.ts";
import { writeRealisticPdf } from "../tests/fixtures/pdf/realistic.ts";

const { values: flags } = parseArgs({
  options: { pairs: { type: "string", default: "5" }, only: { type: "string", multiple: true }, out: { type: "string" } },
});
const PAIRS = Math.max(5, Number(flags.pairs) || 5);
const wanted = (section: string) => !flags.only || flags.only.includes(section);
const FIXTURES = "tests/fixtures/pdf/out";
const EXTRACTION_BUDGET = 1.1;

/** Bare pdf.js: every page's text items, nothing else; what any text extraction must pay. */
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

async function extraction(): Promise<void> {
  const realistic = ".build/bench/realistic.pdf";
  const made = await writeRealisticPdf(realistic);
  console.log(
    `## Extraction: structured / bare pdf.js getTextContent (${PAIRS} interleaved pairs per PDF)\n\n` +
      `Realistic PDF: ${made.pages} pages, image-only cover, outline, links on ${made.pagesWithLinks} pages, odd/even running headers, two columns, ` +
      `${made.embeddedFonts ? "embedded TrueType fonts" : "standard fonts (no Liberation TTF on this machine, so none embedded)"}.\n`,
  );
  const names = await readdir(FIXTURES, { recursive: true });
  const fixtures = names.filter((name) => name.endsWith(".pdf") && !name.startsWith("bad")).map((name) => join(FIXTURES, name));
  const rows: string[][] = [];
  let realisticRatio = { wall: Infinity, cpu: Infinity };
  const totals = { bare: 0, ours: 0 };
  for (const file of [realistic, ...fixtures]) {
    const bytes = new Uint8Array(await readFile(file));
    // Warm up both paths once so module loading and JIT are not measured.
    await bareText(bytes);
    const document = await extractPdf(bytes, { file });
    const paired = await interleaved(
      () => bareText(bytes),
      () => extractPdf(bytes, { file }),
      { pairs: PAIRS },
    );
    const ratio = ratios(paired);
    if (file === realistic) realisticRatio = { wall: ratio.wall.median, cpu: ratio.cpu.median };
    totals.bare += wallOf(paired.a).median;
    totals.ours += wallOf(paired.b).median;
    rows.push([
      file.replace(/^.*\/(out|bench)\//, ""),
      String(document.pageCount),
      formatSpread(wallOf(paired.a)),
      formatSpread(wallOf(paired.b)),
      formatSpread(cpuOf(paired.a)),
      formatSpread(cpuOf(paired.b)),
      formatSpread(ratio.wall, 2, "×"),
      formatSpread(ratio.cpu, 2, "×"),
    ]);
  }
  console.log(table(["PDF", "pages", "bare wall ms", "ours wall ms", "bare CPU ms", "ours CPU ms", "ratio wall", "ratio CPU"], rows));
  console.log(
    `\nAll PDFs, sum of medians: ${(totals.ours / totals.bare).toFixed(2)}× (the small fixtures pay a fixed few ms for outline and metadata).`,
  );
  // CPU time is the cost; wall time on a shared machine also holds other people's work.
  console.log(
    budget(
      "structured / bare on the realistic PDF, CPU time (median of pair ratios; wall time",
      `${realisticRatio.wall.toFixed(2)}×): ${realisticRatio.cpu.toFixed(2)}×`,
      realisticRatio.cpu <= EXTRACTION_BUDGET,
      `≤ ${EXTRACTION_BUDGET.toFixed(2)}×`,
    ),
  );
}

/** Runs a command with its own caches and output folder; throws with its output when it fails. */
function run(args: string[], env: Record<string, string>): void {
  const result = spawnSync("node", args, { env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Cold against warm: cold clears every cache the command uses, warm changes nothing. */
async function coldWarm(what: string, args: string[], work: string): Promise<string[]> {
  // The output goes too: a build whose output matches its inputs' fingerprint stops at once, which is warm, not cold.
  const caches = { pdf: join(work, "pdf-cache"), astro: join(work, "astro-cache"), out: join(work, "dist") };
  const env = { ROUTEBOEK_CACHE: caches.pdf, ROUTEBOEK_ASTRO_CACHE: caches.astro, ROUTEBOEK_OUT: caches.out };
  const clear = () => Promise.all(Object.values(caches).map((dir) => rm(dir, { recursive: true, force: true })));
  run(args, env); // fills the caches, so the first warm run (in the second pair) is warm
  const paired = await interleaved(
    () => run(args, env),
    () => run(args, env),
    { pairs: PAIRS, prepareA: clear },
  );
  const ratio = ratios(paired);
  return [
    what,
    formatSpread(wallOf(paired.a)),
    formatSpread(wallOf(paired.b)),
    formatSpread(cpuOf(paired.a)),
    formatSpread(cpuOf(paired.b)),
    formatSpread(ratio.wall, 2, "×"),
  ];
}

async function build(work: string): Promise<void> {
  console.log(
    `\n## Cold / warm (${PAIRS} interleaved pairs; cold = PDF cache, Astro data store, Vite cache and the output cleared; process start included)\n`,
  );
  const rows = [
    // The test routebook: the real content holds no PDFs yet, and the PDF cache only matters where there are some.
    await coldWarm(
      "content pipeline (`routeboek check`, test routebook, 3 PDFs)",
      ["tools/cli.ts", "check", "--content", "tests/fixtures/content"],
      work,
    ),
    await coldWarm("whole build (`npm run build`)", ["tools/build/build.ts"], work),
  ];
  console.log(table(["what", "cold wall ms", "warm wall ms", "cold CPU ms", "warm CPU ms", "warm / cold wall"], rows));
  const wholeBuild = rows[1]![5]!;
  console.log(budget("warm / cold whole build", wholeBuild, Number.parseFloat(wholeBuild) <= 0.1, "≤ 0.10×"));
}

async function weight(work: string): Promise<void> {
  const out = join(work, "dist");
  await readdir(out).catch(() => run(["tools/build/build.ts"], { ROUTEBOEK_OUT: out, ROUTEBOEK_CACHE: join(work, "pdf-cache") }));
  console.log("\n## Page weight\n");
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
    const inline = [...html.matchAll(/<script(?![^>]*src=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (match) => match[1]!,
    );
    const files = new Set<string>();
    const visit = async (path: string) => {
      if (files.has(path)) return;
      files.add(path);
      const code = await readFile(join(out, path), "utf8");
      for (const [, imported] of code.matchAll(/(?:import|from)\s*["'](\.{0,2}\/[^"']+\.js)["']/g))
        await visit(new URL(imported!, `http://site${path}`).pathname);
    };
    for (const [, src] of html.matchAll(/<script[^>]*src="([^"]+)"/g)) await visit(src!);
    return [...inline, ...(await Promise.all([...files].map((file) => readFile(join(out, file), "utf8"))))].join("\n");
  }
  const script = gz(await pageScripts(stepPage));
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(`Pages: ${pages.length}.`);
  console.log(budget(`largest HTML page (${heaviest.file}), gzipped:`, kB(heaviest.bytes), heaviest.bytes <= BUDGET, "10 kB"));
  console.log(budget("JavaScript on a step page, gzipped (none needed to use the tool):", kB(script), script <= BUDGET, "10 kB"));
  const mapPage = await readFile(join(out, "sppoh-po/kaart/index.html"), "utf8");
  const mapScripts = (mapPage.match(/<script/g) ?? []).length;
  console.log(
    budget(
      `map page of SPPOH's flow, HTML gzipped (${mapScripts} script(s); the SVG is drawn at build time):`,
      kB(gz(mapPage)),
      gz(mapPage) <= BUDGET,
      "10 kB",
    ),
  );
}

/**
 * Further benches: one entry each, a name for `--only` and a function that
 * prints its own section (use ./measure.ts for pairs, medians, CPU time and
 * tables). Add yours here.
 */
const SECTIONS: { name: string; run: () => Promise<void> }[] = [
  // recall@10, precision@10 and MRR of the site's search against plain Pagefind, and the bytes a query loads (bench/search.ts).
  {
    name: "search",
    run: async () => {
      console.log("\n## Search\n");
      // The site as the sources stand now (the build stops at once when nothing changed), then the queries.
      const built = spawnSync("node", ["tools/build/build.ts"], { stdio: ["ignore", "ignore", "inherit"] });
      if (built.status !== 0) throw new Error("npm run build failed");
      const searched = spawnSync("node", ["bench/search.ts"], { stdio: "inherit" });
      if (searched.status !== 0) throw new Error("bench/search.ts failed");
    },
  },
  // Single changes of meaning to the content, generated from it: the share the fidelity checks catch (bench/mutations.ts).
  { name: "mutations", run: async () => void (await (await import("./mutations.ts")).mutationBench()) },
  // The site at N = 1, 10, 50, 150 routebooks.
  { name: "site-scale", run: async () => void (await (await import("./site-scale.ts")).siteScale()) },
  // Peak memory of check, build and extract on hostile input (PDF bombs, oversized and deeply nested Markdown).
  { name: "hostile", run: async () => void (await (await import("./hostile.ts")).hostileBench()) },
  // routeboek check on generated flows of 500 to 2,000 steps (the limit) against its 5 s CPU target, then the whole build at 1,000 and 2,000.
  {
    name: "flow-scale",
    run: async () => {
      const { flowScale, buildScale } = await import("./flow-scale.ts");
      await flowScale();
      await buildScale();
    },
  },
];

/** What the bench printed, kept for `--out`: every section reports through console.log. */
const report: string[] = [];
if (flags.out) {
  const print = console.log;
  console.log = (...parts: unknown[]) => {
    report.push(format(...parts));
    print(...parts);
  };
}

await mkdir(".build", { recursive: true });
// How busy the machine was: wall times on a shared machine include other work, CPU times much less so.
console.log(
  `Load average at start: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(", ")} on ${cpus().length} cores.\n`,
);
const work = await mkdtemp(".build/bench-run-");
try {
  if (wanted("extraction")) await extraction();
  if (wanted("build")) await build(work);
  if (wanted("weight")) await weight(work);
  for (const section of SECTIONS) if (wanted(section.name)) await section.run();
} finally {
  await rm(work, { recursive: true, force: true });
}

if (flags.out) {
  const day = new Date().toISOString().slice(0, 10);
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim() || "an unknown commit";
  const only = flags.only ? ` --only ${flags.only.join(" --only ")}` : "";
  const file = join(flags.out, `${day}-bench${flags.only ? `-${flags.only.join("-")}` : ""}.md`);
  await mkdir(flags.out, { recursive: true });
  const how = `Written by \`npm run bench -- --out ${flags.out}${only}\` at ${commit}, Node ${process.version}; not edited by hand.`;
  await writeFile(file, `# Bench, ${day}\n\n${how}\n\n${report.join("\n")}\n`);
  console.info(`\nWritten to ${file}.`);
}
