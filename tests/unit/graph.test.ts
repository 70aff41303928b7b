import { describe, expect, it } from "vitest";
import { parseFlow } from "../../pipeline/flow/parse.ts";

/** A flow file from step sources; every check below breaks one rule in a small flow. */
const flow = (...steps: string[]) => `---\ntitle: T\n---\n\n${steps.join("\n\n")}\n`;
const end = (id: string) => `## ${id} {#${id}}\n\n**Einde**`;
const ask = (id: string, ...targets: string[]) =>
  `## ${id}? {#${id}}\n\n${targets.map((target, i) => `- [Antwoord ${i + 1}](#${target})`).join("\n")}`;

const problemsOf = (source: string) =>
  parseFlow(source, "flow.md").problems.map((p) => ({ line: p.line, message: p.message, hint: p.hint }));

describe("graph checks", () => {
  it("accept a valid flow with a loop that has a way out", () => {
    expect(problemsOf(flow(ask("a", "b", "c"), ask("b", "a"), end("c")))).toEqual([]);
  });

  it("duplicate step ids", () => {
    const problems = problemsOf(flow(ask("a", "b"), end("b"), end("b")));
    expect(problems).toEqual([
      { line: 13, message: 'step id "b" is used twice (first at line 9)', hint: "give each step its own id in `{#…}`" },
    ]);
  });

  it("an option to a missing step, with a suggestion", () => {
    const problems = problemsOf(flow(ask("a", "welk-verzuim", "welk-verzium"), end("welk-verzuim")));
    expect(problems).toEqual([
      {
        line: 8,
        message: 'option "Antwoord 2" leads to step "welk-verzium", which does not exist',
        hint: 'did you mean "welk-verzuim"?',
      },
    ]);
  });

  it("a start step that does not exist", () => {
    const source = flow(end("a")).replace("title: T", "title: T\nstart: begin");
    expect(problemsOf(source)[0]).toMatchObject({ message: 'the start step "begin" does not exist' });
  });

  it("a step unreachable from the start", () => {
    expect(problemsOf(flow(ask("a", "b"), end("b"), end("c")))).toEqual([
      { line: 13, message: 'step "c" cannot be reached from the start step "a"', hint: "add an option that leads to it, or remove the step" },
    ]);
  });

  it("steps from which no end can be reached (a loop without exit)", () => {
    const problems = problemsOf(flow(ask("a", "b", "d"), ask("b", "c"), ask("c", "b"), end("d")));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [10, 'from step "b" no end can be reached'],
      [14, 'from step "c" no end can be reached'],
    ]);
  });

  it("an end step with options", () => {
    const problems = problemsOf(flow(ask("a", "b"), `## b {#b}\n\n- [Verder](#c)\n\n**Einde**`, end("c")));
    expect(problems).toEqual([{ line: 9, message: 'end step "b" has options', hint: "remove the options or the `**Einde**` marker" }]);
  });

  it("a step without options that is not an end", () => {
    const problems = problemsOf(flow(ask("a", "b", "c"), "## b {#b}\n\nAlleen tekst.", end("c")));
    expect(problems.map((p) => p.message)).toEqual(['step "b" has no options and is not an end']);
  });

  it("duplicate option labels in one step", () => {
    const problems = problemsOf(flow("## a {#a}\n\n- [Ja](#b)\n- [ja](#c)", end("b"), end("c")));
    expect(problems).toEqual([{ line: 8, message: 'option "ja" appears twice in step "a"', hint: "give each option its own label" }]);
  });

  it("reports every problem at once", () => {
    const problems = problemsOf(flow(ask("a", "x"), "## b {#b}\n\nTekst.", end("a")));
    expect(problems.map((p) => p.message)).toEqual([
      'step id "a" is used twice (first at line 5)',
      'option "Antwoord 1" leads to step "x", which does not exist',
      'step "b" has no options and is not an end',
      'from step "a" no end can be reached',
      'step "b" cannot be reached from the start step "a"',
    ]);
  });
});
