import { sourceOf } from "../fidelity/sources.ts";
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { DocumentChapter } from "../../pipeline/documents/types.ts";
import { checkFlowGraph } from "../../pipeline/flow/graph.ts";
import { parseDuration } from "../../shared/phases/duration.ts";
import { phasesUpTo } from "../../pipeline/phases/route.ts";
import { phaseTimeline } from "../../shared/phases/timeline.ts";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { stepInlineRuns, textBlocksOf } from "../../pipeline/flow/step-text.ts";
import { scanAbbreviations } from "../../pipeline/glossary/abbreviations.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import { blockTexts, inlineRuns, inlinesOfType, inlineToText, linksIn } from "../../pipeline/rich/text.ts";
import type { Block, Inline } from "../../pipeline/schema/rich.ts";
import type { Flow } from "../../pipeline/schema/flow.ts";
import { checkFidelity, describeFailures, normalise, flowWithoutProblems } from "../support/fidelity.ts";

const ID = "west-brabant-thuiszitterspact";
const FLOW = `content/${ID}/flow.md`;
/** The herziene uitwerking as text (a copy of shared/seeds/003_a7d52cd6e9c9e420.txt, so the tests stand alone). */
const SEED = `tests/fixtures/seeds/${ID}.txt`;

/** The source's chapters, in its order and with its numbering ("Bijlagen" and "Handige links" have none). */
const CHAPTERS = [
  "1. Inleiding",
  "2. Gezamenlijke verantwoordelijkheid",
  "3. De doelgroep",
  "4. De betrokken partners en hun verantwoordelijkheden",
  "5. Stappenplan voorkomen en bestrijden van thuiszitten en opschalen casuïstiek",
  "6. Evaluatie en implementatie",
  "Bijlagen",
  "5.1 Procesflow stappenplan",
  "5.2 Visual stappenplan voorkomen en bestrijden thuiszitten",
  "5.3 Oplegger lokale opschaling",
  "Handige links",
];

/** The annexes the source lists but does not contain. */
const MISSING_ANNEXES = CHAPTERS.filter((title) => /^5\.\d /.test(title));

/** The partners of the source's table, in its order. */
const PARTNERS = [
  "Ouder(s)/verzorger(s) van een jeugdige",
  "Jeugdige vanaf 12 jaar",
  "School van aanmelding",
  "School van inschrijving",
  "Leerplichtambtenaar",
  "Jeugdprofessional",
  "Samenwerkingsverband",
  "Jeugdgezondheidszorg",
  "Vangnetcoördinator VO en PRO-VSO",
  "Onderwijs(zorg)consulent, ingesteld door de ministeries van Onderwijs, Cultuur en Wetenschap (OCW) en Volksgezondheid, Welzijn en Sport (WVS)",
  "Betrokken hulpverleners en belangrijke personen in het netwerk",
];

/** Words of ours that the source lacks on purpose: the usual abbreviation, named in the note on the source's "(WVS)". */
const NOT_IN_SOURCE = new Set(["VWS"]);

/** Units whose number must stand in the source with the same unit ("4 weken", "12 jaar", "16 West-Brabantse gemeenten"). */
const UNIT = "(?:weken|week|maanden|jaar|dagen|uur|lesuren|West-Brabantse gemeenten)";
const NUMBER_WORDS = "(?:één|een|twee|drie|vier|vijf|zes|acht|tien|twaalf)";

/** The seed with the extraction's replacement characters taken out and its whitespace folded. */
const cleanSeed = (seed: string) => seed.replace(/\uFFFD/g, "").replace(/\s+/g, " ");

const chapterTexts = (chapter: DocumentChapter) => [
  ...blockTexts(chapter.blocks),
  ...chapter.footnotes.flatMap((footnote) => blockTexts(footnote.children)),
];

const chapterUrls = (chapter: DocumentChapter) =>
  [...inlineRuns(chapter.blocks), ...chapter.footnotes.flatMap((footnote) => [...inlineRuns(footnote.children)])].flatMap((run) =>
    [...linksIn(run)].map((link) => link.url),
  );

/** Every table of a chapter's blocks, nested ones included. */
function tablesOf(blocks: readonly Block[]): Extract<Block, { type: "table" }>[] {
  return blocks.flatMap((block) =>
    block.type === "table"
      ? [block]
      : block.type === "notice" || block.type === "quote"
        ? tablesOf(block.children)
        : block.type === "list"
          ? block.items.flatMap(tablesOf)
          : [],
  );
}

const text = (inlines: readonly Inline[]) => inlineToText(inlines);

describe("the West-Brabant thuiszitterspact routebook", () => {
  let book: Routebook;
  let chapters: DocumentChapter[];
  let seed: string;

  beforeAll(async () => {
    const { routebooks, problems, warnings, unverified } = await readContent("content");
    expect(problems).toEqual([]);
    expect(warnings.filter((warning) => warning.file.includes(ID))).toEqual([]);
    expect(unverified.filter((reference) => reference.file.includes(ID))).toEqual([]);
    book = routebooks.find((routebook) => routebook.id === ID)!;
    chapters = book.documents[0]!.text!.chapters;
    seed = await readFile(SEED, "utf8");
  });

  it("covers po and vo in West-Brabant, and gives no version, date or municipalities the source does not give", () => {
    expect(book.sectors).toEqual(["po", "vo"]);
    expect(book.region).toBe("West-Brabant");
    expect(book).not.toHaveProperty("version");
    expect(book).not.toHaveProperty("date");
    expect(book).not.toHaveProperty("municipalities");
    expect(book.documents).toHaveLength(1);
    expect(book.documents[0]).toMatchObject({ alias: "Thuiszitterspact", summary: true, markdown: "bronnen/pact.md" });
    expect(book.documents[0]).not.toHaveProperty("version");
    expect(book.documents[0]).not.toHaveProperty("date");
    // The introduction says why, and that the source's 16 municipalities are not named.
    const intro = blockTexts(book.description.blocks, "editorial").join(" ");
    expect(intro).toContain("de 16 West-Brabantse gemeenten");
    expect(intro).toContain("Aan deze herziene uitwerking verbinden we geen datum meer");
    expect(blockTexts(book.description.blocks, "source")).toEqual([]);
  });

  it("has the source's chapters, titled and numbered as the source does", () => {
    expect(chapters.map((chapter) => chapter.title)).toEqual(CHAPTERS);
    const source = normalise(cleanSeed(seed));
    for (const chapter of chapters) {
      expect(source, chapter.title).toContain(normalise(chapter.title));
      for (const section of chapter.sections) expect(source, `${chapter.title} › ${section.title}`).toContain(normalise(section.title));
    }
    expect(chapters[4]!.sections.map((section) => section.title.slice(0, 6))).toEqual([
      "Stap 1",
      "Stap 2",
      "Stap 3",
      "Stap 4",
      "Stap 5",
      "Nieuwe",
      "Wat ve",
      "Regie ",
      "Regie ",
    ]);
  });

  it("uses only numbers, years, terms and abbreviations that the source has, with the same unit", () => {
    const source = cleanSeed(seed);
    const flow = book.flow.steps.flatMap((step) => blockTexts(textBlocksOf(step)));
    const texts = [...chapters.flatMap(chapterTexts), ...flow, ...blockTexts(book.description.blocks)];
    const all = texts.join("\n");
    expect(all.length).toBeGreaterThan(10_000);
    const numbers = [...all.matchAll(/(?<![\p{L}\p{N}])\d+(?:[.-]\d+)*/gu)].map((match) => match[0]);
    expect(numbers).toEqual(expect.arrayContaining(["2017", "2019", "2020", "2022", "2023-2024", "16", "12", "4", "5.3"]));
    for (const number of new Set(numbers))
      expect(source, number).toMatch(new RegExp(`(?<![\\d.])${number.replace(/\./g, "\\.")}(?![\\d])`));
    const withUnits = [...all.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\d+|${NUMBER_WORDS}) ${UNIT}(?![\p{L}])`, "gu"))].map(
      (match) => match[0],
    );
    expect(withUnits).toEqual(expect.arrayContaining(["drie maanden", "vier weken", "4 weken", "12 jaar", "16 West-Brabantse gemeenten"]));
    for (const phrase of new Set(withUnits)) expect(source, phrase).toContain(phrase);
    const abbreviations = new Set(texts.flatMap((line) => scanAbbreviations(line).map((use) => use.term)));
    expect([...abbreviations].sort()).toEqual([
      "DUO",
      "GGD",
      "MAS",
      "MAZL",
      "MDO",
      "NJI",
      "OCW",
      "OPP",
      "PRO-VSO",
      "RBL",
      "SMART",
      "VO",
      "VWS",
      "WVS",
    ]);
    for (const term of abbreviations)
      if (!NOT_IN_SOURCE.has(term)) expect(source, term).toMatch(new RegExp(`(?<![\\p{L}])${term}(?![\\p{L}])`, "u"));
  });

  it("explains every abbreviation in its glossary", () => {
    const terms = new Set(book.glossary.map((entry) => entry.term));
    for (const term of ["DUO", "GGD", "MAS", "MAZL", "MDO", "NJI", "OCW", "OPP", "PRO-VSO", "RBL", "SMART", "VO", "VWS", "WVS"])
      expect(terms, term).toContain(term);
  });

  it("has every URL of the source, and no other", () => {
    const sourceUrls = new Set([...seed.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]));
    expect(sourceUrls.size).toBe(13);
    const flowUrls = book.flow.steps.flatMap((step) => [
      ...step.links.map((link) => link.url),
      ...[...stepInlineRuns(step)].flatMap((run) => [...linksIn(run)].map((link) => link.url)),
    ]);
    const contentUrls = new Set([
      ...chapters.flatMap(chapterUrls),
      ...flowUrls,
      ...book.documents.flatMap((document) => (document.url ? [document.url] : [])),
    ]);
    expect(contentUrls).toEqual(sourceUrls);
    // The footnote links of the running text are footnotes, not links in the prose.
    const footnoteUrls = chapters.flatMap((chapter) =>
      chapter.footnotes.flatMap((footnote) =>
        [...inlineRuns(footnote.children)].flatMap((run) => [...linksIn(run)].map((link) => link.url)),
      ),
    );
    expect(footnoteUrls).toHaveLength(5);
  });

  it("lists the Handige links with the source's labels in the source's order, and says their pairing with the URLs is not certain", () => {
    const links = chapters.find((chapter) => chapter.title === "Handige links")!;
    const list = links.blocks.find((block) => block.type === "list")!;
    const labels = list.type === "list" ? list.items.map((item) => blockTexts(item).join(" ")) : [];
    expect(labels).toEqual([
      "Steunpunt passend onderwijs",
      "Methodische Aanpak Schoolverzuim (MAS)",
      "Afwijken/onderwijstijd uitleg Variawet",
      "Verzuimkaarten bij verzuimscenario’s",
      "Onderwijsconsulenten",
      "Zorgplicht scholen",
      "Ingrado-handreiking en checklist aanwezigheidsbeleid",
      "NJI Oplossingenlab",
    ]);
    // The source gives the labels and then the URLs: both in the same order as here.
    const tail = seed.slice(seed.indexOf("Handige links"));
    expect(chapterUrls(links)).toEqual([...tail.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]));
    expect(blockTexts(links.blocks, "editorial").join(" ")).toContain("op volgorde aan elkaar gekoppeld");
  });

  it("has the partner table with the source's eleven partners", () => {
    const partners = chapters.find((chapter) => chapter.title.startsWith("4."))!;
    const [table] = tablesOf(partners.blocks);
    expect(table).toBeDefined();
    expect(text(table!.caption!)).toBe("Partners en hun taken en verantwoordelijkheden");
    expect(table!.head.map(text)).toEqual(["Partners", "Taken en verantwoordelijkheden"]);
    expect(table!.rows.map((row) => text(row[0]!))).toEqual(PARTNERS);
    const source = normalise(cleanSeed(seed));
    for (const partner of PARTNERS) expect(source, partner).toContain(normalise(partner));
    // The source's "(WVS)" is kept, and a note of ours says so.
    expect(blockTexts(partners.blocks, "editorial").join(" ")).toContain('"Volksgezondheid, Welzijn en Sport (WVS)"');
  });

  it("keeps the leerplichtambtenaar's '(>12 jaar)' as the source writes it, and notes that the row above says 'vanaf 12 jaar'", () => {
    const partners = chapters.find((chapter) => chapter.title.startsWith("4."))!;
    const source = blockTexts(partners.blocks, "source").join(" ");
    expect(source).toContain("jeugdige (>12 jaar)");
    expect(source).not.toContain("ouder dan 12 jaar");
    expect(blockTexts(partners.blocks, "editorial").join(" ")).toMatch(/>12 jaar.*vanaf 12 jaar/);
  });

  it("quotes the oud-minister and the Ingrado definition word for word, with attribution", () => {
    const quotes = chapters.flatMap((chapter) => chapter.blocks.filter((block) => block.type === "quote"));
    expect(quotes).toHaveLength(2);
    const source = normalise(cleanSeed(seed));
    for (const quote of quotes) {
      if (quote.type !== "quote") continue;
      for (const part of blockTexts(quote.children).join(" ").split("[…]")) expect(source, part).toContain(normalise(part));
      expect(quote.attribution).toBeDefined();
    }
    expect(quotes.map((quote) => (quote.type === "quote" ? text(quote.attribution!) : ""))).toEqual([
      "oud-minister Wiersma (Primair en Voortgezet Onderwijs), brief aan de Tweede Kamer, 2022",
      "Ingrado",
    ]);
  });

  it("attributes the sidebar on belastbaarheid to the GGD West-Brabant", () => {
    const stappenplan = chapters.find((chapter) => chapter.title.startsWith("5."))!;
    const texts = blockTexts(stappenplan.blocks);
    const start = texts.indexOf("Nieuwe kijk op belastbaarheid");
    expect(start).toBeGreaterThan(0);
    expect(texts.slice(start)).toContain("Bron: GGD West-Brabant");
  });

  it("shows each annex the source names but does not contain as a chapter with only a note of ours", () => {
    for (const title of MISSING_ANNEXES) {
      const chapter = chapters.find((candidate) => candidate.title === title)!;
      expect(
        chapter.blocks.map((block) => (block.type === "notice" ? block.kind : block.type)),
        title,
      ).toEqual(["redactie"]);
      expect(blockTexts(chapter.blocks, "editorial").join(" "), title).toContain("staat niet in het bronmateriaal van deze site");
    }
  });
});

const WEST_BRABANT = sourceOf(ID);
const PAGES_OF = WEST_BRABANT.pagesOf as Record<string, number[]>;
const stepHeadings = WEST_BRABANT.pages;

describe("the West-Brabant stappenplan as a route", () => {
  let source: string;
  let pages: string[];
  let book: Routebook;
  const flowOf = (text: string) => flowWithoutProblems(text, FLOW);
  /**
   * The fidelity check, except for the "Lees verder" references: the source has none, so they
   * are ours by nature (they point into the summary); the build checks that they resolve.
   */
  const fidelity = (flow: Flow) =>
    checkFidelity(flow, pages, PAGES_OF, { phaseDurationsIn: seedText }).filter((failure) => failure.what !== "reference");

  let seedText: string;

  beforeAll(async () => {
    source = await readFile(FLOW, "utf8");
    seedText = await readFile(SEED, "utf8");
    pages = stepHeadings(seedText);
    const { routebooks } = await readContent("content");
    book = routebooks.find((routebook) => routebook.id === ID)!;
  });

  it("reads the five step headings of the source", () => {
    expect(pages.map((page) => page.slice(0, 6))).toEqual(["Stap 1", "Stap 2", "Stap 3", "Stap 4", "Stap 5"]);
    expect(pages[2]).toBe(
      "Stap 3. \uFFFDIs de termijn (maximaal 4 weken) zonder succes verstreken? Dan wordt een multidisciplinair overleg (MDO) georganiseerd.",
    );
    expect(new Set(Object.values(PAGES_OF).flat())).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it("keeps every text not marked as ours in the source's step headings, whole", () => {
    const flow = flowOf(source);
    expect(Object.keys(PAGES_OF).sort()).toEqual(flow.steps.map((step) => step.id).sort());
    const failures = fidelity(flow);
    expect(failures, describeFailures(failures)).toEqual([]);
    // Only titles are the source's: every option label and every explanation is marked as ours.
    for (const step of flow.steps) {
      for (const option of step.options) expect(option.editorialLabel, `${step.id}: ${option.label}`).toBe(true);
      expect(blockTexts(textBlocksOf(step), "source"), step.id).toEqual([]);
    }
  });

  it("fails on a changed title, a changed term and a label of ours that is not marked", () => {
    const changed = source
      .replace("registreert en analyseert (langdurig) verzuim. {#stap-1}", "registreert en bespreekt (langdurig) verzuim. {#stap-1}")
      .replace("(maximaal 4 weken) zonder succes verstreken? {#termijn}", "(maximaal 6 weken) zonder succes verstreken? {#termijn}")
      .replace("- [:redactie[Volgende]](#stagneert)", "- [Volgende](#stagneert)");
    expect(changed).not.toBe(source);
    expect(fidelity(flowOf(changed))).toEqual([
      {
        step: "stap-1",
        what: "title",
        text: "Stap 1. De school signaleert, registreert en bespreekt (langdurig) verzuim.",
        problem: "not in the source page",
      },
      {
        step: "termijn",
        what: "title",
        text: "Stap 3. Is de termijn (maximaal 6 weken) zonder succes verstreken?",
        problem: "not in the source page",
      },
      { step: "integraal-plan", what: "option", text: "Volgende", problem: "not in the source page" },
    ]);
  });

  it("lists the removed replacement characters as corrections", () => {
    const flow = flowOf(source);
    expect(flow.corrections.map((correction) => [correction.step, correction.corrected])).toEqual([
      ["stap-2", "Stap 2. Bij ontluikend schoolverzuim"],
      ["termijn", "Stap 3. Is de termijn"],
    ]);
    for (const correction of flow.corrections) expect(pages.join("\n")).toContain(correction.source);
  });

  it("makes the term of stap 2 and 3, 'maximaal 4 weken', a phase, whose number and title are ours", async () => {
    const flow = flowOf(source);
    const seed = await readFile(SEED, "utf8");
    expect(seed).toContain("(maximaal 4 weken)");
    const phased = flow.steps.filter((step) => step.phase).map((step) => [step.id, step.phase!.name, step.phase!.duration]);
    expect(phased).toEqual([
      ["stap-2", "2", "maximaal 4 weken"],
      ["termijn", "2", "maximaal 4 weken"],
    ]);
    expect(
      flow.phases.map(({ name, editorial, editorialTitle, editorialExplanation }) => ({
        name,
        editorial,
        editorialTitle,
        editorialExplanation,
      })),
    ).toEqual([{ name: "2", editorial: true, editorialTitle: true, editorialExplanation: true }]);
    expect(flow.phases[0]!.explanation).toMatch(/De bron nummert geen fasen/);
    // The timeline reads the source's words: at most four weeks from the start date, well within three months.
    expect(parseDuration("maximaal 4 weken")).toEqual({ unit: "weken", min: 0, max: 4 });
    const timeline = phaseTimeline("2026-12-07", phasesUpTo(flow, "termijn"));
    expect(timeline.latestEnd).toBe("2027-01-04");
    expect(timeline.overNorm).toBeLessThan(0);
    // The duration must be the source's own words; a changed one fails.
    const changed = flowOf(source.replaceAll("looptijd maximaal 4 weken", "looptijd maximaal 6 weken"));
    expect(checkFidelity(changed, pages, PAGES_OF, { phaseDurationsIn: seed }).filter((failure) => failure.what === "phase")).toEqual([
      { step: "stap-2", what: "phase", text: "maximaal 6 weken", problem: "not in the source page" },
      { step: "termijn", what: "phase", text: "maximaal 6 weken", problem: "not in the source page" },
    ]);
  });

  it("names the school's duties to report at stap 1, and lets a pupil who already stays at home go on to the MDO", () => {
    const stap1 = book.flow.steps.find((step) => step.id === "stap-1")!;
    const note = blockTexts(textBlocksOf(stap1), "editorial").join(" ");
    expect(note).toContain("meldt verzuim tijdig via DUO bij de leerplichtambtenaar");
    expect(note).toContain("meldt thuiszitters bij het samenwerkingsverband en de leerplichtambtenaar");
    const links = [...stepInlineRuns(stap1)].flatMap((run) => [...inlinesOfType(run, "internalLink")]);
    const partners = links.find((link) => link.href === "bron:Thuiszitterspact, 4. De betrokken partners en hun verantwoordelijkheden");
    expect(partners?.target).toMatchObject({ kind: "chapter" });
    const home = stap1.options.find((option) => option.to === "mdo")!;
    expect(home.label).toBe("De jeugdige zit al thuis");
    expect(home.inferred!.reason).toContain("Stap 3, 4 en 5");
  });

  it("puts first at the MDO who organises it without a schoolinschrijving: the leerplichtambtenaar", () => {
    const mdo = flowOf(source).steps.find((step) => step.id === "mdo")!;
    const first = blockTexts(textBlocksOf(mdo), "editorial")[0]!;
    expect(first).toMatch(/^Heeft de jeugdige geen schoolinschrijving.*organiseert de leerplichtambtenaar het MDO/);
  });

  it("marks every target the source does not show, with a reason", () => {
    const inferred = flowOf(source).steps.flatMap((step) =>
      step.options.filter((option) => option.inferred).map((option) => `${step.id} → ${option.to}`),
    );
    expect(inferred).toEqual([
      "schoolinschrijving → stap-1",
      "stap-1 → mdo",
      "termijn → schoolgang-hersteld",
      "niet-naar-school → stagneert",
      "stagneert → schoolgang-hersteld",
      "stagneert → mdo",
      "opschalen → mdo",
    ]);
  });

  it("resolves every reference to a chapter or section of the summary", () => {
    const references = book.flow.steps.flatMap((step) => step.references.map((reference) => ({ step: step.id, ...reference })));
    expect(references.length).toBeGreaterThanOrEqual(10);
    for (const reference of references) expect(reference.target, `${reference.step}: ${reference.chapter}`).toBeDefined();
    const mdo = references.filter((reference) => reference.step === "mdo").map((reference) => reference.target!.anchor);
    expect(mdo).toEqual(["stap-3-is-de-termijn-maximaal-4-weken", "wat-verstaan-we-onder-regie"]);
    const oplegger = references.find((reference) => reference.chapter === "5.3 Oplegger lokale opschaling")!;
    expect(oplegger.target).toMatchObject({ chapter: "5-3-oplegger-lokale-opschaling" });
  });

  it("loops through steps 3–5 and has a way out of the loop", () => {
    const flow = flowOf(source);
    expect(checkFlowGraph(flow, FLOW)).toEqual([]);
    const targets = (id: string) => flow.steps.find((step) => step.id === id)!.options.map((option) => option.to);
    expect(targets("opschalen")).toEqual(["mdo"]);
    expect(targets("stagneert")).toEqual(["opschalen", "schoolgang-hersteld", "mdo"]);
    expect(flow.steps.filter((step) => step.end).map((step) => step.id)).toEqual(["schoolgang-hersteld"]);
  });

  it("is reported as a loop without exit when the way out is removed", () => {
    const closed = source.replace(
      "- [:redactie[Nee, de jeugdige gaat weer naar school]](#schoolgang-hersteld)",
      "- [:redactie[Nee, de jeugdige gaat weer naar school]](#opschalen)",
    );
    expect(closed).not.toBe(source);
    // Reading a flow runs the graph check: the problems come with the parse.
    const messages = parseFlow(closed, FLOW).problems.map((problem) => problem.message);
    expect(messages).toEqual(
      expect.arrayContaining(['from step "mdo" no end can be reached', 'from step "opschalen" no end can be reached']),
    );
  });
});
