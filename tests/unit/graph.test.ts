import { describe, expect, it } from "vitest";
import { graphProblems } from "../../pipeline/flow/graph.ts";
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
      {
        line: 13,
        message: 'step "c" cannot be reached from the start step "a"',
        hint: "add an option that leads to it, or remove the step",
      },
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
      'step "b" cannot be reached from the start step "a"',
    ]);
  });
});

describe("one mistake, one problem", () => {
  // The newcomer's wrong target: `#gesprk` for `#gesprek` gave three problems, the cause second.
  const wrongTarget = flow(ask("verzuim", "melden", "geen"), ask("melden", "gesprk"), end("gesprek"), end("geen"));

  it("reports a misspelt target once, at the option, and not the steps it leaves unreachable or without an end", () => {
    expect(problemsOf(wrongTarget)).toEqual([
      { line: 12, message: 'option "Antwoord 1" leads to step "gesprk", which does not exist', hint: 'did you mean "gesprek"?' },
    ]);
  });

  it("still reports a step that the corrected target would not reach either", () => {
    const problems = problemsOf(flow(ask("a", "bb", "d"), end("b"), end("c"), end("d")).replace("#bb", "#bx"));
    expect(problems.map((p) => p.message)).toEqual([
      'option "Antwoord 1" leads to step "bx", which does not exist',
      'step "c" cannot be reached from the start step "a"',
    ]);
  });

  it("does not report the steps before a step without options as having no end", () => {
    const problems = problemsOf(flow(ask("a", "b"), ask("b", "c"), "## c {#c}\n\nAlleen tekst."));
    expect(problems.map((p) => p.message)).toEqual(['step "c" has no options and is not an end']);
  });

  it("reports a loop without a way out at its steps, naming them, and not the steps that lead into it", () => {
    const problems = problemsOf(flow(ask("a", "b", "e"), ask("b", "c"), ask("c", "d"), ask("d", "c"), end("e")));
    expect(problems).toEqual([
      {
        line: 14,
        message: 'from step "c" no end can be reached',
        hint: 'give the loop it is in (steps "c", "d") a way out to a step marked `**Einde**`',
      },
      {
        line: 18,
        message: 'from step "d" no end can be reached',
        hint: 'give the loop it is in (steps "c", "d") a way out to a step marked `**Einde**`',
      },
    ]);
  });

  it("finds loops in a long chain without running out of stack", () => {
    const count = 50_000;
    const steps = Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      end: false,
      options: [{ label: "Verder", to: `s${i + 1 < count ? i + 1 : i - 1}` }],
    }));
    const problems = graphProblems({ start: "s0", steps }, (step) => ({ file: "flow.md", line: Number(step.id.slice(1)) }), {
      file: "flow.md",
    });
    expect(problems.map((p) => p.message)).toEqual([
      `from step "s${count - 2}" no end can be reached`,
      `from step "s${count - 1}" no end can be reached`,
    ]);
  });
});
