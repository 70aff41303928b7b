/**
 * Issue 20, bounded inputs (F3, F10): small Markdown structures that cost the
 * parser gigabytes or minutes, or drove a reader's recursion past the stack, are
 * refused at their line before the text is parsed, in every kind of Markdown the
 * content holds: a document, a flow, routeboek.md. Texts near the limits still read.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { readMarkdownDocument } from "../../pipeline/documents/markdown.ts";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { glossaryForRoutebook } from "../../pipeline/glossary/routebook.ts";
import { parseGlossary } from "../../pipeline/glossary/parse.ts";
import { MARKDOWN_LIMITS, markdownLimitProblems, ROUTEBOOK_MARKDOWN_MB } from "../../pipeline/markdown/limits.ts";
import { parseMarkdown } from "../../pipeline/markdown/parse.ts";
import { parseRoutebookMeta } from "../../pipeline/routebook.ts";
import { tempRoutebook } from "../support/hostile.ts";

const nestedList = (depth: number) => Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}- punt ${level}`).join("\n");
const nestedQuotes = (depth: number) => `${"> ".repeat(depth)}citaat`;
const nestedContainers = (depth: number) => `${":::let-op\n".repeat(depth)}Let op.\n${":::\n".repeat(depth)}`;
const nestedEmphasis = (depth: number) => `${"*".repeat(depth)}x${"*".repeat(depth)}`;
const alternatingEmphasis = (depth: number) => `${Array.from({ length: depth }, (_, i) => (i % 2 ? "_b " : "*a ")).join("")}einde`;
const table = (rows: number, columns: number) =>
  [`|${" k |".repeat(columns)}`, `|${" - |".repeat(columns)}`, ...Array.from({ length: rows }, () => `|${" c |".repeat(columns)}`)].join(
    "\n",
  );

/** Each hostile structure from the red team's report, with the words its problem must hold. */
const HOSTILE: [string, string, RegExp][] = [
  ["N04: a list nested 1,500 deep", nestedList(1500), /nest \d+ levels deep/],
  ["N02: 10,000 nested quotes", nestedQuotes(10_000), /nest 10000 levels deep/],
  ["N05: `:::` blocks nested 1,000 deep", nestedContainers(1000), /nest \d+ levels deep/],
  ["N03: emphasis 10,000 markers deep", nestedEmphasis(10_000), /emphasis .* nested more than 20/],
  ["N03b: alternating emphasis 5,000 deep", alternatingEmphasis(5000), /emphasis .* nested more than 20/],
  ["N06: a table of 5,000 rows and 50 columns", table(5000, 50), /this table has 250100 cells/],
  ["N07: a table of 100,000 columns", table(1, 100_000), /this table has 100000 columns/],
  ["5,000 nested link texts", `${"[".repeat(5000)}x${"](https://a.nl)".repeat(5000)}`, /square brackets are nested more than 20/],
  ["3,000 nested markers", `${":redactie[".repeat(3000)}x${"]".repeat(3000)}`, /square brackets are nested more than 20/],
  ["a list in quotes in `:::` blocks", `${":::let-op\n".repeat(8)}${"> ".repeat(8)}${"- ".repeat(8)}x\n`, /nest 24 levels deep/],
];

describe("Markdown beyond the content format's limits", () => {
  it.each(HOSTILE)("refuses %s in a document, at its line, without parsing it", (_, body, message) => {
    const { problems, text } = readMarkdownDocument([
      { file: "bronnen/werkwijze.md", source: `# Hoofdstuk 1: Werkwijze\n\nEerst.\n\n${body}\n` },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: "bronnen/werkwijze.md",
      line: expect.any(Number),
      message: expect.stringMatching(message),
    });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(5);
    expect(text.chapters).toEqual([]);
  });

  it.each(HOSTILE)("refuses %s in a step of a flow (N25) and in routeboek.md", (_, body, message) => {
    const flow = `---\ntitle: Proef\n---\n\n## Begin {#begin}\n\n${body}\n\n**Einde.**\n`;
    const parsed = parseFlow(flow, "flow.md");
    expect(parsed.problems).toEqual([expect.objectContaining({ file: "flow.md", message: expect.stringMatching(message) })]);
    expect(parsed.problems[0]!.line).toBeGreaterThanOrEqual(7);
    expect(parsed.flow).toBeUndefined();

    const meta = parseRoutebookMeta(`---\nid: proef\n---\n\n${body}\n`, "routeboek.md", "proef");
    expect(meta.problems).toEqual([expect.objectContaining({ file: "routeboek.md", message: expect.stringMatching(message) })]);
  });

  it.each(HOSTILE)("never parses %s, whoever asks: the glossary's scan reads nothing from it", (_, body) => {
    expect(parseMarkdown(body).children).toEqual([]);
    const empty = parseGlossary("", "begrippen.yml");
    const { warnings } = glossaryForRoutebook({
      shared: empty,
      own: empty,
      markdown: [{ file: "flow.md", source: `OPDC\n\n${body}\n` }],
      glossaryFiles: ["a.yml", "b.yml"],
    });
    expect(warnings).toEqual([]);
  });

  it("reads structures at the limits in every reader, and recursion over them stays far from the stack's end", () => {
    const depth = MARKDOWN_LIMITS.depth;
    const body = [
      nestedList(depth),
      nestedQuotes(depth),
      nestedEmphasis(MARKDOWN_LIMITS.emphasis / 2),
      table(MARKDOWN_LIMITS.cellsPerTable / MARKDOWN_LIMITS.columns - 2, MARKDOWN_LIMITS.columns),
      nestedContainers(depth - 1),
    ].join("\n\n");
    expect(markdownLimitProblems(body, "x.md")).toEqual([]);
    // What a code block holds is not Markdown structure.
    expect(markdownLimitProblems(`\`\`\`\n${nestedQuotes(500)}\n\`\`\`\n`, "x.md")).toEqual([]);
    const { problems, text } = readMarkdownDocument([{ file: "doc.md", source: `# Hoofdstuk 1: Diep\n\n${body}\n` }]);
    expect(problems).toEqual([]);
    expect(text.chapters[0]!.blocks.map((block) => block.type)).toEqual(
      expect.arrayContaining(["list", "quote", "paragraph", "table", "notice"]),
    );
  });

  it("counts the cells of all tables of a file, and keeps a frontmatter's YAML out of the scan", () => {
    const many = Array.from({ length: 7 }, () => table(30, 50)).join("\n\n");
    expect(markdownLimitProblems(many, "x.md")).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/more than 10000 cells together/) }),
    ]);
    const yaml = `---\nphases:\n${"        - a\n".repeat(3)}---\n\nTekst.\n`;
    expect(markdownLimitProblems(yaml, "flow.md")).toEqual([]);
  });

  it("leaves every Markdown file of the real content within the limits", async () => {
    const { readFile } = await import("node:fs/promises");
    const { globSync } = await import("node:fs");
    const files = globSync("content/**/*.md");
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(markdownLimitProblems(await readFile(file, "utf8"), file)).toEqual([]);
  });
});

describe("all Markdown of one routebook together", () => {
  it("refuses the document that takes the routebook past its budget, though each file is under its own limit", async () => {
    const documents = ["een", "twee"].map((name) => `  - alias: ${name}\n    title: ${name}\n    markdown: bronnen/${name}.md\n`);
    const { content, dir } = await tempRoutebook({ documents: documents.join("") });
    // Each 13 MB, under the 16 MB of one file; the first is refused for its table before it is parsed, so this is quick.
    const filler = (head: string) => `# Hoofdstuk 1: X\n\n${head}\n\n${"woord ".repeat((13 * 1024 * 1024) / 6)}\n`;
    await writeFile(join(dir, "bronnen/een.md"), filler(table(1, 100)));
    await writeFile(join(dir, "bronnen/twee.md"), filler(table(1, 100)));
    const { problems } = await readContent(content);
    const messages = problems.map((problem) => `${problem.file.replace(/.*\/proef\//, "")}: ${problem.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^bronnen\/een\.md: this table has 100 columns/));
    expect(messages).toContainEqual(
      `bronnen/twee.md: takes the routebook's Markdown past the ${ROUTEBOOK_MARKDOWN_MB} MB all its files together may have`,
    );
  }, 120_000);
});
