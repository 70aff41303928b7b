// The Dutch wording lives in pipeline/wording/: these tests hold the readers to it,
// so that the Markdown reader, the tool importer and the writer cannot drift apart.
import { describe, expect, it } from "vitest";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { headingsFromTypography } from "../../pipeline/pdf/headings.ts";
import { classifyTool } from "../../pipeline/tool/classify.ts";
import type { ToolPage } from "../../pipeline/tool/types.ts";
import { LABELS, labelKind, writtenLabel, type LabelKind } from "../../pipeline/wording/labels.ts";
import { CHAPTER_KINDS, chapterNumber, sectionKey, withoutNumbering } from "../../pipeline/wording/numbering.ts";
import { formatPhase, parsePhase } from "../../pipeline/wording/phase.ts";
import { joinReference, splitReference } from "../../pipeline/wording/references.ts";

const HEIGHT = 800;
const line = (str: string, y: number, size = 11) => ({
  str,
  transform: [size, 0, 0, size, 50, HEIGHT - y],
  width: str.length * size * 0.5,
});
/** A one-step tool PDF page: a title, then the given lines. */
const toolPage = (lines: string[]): ToolPage => ({
  page: 1,
  view: [0, 0, 600, HEIGHT],
  items: [line("Titel", 60, 20), ...lines.map((text, index) => line(text, 120 + index * 40))],
  links: [],
});
/** A one-step flow in our Markdown. */
const flowStep = (body: string) => parseFlow(`---\ntitle: T\n---\n\n## Titel {#titel}\n\n${body}\n`, "flow.md").draft.steps[0]!;

describe("numbering", () => {
  it("knows every chapter kind, in any case", () => {
    for (const kind of CHAPTER_KINDS) expect(chapterNumber(`${kind.toUpperCase()} 2: Titel`)).toBe(`${kind} 2`);
  });

  it("gives a 'Deel' heading the chapter level, as it does a 'Hoofdstuk'", () => {
    const pages = [
      {
        page: 1,
        lines: [
          { text: "Deel 2: Titel", x: 0, right: 100, y: 10, size: 20 },
          { text: "tekst ".repeat(40), x: 0, right: 400, y: 40, size: 10 },
        ],
      },
    ];
    expect(headingsFromTypography(pages)).toContainEqual({ level: 1, title: "Deel 2: Titel", page: 1 });
  });

  it("leaves out every kind of numbering when titles are compared by their words", () => {
    expect(withoutNumbering("Deel 2: fase 3a, Verzuim stopt").trim()).toBe("Verzuim stopt");
    expect(withoutNumbering("Bijlage 1. Stap 2 Aanmelden").trim()).toBe("Aanmelden");
    expect(sectionKey("Deel 2, fase 2.2 Registreren")).toBe("fase 2.2");
  });
});

describe("labels", () => {
  const kinds = [...new Set(Object.values(LABELS))] as LabelKind[];

  it("are read back from what the writer writes, one and many", () => {
    for (const kind of kinds) {
      expect(labelKind(writtenLabel(kind, 1))).toBe(kind);
      expect(labelKind(writtenLabel(kind, 2))).toBe(kind);
    }
  });

  it("mean the same to the Markdown reader and the tool importer", () => {
    const markdown = flowStep(
      [
        "**Fase:** 3a, looptijd 2-10weken",
        "**Actie:** Bel de ouders.",
        "**Lees verder:** Routeboek, Deel 2: Titel",
        "**Einde:** Klaar.",
      ].join("\n\n"),
    );
    const { flow } = classifyTool(
      [toolPage(["Fase 3a, looptijd 2-10weken", "Actie: Bel de ouders.", "Lees verder: Routeboek, Deel 2: Titel", "Einde: Klaar."])],
      "T",
    );
    const imported = flow.steps[0]!;
    expect({
      phase: imported.phase,
      actions: imported.actions,
      references: imported.references,
      end: imported.end,
      endText: imported.endText,
    }).toEqual({
      phase: { name: markdown.phase!.name, duration: markdown.phase!.duration },
      actions: markdown.actions,
      references: markdown.references.map(({ document, chapter }) => ({ document, chapter })),
      end: markdown.end,
      endText: markdown.endText,
    });
    expect(imported.phase).toEqual({ name: "3a", duration: "2-10 weken" });
  });

  it("include the plural 'Acties' on a tool page as in Markdown", () => {
    expect(classifyTool([toolPage(["Acties: Bel de ouders."])], "T").flow.steps[0]!.actions).toEqual(["Bel de ouders."]);
  });
});

describe("phase and reference notation", () => {
  it("writes a phase the readers read back", () => {
    for (const text of ["Fase 2, looptijd 2 weken", "Fase 3a", "3b · looptijd 2-10weken."]) {
      const phase = parsePhase(text)!;
      expect(parsePhase(formatPhase(phase))).toEqual(phase);
    }
  });

  it("splits a reference at its first ', ' and joins it back", () => {
    for (const text of [
      "Praktische handreiking, Hoofdstuk 5: Afwezige leerlingen",
      "Routeboek, Deel 2, fase 1: Preventie",
      "Tafels voor opschaling",
    ]) {
      expect(joinReference(splitReference(text))).toBe(text);
    }
  });
});
