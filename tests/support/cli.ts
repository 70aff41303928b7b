import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

/** The project's own Node (≥ 22.18 runs TypeScript directly), whatever Node runs the tests. */
export const NODE = resolve("node_modules/.bin/node");
export const CLI = resolve("tools/cli.ts");

/**
 * Time limit for a test that starts the CLI: a process start costs up to a
 * few seconds of CPU on a loaded 2-core machine, so never vitest's 5 s default.
 */
export const CLI_TEST_TIMEOUT = 60_000;

/** Runs `routeboek <args>` to the end; `cwd` defaults to the repository. */
export function routeboek(args: string[], cwd?: string) {
  return spawnSync(NODE, [CLI, ...args], { encoding: "utf8", ...(cwd ? { cwd } : {}) });
}
