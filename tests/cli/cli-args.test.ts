import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_TEST_TIMEOUT, routeboek } from "../support/cli.ts";

/** A usage error: exit 2, nothing on stdout, the problem and then the command's usage on stderr. */
function expectUsageError(result: ReturnType<typeof routeboek>, command: string, problem: string) {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stdout).toBe("");
  const [first, usage] = result.stderr.split("\n");
  expect(first).toBe(problem);
  expect(usage).toMatch(new RegExp(`^Usage: routeboek ${command} `));
  expect(result.stderr).toContain(`Run "routeboek ${command} --help" for its options.\n`);
}

describe("routeboek usage errors (exit 2)", { timeout: CLI_TEST_TIMEOUT }, () => {
  it("rejects a misspelt option instead of ignoring it, and suggests the right one", () => {
    expectUsageError(routeboek(["check", "--contnet", "x"]), "check", 'unknown option "--contnet" (did you mean "--content"?)');
  });

  it("rejects an unknown option of any command", () => {
    expectUsageError(
      routeboek(["extract", "tests/fixtures/pdf/out/outline.pdf", "--jsn"]),
      "extract",
      'unknown option "--jsn" (did you mean "--json"?)',
    );
    expectUsageError(routeboek(["schemas", "-x"]), "schemas", 'unknown option "-x"');
  });

  it("rejects an option without its value", () => {
    expectUsageError(routeboek(["check", "--content"]), "check", "--content needs a value (--content <dir>)");
  });

  it("does not take the next option as a value, so `links --report --fail-on broken` writes no folder `--fail-on`", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "routeboek-cli-"));
    const result = routeboek(["links", "--report", "--fail-on", "broken"], cwd);
    expectUsageError(result, "links", '--report needs a value (--report <dir>), but "--fail-on" follows it');
    expect(existsSync(join(cwd, "--fail-on"))).toBe(false);
  });

  it("rejects a value given to an option that takes none, and arguments a command does not take", () => {
    expectUsageError(routeboek(["extract", "a.pdf", "--json=yes"]), "extract", '--json takes no value, but was given "yes"');
    expectUsageError(routeboek(["check", "sppoh-po", "content"]), "check", 'unexpected argument "content"');
    expectUsageError(routeboek(["extract", "a.pdf", "b.pdf"]), "extract", 'unexpected argument "b.pdf"');
    expectUsageError(routeboek(["extract"]), "extract", "missing argument <file.pdf>");
  });

  it("rejects values that are not numbers, levels or rewrite rules before reading any content", () => {
    expectUsageError(routeboek(["links", "--per-host", "0"]), "links", '--per-host takes a positive number, not "0"');
    expectUsageError(routeboek(["links", "--max-time", "soon"]), "links", '--max-time takes a positive number, not "soon"');
    expectUsageError(routeboek(["links", "--fail-on", "soms"]), "links", '--fail-on takes broken, moved, any, not "soms"');
  });

  it("asks import-tool for exactly one of --json and --out", () => {
    const file = "tests/fixtures/tool/out/sppoh-portrait.pdf";
    expectUsageError(routeboek(["import-tool", file]), "import-tool", "give either --json or --out <dir>");
    expectUsageError(routeboek(["import-tool", file, "--json", "--out", "x"]), "import-tool", "give either --json or --out <dir>");
  });

  it("names an unknown command, suggests a near one and lists them all", () => {
    const result = routeboek(["chek"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Unknown command "chek"\. Did you mean "check"\?\n\nUsage: routeboek <command>/);
  });
});

describe("routeboek --help (exit 0, on stdout)", { timeout: CLI_TEST_TIMEOUT }, () => {
  it("lists every command", () => {
    for (const args of [["--help"], ["help"], ["-h"]]) {
      const result = routeboek(args);
      expect(result.status).toBe(0);
      for (const command of ["check", "extract", "import-tool", "links", "schemas"])
        expect(result.stdout).toContain(`routeboek ${command} `);
      expect(result.stdout).toContain("Exit codes: 0");
    }
  });

  it("gives each command's usage and options", () => {
    const options: Record<string, string[]> = {
      check: ["--content <dir>"],
      extract: ["--json"],
      "import-tool": ["--json", "--out <dir>"],
      links: [
        "--content <dir>",
        "--report <dir>",
        "--fail-on broken|moved|any",
        "--per-host <n>",
        "--timeout <s>",
        "--max-time <s>",
        "--rewrite <from>=<to>",
      ],
      schemas: ["--out <dir>"],
    };
    for (const [command, flags] of Object.entries(options)) {
      for (const args of [
        [command, "--help"],
        ["help", command],
        [command, "-h"],
      ]) {
        const result = routeboek(args);
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toMatch(new RegExp(`^Usage: routeboek ${command} `));
        for (const flag of [...flags, "-h, --help"]) expect(result.stdout).toContain(`\n  ${flag} `);
      }
    }
  });
});

describe("routeboek with a content folder that cannot be read (exit 1)", { timeout: CLI_TEST_TIMEOUT }, () => {
  const hint = "    → give the content folder with --content <dir> or ROUTEBOEK_CONTENT (default: content)\n";

  it("says which folder is missing, with a hint and without a stack trace", () => {
    for (const command of ["check", "links"]) {
      const result = routeboek([command, "--content", "nope"]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr.startsWith(`nope: the content folder does not exist\n${hint}`), result.stderr).toBe(true);
    }
  });

  it("says when the path is a file", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "routeboek-cli-")), "content");
    await writeFile(file, "");
    const result = routeboek(["check", "--content", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${file}: the content folder is a file, not a folder\n${hint}\n1 problem found.\n`);
  });
});

describe("routeboek schemas", { timeout: CLI_TEST_TIMEOUT }, () => {
  it("says it writes into schemas/ when no --out is given", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "routeboek-cli-"));
    const result = routeboek(["schemas"], cwd);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^Writing into schemas\/ \(the default; --out <dir> writes elsewhere\)\.\nWrote schemas\/routeboek\.schema\.json\n/,
    );
    expect(existsSync(join(cwd, "schemas", "flow.schema.json"))).toBe(true);
  });
});
