import { describe, expect, it } from "vitest";
import { parseFlow } from "../../pipeline/flow/parse.ts";

const FILE = "content/test/flow.md";

const EXAMPLE = `---
title: Testtool
---

Kies steeds het antwoord dat past.

## Is er sprake van een schoolinschrijving? {#start}

Een inleidende zin.

**Fase:** 2 · looptijd 2 weken

* Eerste punt
* Tweede punt

**Acties:**

1. Bel de ouders.
2. Registreer het verzuim.

- [Ja](#einde-ja)
- [Nee](#einde-nee)

**Lees verder:**

- Routeboek Verzuim & Thuiszitters, Hoofdstuk 3: fase 2.2 Registreren van verzuim
- Tafels voor opschaling

**Links:**

- [Routeboek](https://example.org/routeboek.pdf)
- [Mail ons](mailto:info@example.org)

## Ja {#einde-ja}

**Fase**: 3a, looptijd 2-10weken.

**Actie:** Ga in gesprek.

**Einde:** Je bent nu klaar met het stappenplan.

## Nee {#einde-nee}

**Einde**
`;

describe("parseFlow", () => {
  it("reads every notation of a complete flow", () => {
    const { flow, problems } = parseFlow(EXAMPLE, FILE);
    expect(problems).toEqual([]);
    expect(flow?.title).toBe("Testtool");
    expect(flow?.start).toBe("start");
    expect(flow?.intro).toEqual({
      blocks: [{ type: "paragraph", children: [{ type: "text", value: "Kies steeds het antwoord dat past." }] }],
      footnotes: [],
    });
    const [start, yes, no] = flow!.steps;
    expect(start).toMatchObject({
      id: "start",
      title: "Is er sprake van een schoolinschrijving?",
      body: [
        { type: "paragraph", children: [{ type: "text", value: "Een inleidende zin." }] },
        {
          type: "list",
          ordered: false,
          items: [
            [{ type: "paragraph", children: [{ type: "text", value: "Eerste punt" }] }],
            [{ type: "paragraph", children: [{ type: "text", value: "Tweede punt" }] }],
          ],
        },
        { type: "actions", ordered: true },
        { type: "options" },
      ],
      phase: { name: "2", duration: "2 weken" },
      actions: ["Bel de ouders.", "Registreer het verzuim."],
      options: [
        { label: "Ja", to: "einde-ja", place: { line: 21, column: 3 } },
        { label: "Nee", to: "einde-nee" },
      ],
      references: [
        { document: "Routeboek Verzuim & Thuiszitters", chapter: "Hoofdstuk 3: fase 2.2 Registreren van verzuim" },
        { document: "Tafels voor opschaling" },
      ],
      links: [
        { label: "Routeboek", url: "https://example.org/routeboek.pdf" },
        { label: "Mail ons", url: "mailto:info@example.org" },
      ],
      end: false,
      place: { line: 7, column: 1 },
    });
    expect(start!.references[1]).not.toHaveProperty("chapter");
    expect(yes).toMatchObject({
      phase: { name: "3a", duration: "2-10 weken" },
      actions: ["Ga in gesprek."],
      end: true,
      endText: "Je bent nu klaar met het stappenplan.",
    });
    expect(no).toMatchObject({ end: true, options: [] });
    expect(no).not.toHaveProperty("endText");
  });

  it("defaults the start to the first step and honours an explicit start", () => {
    const explicit = EXAMPLE.replace("title: Testtool", "title: Testtool\nstart: einde-ja");
    const { problems } = parseFlow(explicit, FILE);
    // Starting at an end step leaves the other steps unreachable: proof that `start` is used.
    expect(problems.map((p) => p.message)).toContain('step "start" cannot be reached from the start step "einde-ja"');
  });
});

describe("parseFlow reports problems with file, line:column and a hint", () => {
  const problemsOf = (source: string) => parseFlow(source, FILE).problems;
  const flow = (body: string) => `---\ntitle: T\n---\n\n${body}`;

  it("a step heading without an id", () => {
    const [problem] = problemsOf(flow("## Welk verzuim?\n\n**Einde**\n"));
    expect(problem).toMatchObject({ file: FILE, line: 5, column: 1, message: 'step "Welk verzuim?" has no id' });
    expect(problem!.hint).toContain("{#welk-verzuim}");
  });

  it("an id that is not a slug", () => {
    const [problem] = problemsOf(flow("## Start {#Welk Verzuim}\n\n**Einde**\n"));
    expect(problem).toMatchObject({ line: 5, column: 1 });
    expect(problem!.message).toContain("`steps[0].id` must be lowercase letters and digits joined by hyphens");
  });

  it("a phase that cannot be read", () => {
    const [problem] = problemsOf(flow("## Start {#start}\n\n**Fase:** twee weken\n\n**Einde**\n"));
    expect(problem).toMatchObject({ line: 7, column: 1, message: 'cannot read the phase "twee weken"' });
    expect(problem!.hint).toContain("**Fase:** 2 · looptijd 2 weken");
  });

  it("an option item that is more than one link", () => {
    const problems = problemsOf(
      flow("## Start {#start}\n\n- [Ja](#a) of niet\n- [Nee](#b)\n\n## A {#a}\n\n**Einde**\n\n## B {#b}\n\n**Einde**\n"),
    );
    expect(problems[0]).toMatchObject({ line: 7, column: 1, message: "an option must be exactly one link to a step" });
  });

  it("a link in running text that is neither a web address nor a place in the routebook", () => {
    const [problem] = problemsOf(flow("## Start {#start}\n\nZie [hier](ftp://example.org).\n\n**Einde**\n"));
    expect(problem).toMatchObject({
      line: 7,
      column: 5,
      message: 'the link "ftp://example.org" is neither a web address nor a place in this routebook',
    });
    expect(problem!.hint).toContain("stap:<step-id>");
  });

  it("editorial and inferred markers: where they belong, and where they would lose their meaning", () => {
    const { flow: read, problems } = parseFlow(
      flow(
        "## :redactie[Start] {#start}\n\n- [:redactie[Ja]](#a) :afgeleid[de bron toont geen knop]\n- [Nee](#a)\n\nTekst met :redactie[onze woorden].\n\n## A {#a}\n\n**Einde**\n",
      ),
      FILE,
    );
    expect(problems).toEqual([]);
    const start = read!.steps[0]!;
    expect(start).toMatchObject({ title: "Start", editorialTitle: true });
    expect(start.options).toMatchObject([
      { label: "Ja", editorialLabel: true, inferred: { reason: "de bron toont geen knop" } },
      { label: "Nee" },
    ]);
    expect(start.options[1]).not.toHaveProperty("inferred");

    const wrong = problemsOf(
      flow(
        "## Start :redactie[half] {#start}\n\n- [Ja *nu*](#a)\n- [Nee](#a) :afgeleid[]\n\n**Lees verder:** Routeboek, :redactie[Hoofdstuk 9]\n\n## A {#a}\n\n**Einde:** Klaar.\n\n**Einde:** Nog eens.\n",
      ),
    );
    expect(wrong.map((problem) => [problem.line, problem.message])).toEqual([
      [5, "only part of the title is marked as ours"],
      [7, "an option's label is plain text"],
      [8, "an inferred target needs a reason"],
      [10, "a marker like :redactie[…] cannot stand in a reference"],
      [16, "a step has one end note"],
    ]);
  });

  it("a links label with plain text and a label with no content", () => {
    const problems = problemsOf(flow("## Start {#start}\n\n**Links:** example.org\n\n**Lees verder:**\n\n**Einde**\n"));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [7, '"example.org" is not a link'],
      [9, "this label has no content"],
    ]);
  });

  it("a link with a scheme other than http(s) or mailto", () => {
    const [problem] = problemsOf(flow("## Start {#start}\n\n**Links:** [Oud](ftp://example.org/a.pdf)\n\n**Einde**\n"));
    expect(problem).toMatchObject({ line: 7, column: 12 });
    expect(problem!.message).toContain("must be an absolute http(s):// or mailto: URL");
  });

  it("headings of another level and unsupported blocks", () => {
    const problems = problemsOf(flow("### Sub\n\n## Start {#start}\n\n```\ncode\n```\n\n<b>vet</b>\n\n![foto](a.png)\n\n**Einde**\n"));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [5, "a level-3 heading is not part of the flow format"],
      [9, "a code block is not part of the content format"],
      [13, "HTML is not allowed in the content"],
      [15, "an image is not part of the content format"],
    ]);
  });

  it("missing frontmatter, invalid YAML and unknown keys", () => {
    expect(problemsOf("## Start {#start}\n\n**Einde**\n")[0]).toMatchObject({ line: 1, message: "the file has no frontmatter" });
    const yaml = problemsOf("---\ntitle: [unclosed\n---\n")[0]!;
    expect(yaml.message).toContain("not valid YAML");
    expect(yaml.line).toBeGreaterThanOrEqual(2);
    const unknown = problemsOf("---\ntitle: T\nbegin: start\n---\n\n## Start {#start}\n\n**Einde**\n")[0]!;
    expect(unknown).toMatchObject({ line: 3, message: "`begin` is not a field of this file" });
    expect(unknown.hint).toContain("`start`");
  });

  it("an empty flow", () => {
    expect(problemsOf(flow("Alleen tekst.\n"))[0]!.message).toContain("a flow needs at least one step");
  });
});

describe("parseFlow reports every problem at once", () => {
  it("graph problems together with schema problems", () => {
    const source = `---\ntitle: T\n---\n\n## Start {#start}\n\n- [Ja](#nergens)\n\n**Links:** [Oud](ftp://example.org/a.pdf)\n`;
    const { flow, problems } = parseFlow(source, "flow.md");
    expect(flow).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'option "Ja" leads to step "nergens", which does not exist',
        expect.stringContaining("must be an absolute http(s):// or mailto: URL"),
      ]),
    );
  });

  it("options swallowed by a bulleted actions list", () => {
    const source = `---\ntitle: T\n---\n\n## Start {#start}\n\n**Acties:**\n\n- Bel de ouders.\n- [Verder](#einde)\n\n## Einde {#einde}\n\n**Einde**\n`;
    const messages = parseFlow(source, "flow.md").problems.map((p) => p.message);
    expect(messages).toContain("an action that is only a link to a step looks like an option");
  });
});
