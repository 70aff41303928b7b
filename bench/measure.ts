/**
 * Measuring helpers shared by the benches: paired, interleaved rounds (A B,
 * B A, A B …, so drift on a busy machine hits both sides alike), medians with
 * their range, CPU time next to wall time, and Markdown tables. Budgets are
 * reported as met or not met; nothing here decides an exit code.
 */
import { readFileSync } from "node:fs";

/** One timed run: wall time and the CPU time of this process and of the child processes it waited for. */
export interface Sample {
  wallMs: number;
  cpuMs: number;
}

/** Clock ticks per second of /proc's times; 100 on Linux unless the kernel was built otherwise. */
const TICKS = 100;

/** CPU time of finished child processes (Linux: /proc/self/stat cutime + cstime); 0 where /proc is missing. */
function childCpuMs(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
  } catch {
    return 0;
  }
}

const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Collects garbage between samples when node runs with --expose-gc, so one side does not pay for the other's garbage. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Runs `work` once and times it. */
export async function sample(work: () => Promise<unknown> | unknown): Promise<Sample> {
  collect();
  const cpu = ownCpuMs() + childCpuMs();
  const started = performance.now();
  await work();
  return { wallMs: performance.now() - started, cpuMs: ownCpuMs() + childCpuMs() - cpu };
}

export interface Paired {
  a: Sample[];
  b: Sample[];
}

/**
 * Runs A and B `pairs` times, interleaved: A then B in even pairs, B then A
 * in odd ones. `prepare` runs before every sample (outside the timing), e.g.
 * to clear a cache for a cold run.
 */
export async function interleaved(
  a: () => Promise<unknown> | unknown,
  b: () => Promise<unknown> | unknown,
  options: { pairs?: number; prepareA?: () => Promise<unknown> | unknown; prepareB?: () => Promise<unknown> | unknown } = {},
): Promise<Paired> {
  const pairs = Math.max(5, options.pairs ?? 5);
  const result: Paired = { a: [], b: [] };
  const runA = async () => {
    await options.prepareA?.();
    result.a.push(await sample(a));
  };
  const runB = async () => {
    await options.prepareB?.();
    result.b.push(await sample(b));
  };
  for (let pair = 0; pair < pairs; pair++) {
    if (pair % 2 === 0) {
      await runA();
      await runB();
    } else {
      await runB();
      await runA();
    }
  }
  return result;
}

/** Median and range of some numbers. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

/** B / A per pair (each pair ran under the same conditions), for wall and CPU time. */
export function ratios(paired: Paired): { wall: Spread; cpu: Spread } {
  const per = (key: keyof Sample) => spread(paired.a.map((a, index) => paired.b[index]![key] / a[key]));
  return { wall: per("wallMs"), cpu: per("cpuMs") };
}

/** "1234 (1200–1300)": a median with its range, in ms or any unit `digits` suits. */
export function formatSpread(value: Spread, digits = 0, unit = ""): string {
  const f = (n: number) => n.toFixed(digits);
  return `${f(value.median)}${unit} (${f(value.min)}–${f(value.max)})`;
}

export const wallOf = (samples: readonly Sample[]) => spread(samples.map((s) => s.wallMs));
export const cpuOf = (samples: readonly Sample[]) => spread(samples.map((s) => s.cpuMs));

/** A Markdown table. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A budget's verdict, as a line of the report: never an exit code. */
export function budget(what: string, value: string, met: boolean, limit: string): string {
  return `${met ? "met" : "NOT MET"}: ${what} ${value} (budget ${limit})`;
}
