import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { collectExternalLinks } from "../../tools/links/collect.ts";
import { flagLinks } from "../../tools/links/stale.ts";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { stepInlineRuns, textBlocksOf } from "../../pipeline/flow/step-text.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import { blockTexts, linksIn } from "../../pipeline/rich/text.ts";
import type { Correction, Flow } from "../../pipeline/schema/flow.ts";
import type { Step } from "../../pipeline/schema/step.ts";
import { checkFidelity, describeFailures, normalise, pageUrls } from "../support/fidelity.ts";
import { correctPage as correctPage_, sourceOf } from "../fidelity/sources.ts";

const FLOW = "content/swvzhw-vo/flow.md";
/** OCR text of SWV Zuid-Holland West's clickable VO tool (a copy of shared/seeds/001_c409fee980008bfc.txt). */
const SEED = "tests/fixtures/seeds/swvzhw-vo.txt";

const SWV = sourceOf("swvzhw-vo");
const PAGES_OF = SWV.pagesOf!;
const START_PAGE = SWV.introPages![0]!;
const HEURISTIC_MISSES = SWV.knownMisses!;
const splitOcrPages = SWV.pages;
const correctPage = (page: string, number: number, corrections: readonly Correction[]) => correctPage_(page, number, corrections, PAGES_OF);

const urlsOf = (step: Step) => [
  ...step.links.map((link) => link.url),
  ...[...stepInlineRuns(step)].flatMap((run) => [...linksIn(run)].map((link) => link.url)),
];

describe("the SWV Zuid-Holland West VO tool against its OCR text", () => {
  let text: string;
  let seed: string;
  let raw: string[];
  let pages: string[];
  let flow: Flow;
  const flowOf = (source: string): Flow => {
    const { flow, problems } = parseFlow(source, FLOW);
    expect(problems).toEqual([]);
    return flow!;
  };
  const check = (source: string) => {
    const changed = flowOf(source);
    const corrected = raw.map((page, index) => correctPage(page, index + 1, changed.corrections));
    return checkFidelity(changed, corrected, PAGES_OF as Record<string, number[]>);
  };

  beforeAll(async () => {
    text = await readFile(FLOW, "utf8");
    seed = await readFile(SEED, "utf8");
    flow = flowOf(text);
    raw = splitOcrPages(seed);
    pages = raw.map((page, index) => correctPage(page, index + 1, flow.corrections));
  });

  it("splits the dump into its 43 pages, repeated pages included", () => {
    expect(raw).toHaveLength(43);
    const starts = raw.map((page) => page.trim().split("\n")[0]);
    expect(starts.slice(0, 6)).toEqual([
      "Leeswijzer: Om scholen te ondersteunen bij het werken met het routeboek;, is — naast het routeboek zelf en de",
      "s er sprake van een schriftelijke schoolaanmelding?",
      "s de leerling Ingeschreven en geplaatst?",
      "Ouders melden hun kind schriftelijk aan bi",
      "Er Is sprake van een schoolinschrijving.",
      "Er zijn zorgen over het ziekteverzuim van een leerling",
    ]);
    expect(starts.filter((start) => start === "Wat Is de situatie?")).toHaveLength(6);
    expect(raw.slice(39).map((page) => pageUrls(page).length)).toEqual([2, 2, 2, 2]);
  });

  it("maps every page but the start page to a step, and every step to pages", () => {
    expect(new Set(Object.values(PAGES_OF).flat())).toEqual(
      new Set(raw.map((_, index) => index + 1).filter((number) => number !== START_PAGE)),
    );
    expect(new Set(Object.keys(PAGES_OF))).toEqual(new Set(flow.steps.map((step) => step.id)));
  });

  it("makes one step of each set of identical pages", () => {
    for (const all of Object.values(PAGES_OF)) {
      // The pages with only a URL list are not copies of the page whose step holds their link.
      const numbers = all.filter((number) => number < 40);
      const copies = numbers.map((number) =>
        normalise(pages[number - 1]!.replace(/Digitale tool Routeboek Verzuim en Thuiszitters|Vorige pagina/g, "")),
      );
      if (numbers.length > 1) expect(new Set(copies).size, `pages ${numbers.join(", ")}`).toBe(1);
    }
  });

  it("lists corrections whose source is the seed's text on a page of their step, each applicable once more without change", () => {
    expect(flow.corrections.length).toBeGreaterThanOrEqual(50);
    for (const correction of flow.corrections) {
      const numbers = correction.step ? PAGES_OF[correction.step]! : raw.map((_, index) => index + 1);
      expect(
        numbers.some((number) => raw[number - 1]!.includes(correction.source)),
        `"${correction.source}" is not on the pages of ${correction.step ?? "any step"}`,
      ).toBe(true);
      expect(correction.corrected.includes(correction.source), correction.source).toBe(false);
      expect(correction.reason).toBeTruthy();
    }
  });

  it("keeps the start page's leeswijzer and version in the introduction, word for word", () => {
    const intro = normalise(blockTexts(flow.intro.blocks, "source").join(" "));
    const startPage = normalise(pages[START_PAGE - 1]!.replace("Start de tool!", ""));
    expect(intro).toBe(startPage);
    expect(intro).toContain(normalise("Versie 1.0"));
    expect(flow.source).toContain("versie 1.0");
  });

  it("keeps every text not marked as ours on its source page, and every action, reference and link of the source", () => {
    const failures = checkFidelity(flow, pages, PAGES_OF as Record<string, number[]>);
    expect(failures, describeFailures(failures)).toEqual(HEURISTIC_MISSES);
  });

  it("fails on a changed action, naming the step and both texts", () => {
    const changed = text.replace(
      "3. ga hierover altijd binnen 2 weken in gesprek met ouders.",
      "3. ga hierover binnen 4 weken in gesprek met ouders.",
    );
    expect(changed).not.toBe(text);
    expect(check(changed).filter((failure) => !HEURISTIC_MISSES.some((miss) => JSON.stringify(miss) === JSON.stringify(failure)))).toEqual([
      {
        step: "beperkte-aanwezigheid",
        what: "action",
        text: "ga hierover binnen 4 weken in gesprek met ouders.",
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

  it("fails on a dropped correction: the source's OCR text no longer matches the flow", () => {
    const changed = text.replace(/ {2}- step: opschaling-jeugdhulp\n {4}source: "Actie I: Schakel[^\n]*\n[^\n]*\n[^\n]*\n/, "");
    expect(changed).not.toBe(text);
    const failures = check(changed);
    expect(failures).toEqual(
      expect.arrayContaining([
        {
          step: "opschaling-jeugdhulp",
          what: "action",
          text: "Neem contact op met het Expertiseteam Complexe Zorg (ECZ).",
          problem: "not in the source page",
        },
      ]),
    );
  });

  it("marks every target the source does not show, with a reason", () => {
    const obvious = flow.steps.flatMap((step) =>
      step.options.filter((option) => !option.inferred).map((option) => `${step.id} → ${option.to}`),
    );
    // Only where the label is the title or the single action of the page it leads to.
    expect(obvious).toEqual(["welk-verzuim → ziekteverzuim", "andere-expertise → vso-expertise", "jes-vastgelopen → opschaling-jeugdhulp"]);
    for (const step of flow.steps)
      for (const option of step.options) if (option.inferred) expect(option.inferred.reason.length).toBeGreaterThan(30);
  });

  it("offers the four forms of passend aanbod with their numbers, and the three escalation routes", () => {
    const labels = (id: string) => flow.steps.find((step) => step.id === id)!.options.map((option) => option.label);
    expect(labels("passend-aanbod")).toEqual([
      "1. Volledig onderwijsaanbod",
      "2. Combinatie van onderwijs en jeugdhulp",
      "3. Combinatie van jeugdhulp en onderwijs (extern traject)",
      "4. Vrijstelling van schoolinschrijving",
    ]);
    const targets = (id: string) => flow.steps.find((step) => step.id === id)!.options.map((option) => option.to);
    expect(targets("jes-vastgelopen")).toEqual(["opschaling-jeugdhulp", "opschaling-gezin", "opschaling-financieel"]);
  });

  it("ends no route where the source goes on: 'wel zorgplicht' and the vrijstelling boxes lead on, inferred and said so", () => {
    const step = (id: string) => flow.steps.find((candidate) => candidate.id === id)!;
    const editorialOf = (id: string) =>
      blockTexts(step(id).body.filter((block) => block.type === "notice") as never, "editorial").join(" ");
    for (const id of ["wel-zorgplicht", "vrijstelling-leerplicht"]) {
      expect(step(id).end, id).toBe(false);
      expect(step(id).options.length, id).toBeGreaterThan(0);
      for (const option of step(id).options) expect(option.inferred?.reason.length, `${id} → ${option.to}`).toBeGreaterThan(30);
      expect(editorialOf(id), id).toMatch(/(geen|zonder) (zichtbaar )?vervolg/);
    }
    // The refused exemption goes on to the escalation; the granted one to a marked end that says the source stops there.
    const targets = step("vrijstelling-leerplicht").options.map((option) => [option.label, option.to]);
    expect(targets).toEqual([
      ["Vrijstelling van schoolinschrijving is afgegeven door Leerplicht.", "vrijstelling-afgegeven"],
      ["Vrijstelling van schoolinschrijving is niet afgegeven door Leerplicht.", "jes-vastgelopen"],
    ]);
    expect(step("vrijstelling-afgegeven").editorialTitle).toBe(true);
    expect(editorialOf("vrijstelling-afgegeven")).toContain("geen vervolg");
    expect(step("wel-zorgplicht").options.map((option) => option.to)).toEqual(["jes-organiseren"]);
    // Every question step whose page the source continues from has at least one way on.
    for (const candidate of flow.steps) if (!candidate.end) expect(candidate.options.length, candidate.id).toBeGreaterThan(0);
  });

  it("does not claim the JES page appears once per route: the OCR text does not show which route leads to which copy", () => {
    const note = blockTexts(textBlocksOf(flow.steps.find((step) => step.id === "jes-organiseren")!), "editorial").join(" ");
    expect(note).not.toContain("één keer per route");
    expect(note).toContain("drie keer");
  });

  it("cites page 4's 'Routeboek, Hoofdstuk 2' on every step made from page 4 that the source's reference belongs to", () => {
    const cited = (id: string) =>
      flow.steps.find((step) => step.id === id)!.references.map((reference) => `${reference.document}, ${reference.chapter}`);
    const chapter2 = "Routeboek Verzuim & Thuiszitters, Hoofdstuk 2: Routeboek zonder schoolinschrijving";
    expect(seed).toContain("Lees verder in Routeboek Verzuim & Thuiszitters, Hoofdstuk 2: Routeboek zonder schoolinschrijving");
    for (const id of ["aanmelding-school", "wel-zorgplicht", "geen-zorgplicht", "geen-aanmelding"])
      expect(cited(id), id).toContain(chapter2);
  });

  it("keeps the leeswijzer's two em dashes as the source has them", () => {
    const intro = blockTexts(flow.intro.blocks, "source").join(" ");
    expect(seed).toContain("praktische handreiking — deze digitale tool");
    expect(intro).toContain("is — naast het routeboek zelf en de praktische handreiking — deze digitale tool");
    expect(intro).not.toContain("–");
  });

  it("marks the slash in 'hulp en/of' (actie 5) as ours: the OCR reads 'hulpen of'", () => {
    const step = flow.steps.find((candidate) => candidate.id === "beperkte-aanwezigheid")!;
    const actions = step.body.flatMap((block) => (block.type === "actions" ? block.items : []));
    const fifth = actions[4]!;
    expect(blockTexts(fifth, "source").join(" ")).toContain("voor hulp enof bespreek");
    expect(blockTexts(fifth, "editorial").join(" ").trim()).toBe("/");
    expect(seed).toContain("voor hulpen");
    expect(text).not.toMatch(/checks:[\s\S]*'voor hulp en bespreek'/);
  });

  it("lists the readings only the real document can settle among the checks", () => {
    const checks = flow.checks.join("\n");
    expect(checks).toContain("de volgende school van hun volgende voorkeur");
    expect(checks).toMatch(/Vrijstelling van schoolinschrijving/);
    expect(checks).toMatch(/wel zorgplicht.*vervolg/);
    // F26: the order of the pages would suggest button 1 leads to the vrijstelling page.
    expect(checks).toMatch(/knop 1.*situatie/i);
    // F27: the three 'Volgende stap' pages lead to the same situation page.
    expect(checks).toMatch(/situatie-vrijstelling|na een vrijstelling/);
  });

  it("hints under 'Welk (zorgwekkend) verzuim wordt gesignaleerd?' that the tool names no thresholds, importing none", () => {
    const step = flow.steps.find((candidate) => candidate.id === "welk-verzuim")!;
    const kinds = step.body.map((block) => (block.type === "notice" ? block.kind : block.type));
    expect(kinds.indexOf("redactie")).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf("redactie")).toBeLessThan(kinds.indexOf("options"));
    const text = blockTexts([step.body[kinds.indexOf("redactie")] as never], "editorial").join(" ");
    expect(text).toMatch(/noemt .*geen drempels/);
    expect(text).not.toMatch(/\d+ uur/);
  });

  it("shows both 'Let op' boxes as notices", () => {
    const notices = flow.steps.flatMap((step) =>
      step.body
        .filter((block) => block.type === "notice" && block.kind === "let-op")
        .map((block) => `${step.id}: ${blockTexts([block as never]).join(" ")}`),
    );
    expect(notices).toEqual([
      "wel-zorgplicht: Geen schoolinschrijving, wel zorgplicht",
      "geen-zorgplicht: Geen schoolinschrijving, geen zorgplicht.",
    ]);
  });
});

describe("the SWV Zuid-Holland West routebook", () => {
  let routebook: Routebook;
  let seed: string;
  beforeAll(async () => {
    const { routebooks, problems } = await readContent("content");
    expect(problems.filter((problem) => problem.file.includes("swvzhw-vo"))).toEqual([]);
    routebook = routebooks.find((candidate) => candidate.id === "swvzhw-vo")!;
    seed = await readFile(SEED, "utf8");
  });

  it("is a vo routebook for Zuid-Holland West, version 1.0, with the documents the tool cites", () => {
    expect(routebook).toMatchObject({ sectors: ["vo"], region: "Zuid-Holland West", version: "1.0" });
    expect(routebook.documents.map((document) => document.alias)).toEqual([
      "Routeboek Verzuim & Thuiszitters",
      "Praktische handreiking",
      "Toolkit zorgplicht",
      "Tafels voor opschaling",
    ]);
  });

  it("has all 12 distinct URLs of the seed in its flow", () => {
    const seedUrls = new Set(pageUrls(seed));
    expect(seedUrls.size).toBe(12);
    const flowUrls = new Set(routebook.flow.steps.flatMap(urlsOf));
    expect(flowUrls).toEqual(seedUrls);
  });

  it("labels the links into SPPOH's 2024 primary-school documents as another organisation's old version, with a note", () => {
    const sppoh = routebook.flow.steps.flatMap((step) =>
      step.links.filter((link) => link.url.startsWith("https://pro.sppoh.nl/")).map((link) => ({ step: step.id, label: link.label })),
    );
    expect(sppoh).toEqual([
      { step: "opschaling-jeugdhulp", label: "Routeboek Verzuim & Thuiszitters PO van SPPOH, oude versie (2024)" },
      { step: "opschaling-jeugdhulp", label: "Tafels voor opschaling PO van SPPOH, oude versie (2024)" },
    ]);
    const step = routebook.flow.steps.find((candidate) => candidate.id === "opschaling-jeugdhulp")!;
    const notes = blockTexts(step.body.filter((block) => block.type === "notice" && block.kind === "redactie") as never).join(" ");
    expect(notes).toContain("ander samenwerkingsverband");
  });

  it("is flagged by the link report where it links SPPOH's documents, and nowhere else", async () => {
    const { routebooks } = await readContent("content");
    const documents = routebooks.flatMap((book) =>
      book.documents.flatMap((source) => (source.url ? [{ routebook: book.id, alias: source.alias, url: source.url }] : [])),
    );
    const uses = collectExternalLinks(routebooks);
    const ours = new Map([...uses].filter(([, list]) => list.some((use) => use.routebook === "swvzhw-vo")));
    const flagged = [...flagLinks(ours, documents)].map(([url, flags]) => [
      url,
      flags.map((flag) => (flag.kind === "other-routebook" ? `${flag.routebook}: ${flag.document}` : flag.kind)),
    ]);
    expect(flagged).toEqual([
      [
        "https://pro.sppoh.nl/wp-content/uploads/sites/3/2024/09/2024-Routeboek-Verzuim-en-Thuiszitters-PO-definitief.pdf",
        ["stale-version", "sppoh-po: Routeboek Verzuim & Thuiszitters"],
      ],
      [
        "https://pro.sppoh.nl/wp-content/uploads/sites/3/2024/09/2024-Tafels-voor-opschaling-PO-definitief.pdf",
        ["stale-version", "sppoh-po: Tafels voor opschaling"],
      ],
    ]);
  });

  it("cites its references without a file, each listed as not verified", async () => {
    const { unverified } = await readContent("content");
    const references = routebook.flow.steps.flatMap((step) => step.references);
    expect(references.length).toBeGreaterThan(40);
    expect(references.filter((reference) => reference.target)).toEqual([]);
    expect(unverified.filter((entry) => entry.file === FLOW)).toHaveLength(references.length);
    // One alias per document: the tool's short "Routeboek" is normalised, and the correction says so.
    expect(new Set(references.map((reference) => reference.document))).toEqual(
      new Set(["Routeboek Verzuim & Thuiszitters", "Praktische handreiking", "Toolkit zorgplicht", "Tafels voor opschaling"]),
    );
    expect(routebook.flow.corrections.some((correction) => correction.source === "Lees verder in het Routeboek, Hoofdstuk 3")).toBe(true);
  });
});
