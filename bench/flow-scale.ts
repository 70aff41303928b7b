/**
 * How `routeboek check` grows with the size of a flow (issue 13, item 8): a
 * synthetic routebook of N steps (bench/large-flow.ts) for N = 500 … 20,000,
 * each checked in its own process. Prints the wall time and peak memory per N,
 * the growth exponent between neighbours (1 is linear, 2 quadratic) and over
 * the whole curve (least squares on log time against log N). Also the step
 * pages' own per-step work (the phases on the way to every step) in this process,
 * and the whole `npm run build` (content check, Astro with the search index,
 * internal link check) for N = 2,000 … 20,000: time per step and peak memory
 * of the largest process. Prints the budgets (check: N^1.25 and 1 GB) as met or
 * not; never sets the exit code.
 */
import { budget } from "./measure.ts";
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { parseFlow } from "../pipeline/flow/parse.ts";
import { phasesUpTo } from "../pipeline/phases/route.ts";
import { largeFlowMarkdown, writeLargeFlowContent } from "./large-flow.ts";

const SIZES = [500, 1_000, 2_000, 5_000, 20_000];
const BUILD_SIZES = [2_000, 5_000, 20_000];
const MAX_EXPONENT = 1.25;
const MAX_MEMORY_MB = 1024;

/** Prints the peak resident memory of the check's process when it exits. */
const REPORT_MEMORY = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss '+process.resourceUsage().maxRSS+'\\n'))";

interface Point {
  steps: number;
  ms: number;
  mb: number;
}

function checkOnce(content: string): { ms: number; mb: number } {
  const started = performance.now();
  const result = spawnSync("node", ["--import", REPORT_MEMORY, "tools/cli.ts", "check", "--content", content], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`check of ${content} failed:\n${result.stderr.slice(0, 2000)}`);
  const kb = Number(/maxrss (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
  return { ms, mb: kb / 1024 };
}

const exponent = (a: Point, b: Point) => Math.log(b.ms / a.ms) / Math.log(b.steps / a.steps);

/** Slope of log time against log steps, by least squares. */
function fittedExponent(points: Point[]): number {
  const xs = points.map((point) => Math.log(point.steps));
  const ys = points.map((point) => Math.log(point.ms));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, x, index) => sum + (x - mx) * (ys[index]! - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return covariance / variance;
}

/** The phases on the way to every step, as the step pages ask for them, in this process. */
function pageWork(steps: number): number {
  const { flow } = parseFlow(largeFlowMarkdown(steps, { compact: true }), "flow.md");
  const started = performance.now();
  for (const step of flow!.steps) phasesUpTo(flow!, step.id);
  return performance.now() - started;
}

interface BuildPoint {
  steps: number;
  ok: boolean;
  wallS: number;
  cpuS: number;
  peakMb: number;
  /** The build's own steps, as it prints them (s). */
  contentS?: number;
  astroS?: number;
  linksS?: number;
}

/** One cold `npm run build` of a content folder, with its own output and caches; timed by /usr/bin/time (all processes). */
function buildOnce(content: string, work: string, steps: number): BuildPoint {
  const result = spawnSync("/usr/bin/time", ["-f", "BENCH-TIME %e %U %S %M", "node", "tools/build/build.ts", "--force"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      ROUTEBOEK_CONTENT: content,
      ROUTEBOEK_OUT: join(work, "dist"),
      ROUTEBOEK_CACHE: join(work, "pdf"),
      ROUTEBOEK_ASTRO_CACHE: join(work, "astro"),
    },
  });
  const timing = /BENCH-TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr ?? "");
  const seconds = (pattern: RegExp) => {
    const match = pattern.exec(result.stdout ?? "");
    return match ? Number(match[1]) : undefined;
  };
  if (result.status !== 0)
    console.log(`\nThe build of ${steps} steps failed:\n${(result.stderr ?? "").split("\n").slice(0, 12).join("\n")}`);
  return {
    steps,
    ok: result.status === 0,
    wallS: Number(timing?.[1] ?? Number.NaN),
    cpuS: Number(timing?.[2] ?? Number.NaN) + Number(timing?.[3] ?? Number.NaN),
    peakMb: Number(timing?.[4] ?? Number.NaN) / 1024,
    contentS: seconds(/Content checked: .* in ([\d.]+) s/),
    astroS: seconds(/Astro built the pages and the search index in ([\d.]+) s/),
    linksS: seconds(/Internal links: all resolve\. Checked in ([\d.]+) s/),
  };
}

/** The whole build against flow size: each size cold, in its own folders. */
export async function buildScale(sizes: readonly number[] = BUILD_SIZES): Promise<BuildPoint[]> {
  const work = await mkdtemp(".build/bench-flow-build-");
  const points: BuildPoint[] = [];
  try {
    console.log("\n`npm run build` of a synthetic flow of N steps (cold, own output and caches):\n");
    console.log(
      "| steps | build wall (s) | CPU (s) | content (s) | Astro + search (s) | internal links (s) | ms a step (wall) | peak memory (MB) |\n| --- | --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const steps of sizes) {
      const content = await writeLargeFlowContent(join(work, String(steps), "content"), steps);
      const point = buildOnce(content, join(work, String(steps)), steps);
      points.push(point);
      const figure = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(1));
      console.log(
        `| ${steps} | ${point.ok ? "" : "failed after "}${point.wallS.toFixed(1)} | ${point.cpuS.toFixed(1)} | ${figure(point.contentS)} | ${figure(point.astroS)} | ${figure(point.linksS)} | ${((point.wallS * 1000) / steps).toFixed(1)} | ${point.peakMb.toFixed(0)} |`,
      );
      await rm(join(work, String(steps)), { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const [first, last] = [points[0], points.at(-1)];
  if (first && last && first !== last && first.ok && last.ok) {
    console.log(
      `\nGrowth of the build: N^${(Math.log(last.wallS / first.wallS) / Math.log(last.steps / first.steps)).toFixed(2)} between ${first.steps} and ${last.steps} steps (wall).`,
    );
  }
  return points;
}

/** Runs the curve and prints it with its budgets as met or not; returns whether both are met. Never sets the exit code: figures, not a verdict. */
export async function flowScale(sizes: readonly number[] = SIZES): Promise<boolean> {
  const work = await mkdtemp(".build/bench-flow-");
  const points: Point[] = [];
  try {
    console.log("\n`routeboek check` of a synthetic flow of N steps (bench/large-flow.ts):\n");
    console.log("| steps | flow.md | check (ms) | peak memory (MB) | exponent since previous |\n| --- | --- | --- | --- | --- |");
    for (const steps of sizes) {
      const content = await writeLargeFlowContent(join(work, String(steps)), steps);
      const { ms, mb } = checkOnce(content);
      const point = { steps, ms, mb };
      const previous = points.at(-1);
      points.push(point);
      const size = `${(largeFlowMarkdown(steps).length / 1024 / 1024).toFixed(1)} MB`;
      console.log(`| ${steps} | ${size} | ${ms.toFixed(0)} | ${mb.toFixed(0)} | ${previous ? exponent(previous, point).toFixed(2) : ""} |`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const fitted = fittedExponent(points);
  const heaviest = Math.max(...points.map((point) => point.mb));
  const largest = sizes.at(-1)!;
  const pages = pageWork(largest);
  console.log(
    `\nGrowth of check: N^${fitted.toFixed(2)} over ${sizes[0]}–${largest} steps (target ≤ N^${MAX_EXPONENT}); peak memory ${heaviest.toFixed(0)} MB (budget ${MAX_MEMORY_MB} MB).`,
  );
  console.log(`The phases on the way to each of ${largest} steps (every step page): ${pages.toFixed(0)} ms in all.`);
  console.log(budget("growth of check", `N^${fitted.toFixed(2)}`, fitted <= MAX_EXPONENT, `N^${MAX_EXPONENT}`));
  console.log(budget("peak memory", `${heaviest.toFixed(0)} MB`, heaviest <= MAX_MEMORY_MB, `${MAX_MEMORY_MB} MB`));
  return fitted <= MAX_EXPONENT && heaviest <= MAX_MEMORY_MB;
}

if (import.meta.main) {
  // `node bench/flow-scale.ts` runs both curves; `--check` or `--build` one of them.
  if (!process.argv.includes("--build")) await flowScale();
  if (!process.argv.includes("--check")) await buildScale();
}
