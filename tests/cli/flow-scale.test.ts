/**
 * Issue 13, item 8, and issue 23: `check` grew with the square of a flow's steps
 * (micromark's edit step, the phases on the way to each step, lookups per option).
 * Since issue 23 a flow has at most FLOW_LIMITS.steps steps (2,000). These tests
 * hold the properties, never a time or a peak memory: the fast paths give the
 * same results as the plain ones, a flow at the limit is read, checked and its
 * phases found, and a larger one is refused. How long the check of a flow at the
 * limit takes, against its 5 s CPU target, is in `npm run bench` (bench/flow-scale.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it, vi } from "vitest";
import { largeFlowMarkdown, writeLargeFlowContent } from "../../bench/large-flow.ts";
import { readContent } from "../../pipeline/content.ts";
import { FLOW_LIMITS } from "../../pipeline/markdown/limits.ts";
import { parseMarkdown, parseMarkdownPieces } from "../../pipeline/markdown/parse.ts";
import { phasesUpTo } from "../../pipeline/phases/route.ts";
import { CLI_TEST_TIMEOUT, NODE, routeboek } from "../support/cli.ts";

/** Every text given to the Markdown parser (pipeline/markdown/parse.ts), which is the pipeline's only way to parse Markdown. */
const { parsed } = vi.hoisted(() => ({ parsed: [] as string[] }));
vi.mock("../../pipeline/markdown/parse.ts", async (original) => {
  const real = await original<typeof import("../../pipeline/markdown/parse.ts")>();
  return {
    ...real,
    parseMarkdown: (source: string, pieceSize?: number) => {
      parsed.push(source);
      return real.parseMarkdown(source, pieceSize);
    },
    parseMarkdownPieces: (source: string, pieceSize?: number) => {
      parsed.push(source);
      return real.parseMarkdownPieces(source, pieceSize);
    },
  };
});

/** One parse of the whole text, as the pipeline did before it parsed in pieces. */
const whole = (source: string): Root =>
  unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).use(remarkDirective).parse(source);

async function markdownFiles(root: string): Promise<string[]> {
  const names = await readdir(root, { recursive: true });
  return names.filter((name) => name.endsWith(".md")).map((name) => join(root, name));
}

describe("parsing in pieces", () => {
  it("gives the same tree as one parse for every Markdown file of the content and the fixtures, cut at every heading", async () => {
    const files = [...(await markdownFiles("content")), ...(await markdownFiles("tests/fixtures/content"))];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = await readFile(file, "utf8");
      expect(parseMarkdown(source, 1), file).toEqual(whole(source));
    }
  });

  it("gives the same tree for a synthetic flow, in pieces of any size", () => {
    const source = largeFlowMarkdown(120);
    const one = whole(source);
    for (const size of [1, 500, 4096]) expect(parseMarkdown(source, size)).toEqual(one);
    expect([...parseMarkdownPieces(source, 4096)].length).toBeGreaterThan(5);
  });

  // Each case has a line starting with "#" that one parse does not read as a top-level heading.
  const cases: Record<string, string> = {
    "a fenced code block": "# A\n\n```\ntext\n## not a heading\n```\n\n## B\n\ntext\n",
    "a fence in a list item, then a fence at the top": "# A\n\n- item\n  ```\n\n```\n## inside the second fence\n```\n\n## B\n",
    "an HTML comment": "# A\n\n<!-- a note\n## still the note\n-->\n\n## B\n",
    "an HTML block": "# A\n\n<div>\n## part of the block\n</div>\n\n## B\n",
    "a directive": "# A\n\n:::let-op\ntext\n## inside\n:::\n\n## B\n",
    "a table": "# A\n\n| a | b |\n| - | - |\n| 1 | 2 |\n## after the table\n\ntext\n",
    "frontmatter with a comment": "---\ntitle: x\n## a YAML comment\nstart: a\n---\n\n## A {#a}\n\ntext\n",
    "a footnote defined under another heading": "# A\n\nText[^1].\n\n## B\n\n[^1]: The note.\n\n## C\n",
    "a reference defined under another heading": "# A\n\nSee [the site].\n\n## B\n\n[the site]: https://example.org\n",
    "an unclosed fence": "# A\n\n```\n## one\n## two\n## three\n",
  };
  for (const [name, source] of Object.entries(cases)) {
    it(`gives the same tree as one parse around ${name}`, () => {
      expect(parseMarkdown(source, 1)).toEqual(whole(source));
    });
  }
});

describe("parsing a flow once", () => {
  it("reads flow.md's Markdown once per check: the glossary's scan uses the flow reader's tree", { timeout: 60_000 }, async () => {
    const content = await writeLargeFlowContent(await mkdtemp(join(tmpdir(), "routeboek-once-")), 200);
    try {
      const flow = await readFile(join(content, "groot-po", "flow.md"), "utf8");
      parsed.length = 0;
      await readContent(content);
      // Before, the glossary parsed the flow again. Every parse goes through pipeline/markdown/parse.ts.
      expect(parsed.filter((text) => text === flow)).toHaveLength(1);
      expect(parsed.length).toBeGreaterThan(1);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it("keeps no record of the flow's validation alive with the flow", { timeout: 120_000 }, () => {
    // zod's memoizer kept every rich-text node of the last parse, failed union alternatives included,
    // for as long as the flow lived: 16 kB a step in all. The flow itself needs about 6 kB a step.
    const script = [
      `import { parseFlow } from ${JSON.stringify(resolve("pipeline/flow/parse.ts"))};`,
      `import { largeFlowMarkdown } from ${JSON.stringify(resolve("bench/large-flow.ts"))};`,
      `const steps = ${FLOW_LIMITS.steps};`,
      "const source = largeFlowMarkdown(steps);",
      // A small flow first, so what the first parse sets up once is not counted per step.
      "parseFlow(largeFlowMarkdown(20), 'warm.md');",
      "gc(); const before = process.memoryUsage().heapUsed;",
      "globalThis.kept = parseFlow(source, 'flow.md');",
      "gc(); const after = process.memoryUsage().heapUsed;",
      "console.log(JSON.stringify({ bytesPerStep: Math.round((after - before) / steps), valid: globalThis.kept.flow !== undefined }));",
    ].join("\n");
    const result = spawnSync(NODE, ["--expose-gc", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    const { bytesPerStep, valid } = JSON.parse(result.stdout) as { bytesPerStep: number; valid: boolean };
    expect(valid).toBe(true);
    expect(bytesPerStep).toBeLessThan(10_000);
  });
});

describe(`a flow at the limit of ${FLOW_LIMITS.steps} steps, and over it`, () => {
  const LIMIT = FLOW_LIMITS.steps;

  it(`is checked by \`routeboek check\` at ${LIMIT} steps`, { timeout: 120_000 }, async () => {
    // How long it takes and how much memory, against the 5 s CPU target and 1 GB: `npm run bench -- --only flow-scale`.
    const content = await writeLargeFlowContent(await mkdtemp(join(tmpdir(), "routeboek-scale-")), LIMIT);
    try {
      const result = routeboek(["check", "--content", content]);
      expect(result.stderr).toBe("");
      expect(result.stdout).toContain(`All content is valid: 1 routebook(s), ${LIMIT} steps.`);
      expect(result.status).toBe(0);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it("refuses the 20,000-step flow that issue 13 checked, at its step 2,001, without reading it further", {
    timeout: CLI_TEST_TIMEOUT,
  }, async () => {
    const content = await writeLargeFlowContent(await mkdtemp(join(tmpdir(), "routeboek-scale-")), 20_000);
    try {
      const result = routeboek(["check", "--content", content]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(
          `groot-po/flow\\.md:\\d+:1: this heading starts step ${LIMIT + 1} of the flow, more than the ${LIMIT} steps a flow may have\n`,
        ),
      );
      expect(result.stderr).not.toMatch(/^\s+at /m);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it("has the phases on the way to each of its steps found, as every step page asks", () => {
    // A chain through phases 2, 3a and 3b with a loop back every sixth step, built as data: this is about phasesUpTo, not parsing.
    const n = LIMIT;
    const phase = (i: number) => ({ name: i < n / 3 ? "2" : i < (2 * n) / 3 ? "3a" : "3b", duration: "1 week" });
    const options = (i: number) => (i === n - 1 ? [] : [{ to: `s${i + 1}` }, ...(i % 6 === 5 ? [{ to: `s${i - 5}` }] : [])]);
    const flow = {
      start: "s0",
      phases: [],
      steps: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, phase: phase(i), options: options(i) })),
    };
    const names = flow.steps.map((step) =>
      phasesUpTo(flow as unknown as Parameters<typeof phasesUpTo>[0], step.id)
        .map((found) => found.name)
        .join(" "),
    );
    // Phase 2 lies before every later step; 3b only after the second third.
    expect({ first: names[0], middle: names[n / 2], last: names.at(-1), count: names.length }).toEqual({
      first: "2",
      middle: "2 3a",
      last: "2 3a 3b",
      count: LIMIT,
    });
  });
});
