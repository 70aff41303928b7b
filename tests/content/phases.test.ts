import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { phaseOverview, phasesUpTo } from "../../pipeline/phases/route.ts";
import { frontmatterJsonSchemas } from "../../pipeline/schema/json-schema.ts";

const FILE = "content/test/flow.md";

const flowWith = (phases: string, steps = STEPS) => `---
title: Testtool
${phases}---

${steps}`;

const STEPS = `## Start {#start}

**Fase:** 2 · looptijd 2 weken

- [Verder](#midden)

## Midden {#midden}

**Fase:** 3a · looptijd 2-10 weken

- [Verder](#einde)
- [Terug](#start)

## Einde {#einde}

**Fase:** 3b · looptijd 2 weken

**Einde**
`;

const PHASES = `phases:
  - name: 2
    editorial: true
    explanation: Signaleren.
  - name: 3a
    title: Verzuim stopt
    editorial: [explanation]
    explanation: Passend aanbod.
    reference: "Routeboek, Hoofdstuk 3: fase 3a: Verzuim stopt"
  - name: 3b
    title: Verzuim stopt niet
`;

const brief = (problems: { line?: number; column?: number; message: string }[]) =>
  problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe("phases in the flow's frontmatter", () => {
  it("reads each phase with its place, its reference split like Lees verder, and which words are ours", () => {
    const { flow, problems, warnings } = parseFlow(flowWith(PHASES), FILE);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(
      flow!.phases.map(({ name, title, editorial, editorialTitle, editorialExplanation }) => ({
        name,
        title,
        editorial,
        editorialTitle,
        editorialExplanation,
      })),
    ).toEqual([
      { name: "2", title: undefined, editorial: true, editorialTitle: false, editorialExplanation: true },
      { name: "3a", title: "Verzuim stopt", editorial: true, editorialTitle: false, editorialExplanation: true },
      { name: "3b", title: "Verzuim stopt niet", editorial: false, editorialTitle: false, editorialExplanation: false },
    ]);
    expect(flow!.phases[1]!.reference).toEqual({
      document: "Routeboek",
      chapter: "Hoofdstuk 3: fase 3a: Verzuim stopt",
      place: { line: 11, column: 16 },
    });
    expect(flow!.phases[0]!.place).toEqual({ line: 4, column: 5 });
  });

  it("reads a phase number of ours only where `editorial` lists `name`: `true` covers the words, not the number", () => {
    const phases = `phases:
  - name: 2
    title: Termijn
    editorial: [name, title]
  - name: 3a
    editorial: true
    explanation: Passend aanbod.
    reference: "Routeboek, Hoofdstuk 3"
  - name: 3b
    editorial: [name]
`;
    const { flow, problems } = parseFlow(flowWith(phases), FILE);
    expect(problems).toEqual([]);
    const read = flow!.phases.map(({ name, editorial, editorialName, editorialTitle, editorialExplanation, editorialReference }) => ({
      name,
      editorial,
      editorialName,
      editorialTitle,
      editorialExplanation,
      editorialReference,
    }));
    expect(read).toEqual([
      { name: "2", editorial: true, editorialName: true, editorialTitle: true, editorialExplanation: false, editorialReference: false },
      { name: "3a", editorial: true, editorialName: false, editorialTitle: false, editorialExplanation: true, editorialReference: true },
      // A phase whose only word of ours is its number still has words of ours.
      { name: "3b", editorial: true, editorialName: true, editorialTitle: false, editorialExplanation: false, editorialReference: false },
    ]);
    // The default phases of the test flow: no number of ours.
    expect(parseFlow(flowWith(PHASES), FILE).flow!.phases.map((phase) => phase.editorialName)).toEqual([false, false, false]);
  });

  it("reads the numbers of West-Brabant's and 's-Hertogenbosch's phases as ours, SPPOH's as the source's", async () => {
    const { routebooks } = await readContent("content");
    const named = (id: string) =>
      routebooks.find((routebook) => routebook.id === id)!.flow.phases.map(({ name, editorialName }) => [name, editorialName]);
    expect(named("west-brabant-thuiszitterspact")).toEqual([["2", true]]);
    expect(named("den-bosch-schoolverzuim")).toEqual([
      ["1", true],
      ["2", true],
    ]);
    // SPPOH's phase 2 has `editorial: true`, yet the tool itself says "Fase 2".
    expect(named("sppoh-po")).toEqual([
      ["2", false],
      ["3a", false],
      ["3b", false],
    ]);
    // The timeline of a step takes the mark along.
    const westBrabant = routebooks.find((routebook) => routebook.id === "west-brabant-thuiszitterspact")!.flow;
    const inPhase = westBrabant.steps.find((step) => step.phase?.name === "2")!;
    expect(phasesUpTo(westBrabant, inPhase.id)).toEqual([
      { name: "2", editorialName: true, title: "Termijn van het OPP", editorialTitle: true, duration: "maximaal 4 weken" },
    ]);
  }, 60_000);

  it("warns, once and at its first use, about a phase a step names but the frontmatter does not describe", () => {
    const { flow, problems, warnings } = parseFlow(flowWith(PHASES.split("  - name: 3b")[0]!), FILE);
    expect(problems).toEqual([]);
    expect(flow).toBeDefined();
    expect(brief(warnings)).toEqual(['29:1 phase "3b" is not described under `phases:` in the frontmatter']);
    expect(warnings[0]!.hint).toContain('- name: "3b"');
  });

  it("refuses a described phase that no step is in, and a phase described twice, at their lines", () => {
    const extra = `${PHASES}  - name: 4\n    title: Nazorg\n  - name: 3a\n`;
    const { problems } = parseFlow(flowWith(extra), FILE);
    expect(brief(problems)).toEqual([
      '16:5 phase "3a" is described twice (first at line 7)',
      '14:5 phase "4" is described, but no step is in it',
    ]);
    expect(problems[1]!.hint).toContain('"2", "3a", "3b"');
  });

  it("refuses a bad name, an unknown field and a wrong editorial value with line:column", () => {
    const bad = `phases:\n  - name: fase 2\n    titel: Signaleren\n  - name: 3a\n    editorial: [uitleg]\n`;
    const { problems } = parseFlow(flowWith(bad, STEPS.replace(/\*\*Fase:\*\* 3b.*\n/, "")), FILE);
    const messages = brief(problems);
    expect(messages).toContainEqual(expect.stringMatching(/^4:11 `phases\[0\]\.name` a phase is a number/));
    // At the misspelled field's own line, with the field it likely means.
    expect(messages).toContainEqual("5:12 `phases[0].titel` is not a field here");
    expect(problems.find((problem) => problem.message.includes("titel"))!.hint).toBe("did you mean `title`?");
    expect(messages).toContainEqual(expect.stringMatching(/^7:16 `phases\[1\]\.editorial` editorial is true, false, or a list/));
  });

  it("is in the JSON Schema of the flow's frontmatter, every field described", () => {
    const schema = frontmatterJsonSchemas()["flow.schema.json"] as {
      properties: Record<string, { items: { properties: Record<string, { description?: string }> } }>;
    };
    const fields = schema.properties.phases!.items.properties;
    expect(Object.keys(fields)).toEqual(["name", "title", "editorial", "explanation", "startsWith", "reference"]);
    for (const [key, field] of Object.entries(fields)) expect(field.description, key).toBeTruthy();
    // Whoever writes `editorial: true` learns there that the number is not covered.
    expect(fields.editorial!.description).toContain("never covered by true: list `name`");
  });
});

describe("phase references against the documents", () => {
  const write = async (document: string, phases: string) => {
    const root = await mkdtemp(join(tmpdir(), "routeboek-phases-"));
    const dir = join(root, "proef");
    await mkdir(join(dir, "bronnen"), { recursive: true });
    await writeFile(
      join(dir, "routeboek.md"),
      `---\nid: proef\ntitle: Proef\norganisation: O\nsectors: [po]\nregion: R\ndocuments:\n${document}---\n\nInleiding.\n`,
    );
    await writeFile(join(dir, "bronnen", "routeboek.md"), "# Hoofdstuk 3: De route\n\n## fase 3a: Verzuim stopt\n\nTekst.\n");
    await writeFile(join(dir, "flow.md"), flowWith(phases));
    return root;
  };
  const WITH_FILE = "  - alias: Routeboek\n    title: Routeboek\n    markdown: bronnen/routeboek.md\n";
  const WITHOUT_FILE = "  - alias: Routeboek\n    title: Routeboek\n    url: https://example.org/routeboek.pdf\n";

  it("resolves to the chapter and section, like a Lees verder reference", async () => {
    const { routebooks, problems } = await readContent(await write(WITH_FILE, PHASES));
    expect(problems).toEqual([]);
    expect(routebooks[0]!.flow.phases[1]!.reference!.target).toMatchObject({
      chapterTitle: "Hoofdstuk 3: De route",
      sectionTitle: "fase 3a: Verzuim stopt",
    });
  });

  it("reports a reference that does not resolve at its line:column, with the closest headings", async () => {
    const { problems } = await readContent(await write(WITH_FILE, PHASES.replace("fase 3a: Verzuim stopt", "fase 3c: Verzuim stopt")));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 11, column: 16 });
    expect(problems[0]!.message).toContain("does not resolve");
  });

  it("refuses a phase reference to a document routeboek.md does not list", async () => {
    const { problems } = await readContent(await write(WITH_FILE, PHASES.replace('"Routeboek,', '"Routeboke,')));
    expect(brief(problems)).toEqual(['11:16 the reference names the document "Routeboke", which routeboek.md does not list']);
  });

  it("cites it as unverified when the document has no file", async () => {
    const { routebooks, problems, unverified } = await readContent(await write(WITHOUT_FILE, PHASES));
    expect(problems).toEqual([]);
    expect(routebooks[0]!.flow.phases[1]!.reference!.target).toBeUndefined();
    expect(unverified.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '11:16 "Routeboek, Hoofdstuk 3: fase 3a: Verzuim stopt": no file of "Routeboek" in the content',
    ]);
  });
});

describe("the phases of a route", () => {
  const { flow } = parseFlow(flowWith(PHASES), FILE);

  it("lists the phases in route order with their durations and steps", () => {
    expect(phaseOverview(flow!).map(({ name, durations, steps }) => ({ name, durations, steps }))).toEqual([
      { name: "2", durations: ["2 weken"], steps: ["start"] },
      { name: "3a", durations: ["2-10 weken"], steps: ["midden"] },
      { name: "3b", durations: ["2 weken"], steps: ["einde"] },
    ]);
  });

  it("gives the phases of the shortest route to a step, with titles and durations", () => {
    expect(phasesUpTo(flow!, "midden").map((phase) => phase.name)).toEqual(["2", "3a"]);
    expect(phasesUpTo(flow!, "einde")).toEqual([
      { name: "2", duration: "2 weken" },
      { name: "3a", title: "Verzuim stopt", duration: "2-10 weken" },
      { name: "3b", title: "Verzuim stopt niet", duration: "2 weken" },
    ]);
  });

  it("counts only the route's own phases: a loop back from a later phase is not on the shortest route", () => {
    // Start can be reached from midden (3a), but the shortest route to start is start itself.
    expect(phasesUpTo(flow!, "start").map((phase) => phase.name)).toEqual(["2"]);
  });
});
