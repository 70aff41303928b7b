import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { blockTexts } from "../../pipeline/rich/text.ts";
import { checkFidelity, describeFailures, flowWithoutProblems } from "../support/fidelity.ts";
import { sourceOf } from "../fidelity/sources.ts";

const FLOW = "content/sppoh-po/flow.md";
/** Text extracted from SPPOH's clickable tool PDF (a copy of shared/seeds/000_1f91e10c1ba920da.txt). */
const SEED = sourceOf("sppoh-po").seedFile;

const SPPOH = sourceOf("sppoh-po");
const PAGES_OF = SPPOH.pagesOf as Record<string, number[]>;

describe("the SPPOH tool against its source text", () => {
  let source: string;
  let pages: string[];
  const flowOf = (text: string) => flowWithoutProblems(text, FLOW);

  beforeAll(async () => {
    source = await readFile(FLOW, "utf8");
    pages = SPPOH.pages(await readFile(SEED, "utf8"));
  });

  it("has 23 source pages, each made into at least one step", () => {
    expect(pages).toHaveLength(23);
    expect(new Set(Object.values(PAGES_OF).flat())).toEqual(new Set(pages.map((_, index) => index + 1)));
  });

  it("keeps every text not marked as ours on its source page, and every action, reference, phase, link and button of the source", () => {
    const failures = checkFidelity(flowOf(source), pages, PAGES_OF);
    expect(failures, describeFailures(failures)).toEqual([]);
  });

  it("fails on a changed action, naming the step and both texts", () => {
    const changed = source
      .replace("ga hierover altijd binnen 2 weken in gesprek met ouders", "ga hierover binnen 4 weken in gesprek met ouders")
      .replace("Ga hierover altijd binnen 2 weken in gesprek met ouders", "Ga hierover binnen 4 weken in gesprek met ouders");
    expect(changed).not.toBe(source);
    expect(checkFidelity(flowOf(changed), pages, PAGES_OF)).toEqual([
      {
        step: "beperkte-aanwezigheid",
        what: "action",
        text: "Ga hierover binnen 4 weken in gesprek met ouders.",
        problem: "not in the source page",
      },
      {
        step: "beperkte-aanwezigheid",
        what: "action",
        text: "ga hierover altijd binnen 2 weken in gesprek met ouders.",
        problem: "missing from the flow",
      },
    ]);
  });

  it("fails on words of ours that are not marked, and on a dropped reference", () => {
    const changed = source
      .replace("## :redactie[Organisatie MDO] {#mdo-organiseren}", "## Organisatie MDO {#mdo-organiseren}")
      .replace("- Praktische handreiking, Hoofdstuk 4: Zieke leerlingen\n", "");
    const failures = checkFidelity(flowOf(changed), pages, PAGES_OF);
    expect(failures).toEqual([
      { step: "mdo-organiseren", what: "title", text: "Organisatie MDO", problem: "not in the source page" },
      {
        step: "ziekteverzuim",
        what: "reference",
        text: "Praktische handreiking, Hoofdstuk 4: Zieke leerlingen",
        problem: "missing from the flow",
      },
    ]);
  });

  it("fails on source text cut short: half an option label, the end of an action", () => {
    const changed = source
      .replace(". De school betrekt de ketenpartners om passend aanbod te regelen (MDO)](#mdo-organiseren)", "](#mdo-organiseren)")
      .replace(" en/of in DUO (ongeoorloofd verzuim).", ".");
    expect(changed).not.toBe(source);
    expect(checkFidelity(flowOf(changed), pages, PAGES_OF)).toEqual([
      {
        step: "registratie-verzuim",
        what: "action",
        text: "Registreer het verzuim via Onderwijs Transparant in de Zorgwekkend Verzuim Module (geoorloofd verzuim).",
        problem: "cut short of the source",
      },
      {
        step: "aanmelding-school",
        what: "option",
        text: "De onderwijs- en ondersteuningsbehoeften van het kind overstijgen de mogelijkheden van de school",
        problem: "cut short of the source",
      },
    ]);
  });

  it("marks every target the source does not show, with a reason", () => {
    const flow = flowOf(source);
    const inferred = flow.steps.flatMap((step) =>
      step.options.filter((option) => option.inferred).map((option) => `${step.id} → ${option.to}`),
    );
    // Review D2, D4/D6, D12, D13, D14 and the page-6 "Nee": the PDF's link annotations are not in the text.
    expect(inferred).toEqual([
      "schoolinschrijving → welk-verzuim",
      "schoolinschrijving → schriftelijke-aanmelding",
      "welk-verzuim → registratie-verzuim",
      "mdo-uitkomst → passend-aanbod",
      "steunpunten → passend-aanbod",
      "sbo-advies → passend-aanbod",
      "so-expertise → passend-aanbod",
      "jeugdhulp → passend-aanbod",
      "de-ontdekkers → passend-aanbod",
      "schriftelijke-aanmelding → aanmelding-school",
      "schriftelijke-aanmelding → geen-aanmelding",
      "aanmelding-school → ingeschreven",
      "aanmelding-school → mdo-organiseren",
      "aanmelding-school → zorgplicht",
      "zorgplicht → aanmelding-school",
    ]);
  });

  it("warns on the zorgplicht step itself that the source's wiring is uncertain, and lists the other reading among the checks", () => {
    const flow = flowOf(source);
    const step = flow.steps.find((candidate) => candidate.id === "zorgplicht")!;
    const notes = blockTexts(step.body.filter((block) => block.type === "notice") as never, "editorial").join(" ");
    expect(notes).toContain("geen zorgplicht");
    expect(notes).toContain("SWV Zuid-Holland West");
    expect(notes).toMatch(/Vraag .*SPPOH/);
    expect(flow.checks.join("\n")).toMatch(/andere lezing.*overstijgen de mogelijkheden van de school/s);
  });

  it("keeps its advice out of the reason for an inferred target, and lists the other target among the checks", () => {
    const flow = flowOf(source);
    const option = flow.steps.find((step) => step.id === "welk-verzuim")!.options[2]!;
    expect(option.to).toBe("registratie-verzuim");
    expect(option.inferred!.reason).not.toMatch(/Ga daarom/);
    expect(flow.checks.join("\n")).toMatch(/langere tijd thuis.*beperkte aanwezigheid/s);
  });

  it("says on the p19 step that the phase title comes from other pages, and states its normalisation of actions", () => {
    const flow = flowOf(source);
    const step = flow.steps.find((candidate) => candidate.id === "passend-aanbod-gerealiseerd")!;
    expect(step.phase).toMatchObject({ name: "3b", duration: "2 weken" });
    const notes = blockTexts(step.body.filter((block) => block.type === "notice") as never, "editorial").join(" ");
    expect(notes).toContain("Verzuim stopt niet");
    const intro = blockTexts(flow.intro.blocks, "editorial").join(" ");
    expect(intro).toMatch(/hoofdletter/);
    expect(intro).toMatch(/punt/);
  });

  it("hints under the 'welk verzuim' question that the tool names no thresholds", () => {
    const flow = flowOf(source);
    const step = flow.steps.find((candidate) => candidate.id === "welk-verzuim")!;
    const notes = blockTexts(step.body.filter((block) => block.type === "notice") as never, "editorial").join(" ");
    expect(notes).toMatch(/noemt .*geen drempels/);
    // The hint stands above the answers, where the question is asked.
    const kinds = step.body.map((block) => (block.type === "notice" ? block.kind : block.type));
    expect(kinds.indexOf("redactie")).toBeLessThan(kinds.indexOf("options"));
  });
});
