/**
 * `routeboek check` at the flow's size limit (issue 23): a synthetic routebook
 * (bench/large-flow.ts) of N = 500, 1,000 and 2,000 steps (FLOW_LIMITS.steps),
 * each checked in its own process. Prints the CPU time (user + system of the
 * check's process, the garbage collector's threads included), wall time and
 * peak memory per N and the growth exponent of CPU time between neighbours, then
 * the CPU time of the 2,000-step check (median of three) against its 5 s target
 * and its peak memory against 1 GB, and how quickly a flow one step over the
 * limit is refused. Also the step pages' own per-step work (the phases on the way
 * to every step) in this process, and the whole `npm run build` (content check,
 * Astro with the search index, internal link check) for 1,000 and 2,000 steps.
 * Never sets the exit code. The decision behind the limit and its figures:
 * docs/decisions/0006-flow-step-limit.md.
 */
import { budget, formatSpread, spread } from "./measure.ts";
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { parseFlow } from "../pipeline/flow/parse.ts";
import { FLOW_LIMITS } from "../pipeline/markdown/limits.ts";
import { phasesUpTo } from "../pipeline/phases/route.ts";
import { largeFlowMarkdown, writeLargeFlowContent } from "./large-flow.ts";

const LIMIT = FLOW_LIMITS.steps;
const SIZES = [500, 1_000, LIMIT];
const BUILD_SIZES = [1_000, LIMIT];
/** Checks of the flow at the limit, for a median. */
const ROUNDS_AT_LIMIT = 3;
const MAX_CPU_S = 5;
const MAX_MEMORY_MB = 1024;

/** Prints the CPU time (µs, all threads) and peak resident memory of the check's process when it exits. */
const REPORT_USAGE =
  "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nusage '+(u.userCPUTime+u.systemCPUTime)+' '+u.maxRSS+'\\n')})";

interface Point {
  steps: number;
  cpuS: number;
  wallS: number;
  mb: number;
}

/** One `routeboek check` of a content folder in its own process: its CPU time, wall time, peak memory and exit code. */
function checkOnce(content: string, steps: number): Point & { status: number | null; output: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", REPORT_USAGE, "tools/cli.ts", "check", "--content", content], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallS = (performance.now() - started) / 1000;
  const usage = /usage (\d+) (\d+)/.exec(result.stderr ?? "");
  return {
    steps,
    cpuS: Number(usage?.[1] ?? Number.NaN) / 1e6,
    wallS,
    mb: Number(usage?.[2] ?? Number.NaN) / 1024,
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
  };
}

/** A check that must pass. */
function validCheck(content: string, steps: number): Point {
  const point = checkOnce(content, steps);
  if (point.status !== 0) throw new Error(`check of ${content} failed:\n${point.output.slice(0, 2000)}`);
  return point;
}

const exponent = (a: Point, b: Point) => Math.log(b.cpuS / a.cpuS) / Math.log(b.steps / a.steps);

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
  const result = spawnSync("/usr/bin/time", ["-f", "BENCH-TIME %e %U %S %M", process.execPath, "tools/build/build.ts", "--force"], {
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

/** Runs the checks and prints them with their budgets as met or not; returns whether both are met. Never sets the exit code: figures, not a verdict. */
export async function flowScale(sizes: readonly number[] = SIZES): Promise<boolean> {
  const work = await mkdtemp(".build/bench-flow-");
  const points: Point[] = [];
  const atLimit: Point[] = [];
  let refused: ReturnType<typeof checkOnce> | undefined;
  try {
    console.log("\n`routeboek check` of a synthetic flow of N steps (bench/large-flow.ts), each in its own process:\n");
    console.log(
      "| steps | flow.md | CPU (s) | wall (s) | peak memory (MB) | CPU exponent since previous |\n| --- | --- | --- | --- | --- | --- |",
    );
    for (const steps of sizes) {
      const content = await writeLargeFlowContent(join(work, String(steps)), steps);
      const point = validCheck(content, steps);
      const previous = points.at(-1);
      points.push(point);
      if (steps === LIMIT) {
        atLimit.push(point);
        for (let round = 1; round < ROUNDS_AT_LIMIT; round++) atLimit.push(validCheck(content, steps));
      }
      const size = `${(largeFlowMarkdown(steps).length / 1024 / 1024).toFixed(1)} MB`;
      console.log(
        `| ${steps} | ${size} | ${point.cpuS.toFixed(2)} | ${point.wallS.toFixed(2)} | ${point.mb.toFixed(0)} | ${previous ? exponent(previous, point).toFixed(2) : ""} |`,
      );
    }
    refused = checkOnce(await writeLargeFlowContent(join(work, "over"), LIMIT + 1), LIMIT + 1);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const cpu = spread(atLimit.map((point) => point.cpuS));
  const heaviest = Math.max(...points.map((point) => point.mb), ...atLimit.map((point) => point.mb));
  const pages = pageWork(sizes.at(-1)!);
  console.log(`\nThe phases on the way to each of ${sizes.at(-1)} steps (every step page): ${pages.toFixed(0)} ms in all.`);
  if (refused) {
    const said = refused.status === 1 && /more than the \d+ steps a flow may have/.test(refused.output);
    console.log(
      `A flow of ${LIMIT + 1} steps: ${said ? "refused" : "NOT refused"} by check in ${refused.cpuS.toFixed(2)} s of CPU (exit code ${refused.status}).`,
    );
  }
  const cpuMet = atLimit.length === 0 || cpu.median <= MAX_CPU_S;
  if (atLimit.length) {
    console.log(
      budget(
        `CPU time of check at the limit, ${LIMIT} steps (median of ${atLimit.length}, s):`,
        `${formatSpread(cpu, 2)} = ${((cpu.median / MAX_CPU_S) * 100).toFixed(0)} % of the target`,
        cpuMet,
        `${MAX_CPU_S} s`,
      ),
    );
  }
  console.log(budget("peak memory of check", `${heaviest.toFixed(0)} MB`, heaviest <= MAX_MEMORY_MB, `${MAX_MEMORY_MB} MB`));
  return cpuMet && heaviest <= MAX_MEMORY_MB;
}

if (import.meta.main) {
  // `node bench/flow-scale.ts` runs both parts; `--check` or `--build` one of them.
  if (!process.argv.includes("--build")) await flowScale();
  if (!process.argv.includes("--check")) await buildScale();
}
