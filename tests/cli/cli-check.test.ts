import { cp, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkReport, forRoutebook } from "../../tools/cli/check-report.ts";
import type { ContentResult } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import type { Problem } from "../../pipeline/problems/problems.ts";
import { CLI_TEST_TIMEOUT, routeboek } from "../support/cli.ts";
import { FIXTURE_CONTENT } from "../support/build-site.ts";

const book = (id: string, steps: number) => ({ id, flow: { steps: Array.from({ length: steps }, () => ({})) } }) as unknown as Routebook;
const unverifiedAt = (file: string, line: number): Problem => ({
  file,
  line,
  column: 3,
  message: '"X, Hoofdstuk 1": no file of "X" in the content',
  hint: "add its PDF",
});
const many = Array.from({ length: 91 }, (_, i) => unverifiedAt("content/a/flow.md", i + 1));
const clean: ContentResult = { routebooks: [book("a", 3), book("b", 2)], problems: [], warnings: [], unverified: many };

describe("routeboek check: what it prints", () => {
  it("sums up the references it could not verify in one line, and lists them only with --verbose", () => {
    const quiet = checkReport(clean, { verbose: false, json: false });
    expect(quiet).toEqual({
      code: 0,
      stdout: "All content is valid: 2 routebook(s), 5 steps.\n",
      stderr: "91 references are not verified: their documents have no file in the content (details: routeboek check --verbose)\n",
    });
    const verbose = checkReport(clean, { verbose: true, json: false }).stderr.trimEnd().split("\n");
    expect(verbose).toHaveLength(92);
    expect(verbose[1]).toBe('  content/a/flow.md:1:3: "X, Hoofdstuk 1": no file of "X" in the content');
  });

  it("prints every problem, warning and note as JSON with the same exit code, and nothing else", () => {
    const error: Problem = {
      file: "content/a/flow.md",
      line: 11,
      column: 3,
      message: 'option "Volgende" leads to step "gesprk", which does not exist',
      hint: 'did you mean "gesprek"?',
    };
    const warning: Problem = { file: "content/a/bronnen/a.pdf", page: 2, message: "page 2 has no text" };
    const output = checkReport(
      { ...clean, problems: [error], warnings: [warning], unverified: many.slice(0, 1) },
      { verbose: false, json: true },
    );
    expect(output.code).toBe(1);
    expect(output.stderr).toBe("");
    expect(JSON.parse(output.stdout)).toEqual({
      valid: false,
      routebooks: 2,
      steps: 5,
      problems: [
        {
          severity: "error",
          file: "content/a/flow.md",
          line: 11,
          column: 3,
          page: null,
          message: error.message,
          hint: error.hint,
        },
        {
          severity: "warning",
          file: "content/a/bronnen/a.pdf",
          line: null,
          column: null,
          page: 2,
          message: warning.message,
          hint: null,
        },
        {
          severity: "note",
          file: "content/a/flow.md",
          line: 1,
          column: 3,
          page: null,
          message: many[0]!.message,
          hint: "add its PDF",
        },
      ],
    });
    expect(checkReport(clean, { verbose: false, json: true }).code).toBe(0);
  });

  it("narrows the result to one routebook's folder and the shared files", () => {
    const at = (file: string): Problem => ({ file, message: file });
    const result: ContentResult = {
      routebooks: [book("a", 3), book("ab", 2)],
      problems: [at("content/a/flow.md"), at("content/ab/flow.md"), at("content/begrippen.yml"), at("content/a")],
      warnings: [at("content/ab/routeboek.md")],
      unverified: [at("content/a/bronnen/x.md")],
    };
    const narrowed = forRoutebook(result, "content", "a", ["a", "ab"]);
    expect(narrowed.routebooks.map((routebook) => routebook.id)).toEqual(["a"]);
    expect(narrowed.problems.map((problem) => problem.file)).toEqual(["content/a/flow.md", "content/begrippen.yml", "content/a"]);
    expect(narrowed.warnings).toEqual([]);
    expect(narrowed.unverified).toHaveLength(1);
    expect(checkReport(narrowed, { routebook: "a", verbose: false, json: false }).stdout).toBe("");
    expect(checkReport({ ...narrowed, problems: [] }, { routebook: "a", verbose: false, json: false }).stdout).toBe(
      'Routebook "a" is valid: 3 steps.\n',
    );
  });
});

describe("routeboek check <routebook-id> and --json", { timeout: CLI_TEST_TIMEOUT }, () => {
  let content: string;
  beforeAll(async () => {
    content = await mkdtemp(join(tmpdir(), "routeboek-check-"));
    await cp(FIXTURE_CONTENT, content, { recursive: true });
    // A second routebook with the newcomer's mistake: a misspelt target.
    await cp(join(content, "proef-po"), join(content, "proef-vo"), { recursive: true });
    const meta = join(content, "proef-vo", "routeboek.md");
    await writeFile(meta, (await readFile(meta, "utf8")).replace("id: proef-po", "id: proef-vo"));
    const flow = join(content, "proef-vo", "flow.md");
    await writeFile(flow, (await readFile(flow, "utf8")).replace("](#passend)", "](#pasend)"));
  });

  it("checks one routebook: the other's problems are not its own", () => {
    const good = routeboek(["check", "proef-po", "--content", content]);
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toBe('Routebook "proef-po" is valid: 4 steps.\n');
    const bad = routeboek(["check", "proef-vo", "--content", content, "--json"]);
    expect(bad.status, bad.stderr).toBe(1);
    const errors = JSON.parse(bad.stdout).problems.filter((problem: { severity: string }) => problem.severity === "error");
    // One mistake, one problem: the cause, not the steps it cut off.
    expect(errors).toEqual([
      expect.objectContaining({
        file: join(content, "proef-vo/flow.md"),
        message: expect.stringContaining('"pasend"'),
        hint: 'did you mean "passend"?',
      }),
    ]);
  });

  it("names an unknown routebook in one line, with a did-you-mean, before reading the content", () => {
    const result = routeboek(["check", "proef-pp", "--content", content]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `${content}: no routebook "proef-pp" (did you mean "proef-po"?)\n    → give the id of one of its routebook folders: proef-po, proef-vo\n`,
    );
  });

  it("knows the routebooks by the content check's one rule: a dot-folder or a linked folder is none", async () => {
    await cp(join(content, "proef-po"), join(content, ".proef-oud"), { recursive: true });
    await symlink(join(content, "proef-po"), join(content, "proef-link"));
    for (const id of [".proef-oud", "proef-link"]) {
      const result = routeboek(["check", id, "--content", content]);
      expect(result.status, result.stdout).toBe(1);
      expect(result.stderr).toContain(`${content}: no routebook "${id}"`);
      expect(result.stderr).toContain("routebook folders: proef-po, proef-vo\n");
    }
  });
});
