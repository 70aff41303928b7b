/**
 * How `routeboek check` grows with the size of a flow (issue 13, item 8): a
 * synthetic routebook of N steps (bench/large-flow.ts) for N = 500 … 20,000,
 * each checked in its own process. Prints the wall time and peak memory per N,
 * the growth exponent between neighbours (1 is linear, 2 quadratic) and over
 * the whole curve (least squares on log time against log N). Also the step
 * pages' own per-step work (the phases on the way to every step) in this process. Fails (exit code 1) when the curve grows faster than
 * N^1.25 or a check needs more than 1 GB.
 */
import { budget } from "./measure.ts";
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { parseFlow } from "../pipeline/flow/parse.ts";
import { phasesUpTo } from "../pipeline/phases/route.ts";
import { largeFlowMarkdown, writeLargeFlowContent } from "./large-flow.ts";

const SIZES = [500, 1_000, 2_000, 5_000, 20_000];
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
  const result = spawnSync("node", ["--import", REPORT_MEMORY, "pipeline/cli.ts", "check", "--content", content], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
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
  console.log(`\nGrowth of check: N^${fitted.toFixed(2)} over ${sizes[0]}–${largest} steps (target ≤ N^${MAX_EXPONENT}); peak memory ${heaviest.toFixed(0)} MB (budget ${MAX_MEMORY_MB} MB).`);
  console.log(`The phases on the way to each of ${largest} steps (every step page): ${pages.toFixed(0)} ms in all.`);
  console.log(budget("growth of check", `N^${fitted.toFixed(2)}`, fitted <= MAX_EXPONENT, `N^${MAX_EXPONENT}`));
  console.log(budget("peak memory", `${heaviest.toFixed(0)} MB`, heaviest <= MAX_MEMORY_MB, `${MAX_MEMORY_MB} MB`));
  return fitted <= MAX_EXPONENT && heaviest <= MAX_MEMORY_MB;
}

if (import.meta.main) await flowScale();
