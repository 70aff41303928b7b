/**
 * Issue 23: a flow has at most FLOW_LIMITS.steps steps (2,000; the largest real flow has 26).
 * A larger flow.md is one problem at the line of the first step too many, found on its text
 * before it is parsed, and `routeboek check` says so in one line and exits non-zero.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { largeFlowMarkdown, writeLargeFlowContent } from "../../bench/large-flow.ts";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { FLOW_LIMITS, flowLimitProblems } from "../../pipeline/markdown/limits.ts";
import { CLI_TEST_TIMEOUT, routeboek } from "../support/cli.ts";

const LIMIT = FLOW_LIMITS.steps;

/** The 1-based line of the n-th line starting with `## ` in `source`. */
const lineOfStep = (source: string, n: number) => {
  const lines = source.split("\n");
  let seen = 0;
  return lines.findIndex((line) => line.startsWith("## ") && ++seen === n) + 1;
};

/** A frontmatter, then `count` steps made of `heading(i)` and a line of text each. */
const flowOf = (count: number, heading: (i: number) => string, newline = "\n") =>
  [
    "---",
    "title: Proef",
    "---",
    "",
    ...Array.from({ length: count }, (_, i) => `${heading(i)}${newline}${newline}Tekst ${i}.${newline}`),
  ].join(newline);

describe(`a flow of at most ${LIMIT} steps`, () => {
  it(`reads a flow of exactly ${LIMIT} steps`, () => {
    const parsed = parseFlow(largeFlowMarkdown(LIMIT), "content/groot-po/flow.md");
    expect(parsed.problems).toEqual([]);
    expect(parsed.flow?.steps).toHaveLength(LIMIT);
  });

  it(`refuses a flow of ${LIMIT + 1} steps before parsing it: one problem naming the file and the line of step ${LIMIT + 1}`, () => {
    const source = largeFlowMarkdown(LIMIT + 1);
    const parsed = parseFlow(source, "content/groot-po/flow.md");
    expect(parsed.problems).toEqual([
      {
        file: "content/groot-po/flow.md",
        line: lineOfStep(source, LIMIT + 1),
        column: 1,
        message: `this heading starts step ${LIMIT + 1} of the flow, more than the ${LIMIT} steps a flow may have`,
        hint: "check that this is the right file; a larger tool must be split over more than one routebook",
      },
    ]);
    expect(parsed.flow).toBeUndefined();
    // Not parsed: the draft holds no step at all.
    expect(parsed.draft.steps).toEqual([]);
  });

  it("refuses a flow far over the limit at the same step", () => {
    const problems = flowLimitProblems(largeFlowMarkdown(LIMIT * 3), "flow.md");
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(`step ${LIMIT + 1} of the flow`);
  });

  it("counts every line that may start a step, so it never counts fewer than the parser finds", () => {
    const over = (source: string) => flowLimitProblems(source, "flow.md").length === 1;
    // ATX headings with or without an id, and setext headings underlined with `-`.
    expect(over(flowOf(LIMIT + 1, (i) => `## Stap ${i} {#s${i}}`))).toBe(true);
    expect(over(flowOf(LIMIT + 1, (i) => `Stap ${i}\n---`))).toBe(true);
    expect(over(flowOf(LIMIT + 1, (i) => `   ##  Stap ${i}`))).toBe(true);
    // The parser ends a line at CR as well as LF.
    expect(over(flowOf(LIMIT + 1, (i) => `## Stap ${i}`, "\r"))).toBe(true);
    expect(over(flowOf(LIMIT + 1, (i) => `## Stap ${i}`, "\r\n"))).toBe(true);
    // In a code block it may be no step; counting it errs on the safe side.
    expect(over(`\`\`\`\n${flowOf(LIMIT + 1, (i) => `## Stap ${i}`)}\n\`\`\`\n`)).toBe(true);
    // A frontmatter that is never closed is none to the parser: its lines count too.
    expect(over(`---\ntitle: Proef\n${"## Stap\n\n".repeat(LIMIT + 1)}`)).toBe(true);
  });

  it("does not count what is no level-2 heading", () => {
    const within = (source: string) => flowLimitProblems(source, "flow.md").length === 0;
    expect(within(flowOf(LIMIT, (i) => `## Stap ${i}`))).toBe(true);
    expect(within(flowOf(LIMIT + 1, (i) => `### Stap ${i}`))).toBe(true);
    expect(within(flowOf(LIMIT + 1, (i) => `    ## code ${i}`))).toBe(true);
    expect(within(flowOf(LIMIT + 1, (i) => `##Stap ${i}`))).toBe(true);
    // A thematic break after a blank line, and YAML comments in a closed frontmatter.
    expect(within(`${flowOf(LIMIT, (i) => `## Stap ${i}`)}\n\n---\n`)).toBe(true);
    expect(within(`---\n${"## een opmerking\n".repeat(LIMIT + 1)}---\n\n## Stap\n`)).toBe(true);
  });

  it(`makes \`routeboek check\` print the file and line of step ${LIMIT + 1} and exit non-zero, without a stack trace`, {
    timeout: CLI_TEST_TIMEOUT,
  }, async () => {
    const content = await writeLargeFlowContent(await mkdtemp(join(tmpdir(), "routeboek-flow-limit-")), LIMIT + 1);
    try {
      const result = routeboek(["check", "--content", content]);
      expect(result.status).toBe(1);
      const line = lineOfStep(largeFlowMarkdown(LIMIT + 1), LIMIT + 1);
      expect(result.stderr).toContain(
        `${join(content, "groot-po", "flow.md")}:${line}:1: this heading starts step ${LIMIT + 1} of the flow, more than the ${LIMIT} steps a flow may have\n`,
      );
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });
});
