import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CLI_TEST_TIMEOUT } from "../support/cli.ts";

const PDF = "tests/fixtures/pdf/out/outline.pdf";

/**
 * The commands in docs/commands.md for machine-readable output, run exactly as written:
 * their stdout must be JSON and nothing else (plain `npm run` adds its banner).
 */
describe("--json through the commands docs/commands.md gives", { timeout: CLI_TEST_TIMEOUT }, () => {
  it.each([
    ["npm", ["run", "-s", "routeboek", "--", "extract", PDF, "--json"]],
    ["node_modules/.bin/node", ["tools/cli.ts", "extract", PDF, "--json"]],
  ])("%s %j prints parseable JSON", (command, args) => {
    const result = spawnSync(command, args, { encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ title: expect.any(String), pageCount: 6 });
  });
});
