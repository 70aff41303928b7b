import { describe, expect, it } from "vitest";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { classifyTool } from "../../pipeline/tool/classify.ts";
import { flowToMarkdown } from "../../pipeline/tool/to-markdown.ts";
import type { ToolLink, ToolPage } from "../../pipeline/tool/types.ts";

const HEIGHT = 800;

/** A text item at (x, top-down y) in a given size, as pdf.js would report it. */
const text = (str: string, y: number, size = 11, x = 50) => ({
  str,
  transform: [size, 0, 0, size, x, HEIGHT - y],
  width: str.length * size * 0.5,
});

/** A button: its label drawn inside a link rectangle. */
function button(label: string, y: number, link: Omit<ToolLink, "rect">) {
  return { item: text(label, y, 11, 60), link: { rect: [50, HEIGHT - y - 8, 400, HEIGHT - y + 14], ...link } };
}

function page(
  number: number,
  items: ReturnType<typeof text>[],
  buttons: ReturnType<typeof button>[] = [],
  links: ToolLink[] = [],
): ToolPage {
  return {
    page: number,
    view: [0, 0, 600, HEIGHT],
    items: [...items, ...buttons.map((b) => b.item)],
    links: [...buttons.map((b) => b.link), ...links],
  };
}

const PAGES: ToolPage[] = [
  page(
    1,
    [text("Is er sprake van een", 60, 20), text("schoolinschrijving?", 84, 20), text("Fase 2, looptijd 2 weken", 20, 9, 450)],
    [button("Ja", 200, { targetPage: 2 }), button("Nee", 240, { targetPage: 3 })],
  ),
  page(
    2,
    [
      text("Welk verzuim?", 60, 20),
      text("Actie: ga binnen 2 weken in", 120),
      text("gesprek met ouders.", 134),
      text("Wil je meer lezen? Lees verder in:", 300),
      text("• Routeboek, Hoofdstuk 3: fase 2", 314),
      text("• Tafels voor opschaling", 328),
    ],
    [
      button("Vorige", 700, { action: "PrevPage" }),
      button("Volgende", 200, { action: "NextPage" }),
      button("Terug", 740, { targetPage: 1 }),
    ],
    [{ rect: [50, 400, 300, 420], url: "https://example.org/routeboek.pdf", label: "Routeboek (pdf)" }],
  ),
  page(
    3,
    [text("Klaar", 60, 20), text("Einde: Je bent nu klaar met het stappenplan.", 120, 12)],
    [button("Vorige", 700, { action: "PrevPage" })],
  ),
  page(
    4,
    [text("Klaar", 60, 20), text("Einde: Je bent nu klaar met het stappenplan.", 120, 12)],
    [button("Vorige", 700, { action: "PrevPage" })],
  ),
  page(5, [text("Losse pagina", 60, 20)], [], [{ rect: [50, 100, 200, 120], targetPage: 3 }]),
];

describe("classifyTool", () => {
  const { flow, notes } = classifyTool(PAGES, "Testtool");
  const step = (page: number) => flow.steps.find((candidate) => candidate.page === page)!;

  it("takes the most prominent text as the title, joined where it wraps", () => {
    expect(step(1).title).toBe("Is er sprake van een schoolinschrijving?");
    expect(step(1).id).toBe("is-er-sprake-van-een-schoolinschrijving");
    expect(flow.start).toBe(step(1).id);
  });

  it("turns links between pages into options and leaves back navigation out", () => {
    expect(step(1).options).toEqual([
      { label: "Ja", to: step(2).id },
      { label: "Nee", to: step(3).id },
    ]);
    expect(step(2).options).toEqual([{ label: "Volgende", to: step(3).id }]);
  });

  it("reads phase, actions, references, external links and the end marker", () => {
    expect(step(1).phase).toEqual({ name: "2", duration: "2 weken" });
    expect(step(2).actions).toEqual(["ga binnen 2 weken in gesprek met ouders."]);
    expect(step(2).references).toEqual([{ document: "Routeboek", chapter: "Hoofdstuk 3: fase 2" }, { document: "Tafels voor opschaling" }]);
    expect(step(2).links).toEqual([{ label: "Routeboek (pdf)", url: "https://example.org/routeboek.pdf" }]);
    expect(step(3)).toMatchObject({ end: true, endText: "Je bent nu klaar met het stappenplan.", options: [] });
  });

  it("reports a page that repeats another instead of importing it twice", () => {
    expect(flow.steps.map((s) => s.page)).toEqual([1, 2, 3, 5]);
    expect(notes).toContainEqual({ page: 4, message: "repeats page 3; it was not imported as a step of its own" });
  });

  it("reports a link without a label, with its page", () => {
    expect(step(5).options).toEqual([{ label: "Naar pagina 3", to: step(3).id }]);
    expect(notes).toContainEqual({ page: 5, message: 'a link to page 3 has no label; it was named "Naar pagina 3"' });
  });

  it("writes Markdown that the flow parser reads back to the same steps", () => {
    const markdown = flowToMarkdown(flow, "test.pdf");
    const { flow: parsed, problems } = parseFlow(markdown, "flow.md");
    // Nothing links to page 5: the graph checks must say so.
    expect(problems.map((p) => p.message)).toEqual([`step "${step(5).id}" cannot be reached from the start step "${flow.start}"`]);
    expect(parsed?.steps.map((s) => [s.id, s.title, s.options.map((o) => [o.label, o.to])])).toEqual(
      flow.steps.map((s) => [s.id, s.title, s.options.map((o) => [o.label, o.to])]),
    );
  });
});

describe("duplicate pages with a 'Volgende' button", () => {
  it("are still recognised, though their next page differs", () => {
    const repeated = (number: number) => page(number, [text("Tussenstap", 60, 20)], [button("Volgende", 200, { action: "NextPage" })]);
    const end = (number: number) => page(number, [text(`Einde ${number}`, 60, 20), text("Einde: klaar.", 120, 12)]);
    const { flow, notes } = classifyTool([repeated(1), end(2), repeated(3), end(4)], "Test");
    expect(notes).toContainEqual({ page: 3, message: "repeats page 1; it was not imported as a step of its own" });
    expect(flow.steps.map((step) => step.page)).toEqual([1, 2, 4]);
  });
});
