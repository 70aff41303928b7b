import { describe, expect, it } from "vitest";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { textBlocksOf } from "../../pipeline/flow/step-text.ts";
import { blockTexts } from "../../pipeline/rich/text.ts";
import { flowToMarkdown } from "../../pipeline/tool/to-markdown.ts";
import type { ImportedFlow, ImportedStep } from "../../pipeline/tool/types.ts";

const step = (fields: Partial<ImportedStep> & Pick<ImportedStep, "id" | "title">): ImportedStep => ({
  page: 1,
  end: false,
  body: [],
  options: [],
  actions: [],
  references: [],
  links: [],
  ...fields,
});

/** Text that Markdown, GFM or a directive would read as markup if it were written as it stands. */
const TRICKY = [
  "Let op: *geen* nadruk_hier_ of `code`",
  "# geen kop",
  "1. geen lijst",
  "- geen opsomming",
  "Zie :redactie[niets] en :afgeleid",
  "<b>geen html</b> &amp; [geen](link) ~~geen doorhaling~~",
];

const FLOW: ImportedFlow = {
  title: 'Tool "met" aanhalingstekens: en meer',
  start: "eerste",
  steps: [
    step({
      id: "eerste",
      title: "Vraag *één*: ja of nee?",
      body: [{ paragraph: TRICKY[0]! }, { list: TRICKY.slice(1, 3) }, { list: TRICKY.slice(3) }],
      phase: { name: "3a", duration: "2-10 weken" },
      actions: ["Bel :ouders", "Lees https://example.org/a_b."],
      options: [
        { label: "Ja [zeker]", to: "tweede" },
        { label: "Nee", to: "tweede" },
      ],
      references: [{ document: "Routeboek", chapter: "Deel 2, fase 1: *Preventie*" }, { document: "Praktische handreiking" }],
      links: [{ label: "Routeboek (pdf)", url: "https://example.org/routeboek_(2025).pdf" }],
    }),
    step({ id: "tweede", title: "Einde", page: 2, end: true, endText: "Klaar: *echt*." }),
  ],
};

describe("flowToMarkdown", () => {
  const markdown = flowToMarkdown(FLOW, "tool.pdf");
  const { flow, problems } = parseFlow(markdown, "flow.md");

  it("writes a flow that reads back without problems", () => {
    expect(problems).toEqual([]);
    expect(flow?.title).toBe(FLOW.title);
  });

  it("keeps imported text as text, whatever Markdown would make of it", () => {
    const [first, second] = flow!.steps;
    expect(first!.title).toBe(FLOW.steps[0]!.title);
    expect(blockTexts(textBlocksOf(first!))).toEqual(TRICKY);
    expect(first!.actions).toEqual(FLOW.steps[0]!.actions);
    expect(first!.references.map(({ document, chapter }) => ({ document, chapter }))).toEqual(FLOW.steps[0]!.references);
    expect(first!.options.map(({ label, to }) => ({ label, to }))).toEqual(FLOW.steps[0]!.options);
    expect(first!.links.map(({ label, url }) => ({ label, url }))).toEqual(FLOW.steps[0]!.links);
    expect(first!.phase).toMatchObject({ name: "3a", duration: "2-10 weken" });
    expect(second).toMatchObject({ end: true, endText: "Klaar: *echt*." });
  });

  it("bullets text lists with * and options and labelled lists with -, so that they cannot merge", () => {
    expect(markdown).toMatch(/^\* \\# geen kop$/m);
    expect(markdown).toContain("\n- [Ja \\[zeker\\]](#tweede)\n- [Nee](#tweede)\n");
    expect(markdown).toMatch(/^- Praktische handreiking$/m);
    // The two text lists of the source merge in Markdown anyway: one list of four.
    expect(flow!.steps[0]!.body.filter((block) => block.type === "list")).toHaveLength(1);
    const adjacent = flowToMarkdown(
      {
        ...FLOW,
        start: "a",
        steps: [step({ id: "a", title: "A", body: [{ list: ["tekst"] }], options: [{ label: "Verder", to: "tweede" }] }), FLOW.steps[1]!],
      },
      "tool.pdf",
    );
    expect(adjacent).toContain("* tekst\n\n- [Verder](#tweede)");
    const read = parseFlow(adjacent, "flow.md");
    expect(read.problems).toEqual([]);
    expect(read.flow!.steps[0]!.options.map((option) => option.label)).toEqual(["Verder"]);
  });

  it("writes a web address in running text as a link, as the tool page shows it", () => {
    expect(markdown).toContain("2. Lees <https://example.org/a_b>.");
  });

  it("writes the labels and the end marker of the flow format", () => {
    expect(markdown).toContain("**Fase:** 3a · looptijd 2-10 weken");
    expect(markdown).toContain("**Acties:**\n\n1. Bel \\:ouders");
    const bare = flowToMarkdown({ ...FLOW, steps: [step({ id: "eind", title: "Eind", end: true })] }, "tool.pdf");
    expect(bare).toMatch(/\n\*\*Einde\*\*\n$/);
    expect(bare).toContain("<!-- pagina 1 -->");
  });
});
