import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DOCUMENTS } from "../fixtures/pdf/spec.ts";
import { CLI_TEST_TIMEOUT } from "../support/cli.ts";

const run = (...args: string[]) => spawnSync("node", ["tools/cli.ts", "extract", ...args], { encoding: "utf8" });

describe("routeboek extract", { timeout: CLI_TEST_TIMEOUT }, () => {
  it("prints Document JSON as the contract in docs/commands.md says", () => {
    const result = run("tests/fixtures/pdf/out/outline.pdf", "--json");
    expect(result.status, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout);
    const spec = DOCUMENTS.find((candidate) => candidate.file === "outline.pdf")!;
    expect(document).toMatchObject({ title: spec.title, pageCount: spec.pageCount, headings: spec.headings });
    expect(Object.keys(document)).toEqual(expect.arrayContaining(["title", "pageCount", "headings", "chapters", "pages", "links"]));
    expect(document.pages[0]).toEqual({ page: 1, text: expect.stringContaining("Hoofdstuk 1: Inleiding") });
  });

  it("exits 1 with a one-line reason and a hint for an encrypted PDF", () => {
    const result = run("tests/fixtures/pdf/out/bad/encrypted-user.pdf", "--json");
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^tests\/fixtures\/pdf\/out\/bad\/encrypted-user\.pdf: needs a password to open\n {4}→ save a copy without a password/,
    );
  });

  it("warns about a page that needs OCR and still extracts the rest", () => {
    const result = run("tests/fixtures/pdf/out/bad/image-only-page.pdf", "--json");
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("page 2: has no text layer, only images: it needs OCR");
    expect(JSON.parse(result.stdout).pageCount).toBe(3);
  });
});

describe("CLI usage errors", { timeout: CLI_TEST_TIMEOUT }, () => {
  it("names a path that is a folder instead of printing a stack trace", () => {
    const result = run("content");
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("content: is a folder, not a PDF\n    → give the path of a PDF file\n");
  });

  it("rejects options that are not numbers or rewrite rules with exit code 2", () => {
    const links = (...args: string[]) => spawnSync("node", ["tools/cli.ts", "links", ...args], { encoding: "utf8" });
    const timeout = links("--timeout", "abc");
    expect(timeout.status).toBe(2);
    expect(timeout.stderr).toMatch(/^--timeout takes a positive number, not "abc"\nUsage: routeboek links /);
    expect(links("--rewrite", "foo=")).toMatchObject({ status: 2 });
    expect(links("--fail-on", "soms")).toMatchObject({ status: 2 });
  });
});
