import type { Signal, SignalsFile } from "../../pipeline/schema/signals.ts";
import { sourceOf } from "../fidelity/sources.ts";
import { MEASURES as MEASURE_LABELS } from "../../pipeline/schema/signals.ts";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { readContent } from "../../pipeline/content.ts";
import type { DocumentChapter } from "../../pipeline/documents/types.ts";
import { scanAbbreviations } from "../../pipeline/glossary/abbreviations.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import { phasesUpTo } from "../../pipeline/phases/route.ts";
import { phaseTimeline } from "../../shared/phases/timeline.ts";
import { resolveReference } from "../../pipeline/references/resolve.ts";
import { blockTexts, inlinesOfType, textRuns } from "../../pipeline/rich/text.ts";
import { checkFidelity, describeFailures, normalise, flowWithoutProblems } from "../support/fidelity.ts";

const ID = "den-bosch-schoolverzuim";
const DIR = `content/${ID}`;
const ALIAS = "Preventieve aanpak schoolverzuim";
/** The protocol's text (a copy of shared/seeds/004_326ddd5556b24252.txt, so the tests stand alone). */
const SEED = `tests/fixtures/seeds/${ID}.txt`;

/** The chapters in the order the source has them; the last is the annex the source names but does not contain. */
const CHAPTERS = [
  "Inleiding",
  "1. Stimuleren van aanwezigheid",
  "2. Betrouwbare registratie en vroegtijdige signalering",
  "3. Contact met leerling en ouders",
  "4. Vroegtijdige en continue samenwerking",
  "5. Van stagnatie naar doorbraak",
  "Bijlage 1: Registratiecriteria",
  "Bijlage 2: advies gespreksvoering door school (mentor, oco)",
  "Bijlage 3: Aanmeldformulier ziekteverzuim",
  "Bijlage 4: wetgeving delen van informatie 12+ en 16+",
  "Bijlage 5: ROLLEN en bevoegdheden PARTNERS",
  "Bijlage 6",
  "Bijlage 7: Preventieve spreekuren",
  "Bijlage 8: Opschaling naar doorbraakoverleg",
  "Bijlage handleiding registreren thuiszitterstool LDOS",
];

/** Whitespace folded, case kept: "meer dan 10\nschooldagen" is "meer dan 10 schooldagen". */
const fold = (text: string) => text.replace(/\s+/g, " ").trim();
/** A number with the unit that follows it in the text. */
const NUMBER_WITH_UNIT = /\d+(?:,\d+)?\s*(?:keer|uur|lesuren|dagdelen|dagen|dag|schooldagen|jaar|weken|week|maanden|maand|minuten)\b/gi;
const MONTH_YEAR = /\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}\b/gi;
const YEAR = /\b(?:19|20)\d\d\b/g;
const URL = /https?:\/\/[^\s)>\]]+/g;

const chapterText = (chapter: DocumentChapter) =>
  [chapter.title, ...blockTexts(chapter.blocks), ...chapter.footnotes.flatMap((note) => blockTexts(note.children))].join("\n");

describe("the 's-Hertogenbosch protocol as a routebook", () => {
  let routebook: Routebook;
  let chapters: DocumentChapter[];
  let seed: string;
  let foldedSeed: string;
  let warnings: { file: string; message: string }[];

  beforeAll(async () => {
    const content = await readContent("content");
    expect(content.problems.filter((problem) => problem.file.includes(ID))).toEqual([]);
    warnings = content.warnings.filter((warning) => warning.file.includes(ID));
    routebook = content.routebooks.find((candidate) => candidate.id === ID)!;
    chapters = routebook.documents[0]!.text!.chapters;
    seed = await readFile(SEED, "utf8");
    foldedSeed = fold(seed).toLowerCase();
  });

  it("reads without problems or warnings (the capitals of Bijlage 5's title are emphasis, not abbreviations)", () => {
    expect(routebook).toBeDefined();
    expect(warnings).toEqual([]);
  });

  it("names the source's title, version and date, its region and the three sectors it speaks of", () => {
    expect(routebook).toMatchObject({
      title: "Preventieve aanpak schoolverzuim",
      region: "’s-Hertogenbosch",
      sectors: ["po", "vo", "mbo"],
      version: "januari 2022",
      date: "2022-01",
    });
    expect(seed.split("\n")[0]).toMatch(/Preventieve aanpak schoolverzuim\s+januari 2022/);
    expect(routebook.documents).toHaveLength(1);
    expect(routebook.documents[0]).toMatchObject({ alias: ALIAS, title: ALIAS, summary: true, version: "januari 2022", date: "2022-01" });
    // The sectors come from the source: vo terms, translatable to po and mbo.
    expect(foldedSeed).toContain(
      "termen die in het voortgezet onderwijs (vo) gebruikt worden, maar vertaald kunnen worden naar het primair onderwijs (po) en middelbaar beroepsonderwijs (mbo)",
    );
  });

  it("has the source's chapters, in its order, each title the source's own", () => {
    expect(chapters.map((chapter) => chapter.title)).toEqual(CHAPTERS);
    for (const title of CHAPTERS) expect(normalise(seed), title).toContain(normalise(title));
  });

  it("keeps every number with its unit, every date, year, URL and abbreviation of its chapters in the source", () => {
    const text = fold(chapters.map(chapterText).join("\n"));
    const numbers = [...new Set(text.match(NUMBER_WITH_UNIT) ?? [])];
    expect(numbers.length).toBeGreaterThan(15);
    for (const number of numbers) expect(foldedSeed, number).toContain(number.toLowerCase());
    const dates = [...new Set([...(text.match(MONTH_YEAR) ?? []), ...(text.match(YEAR) ?? [])])];
    expect(dates).toEqual(expect.arrayContaining(["februari 2022", "2015"]));
    for (const date of dates) expect(foldedSeed, date).toContain(date.toLowerCase());
    const abbreviations = [...new Set(scanAbbreviations(text).map((found) => found.term))];
    expect(abbreviations).toEqual(expect.arrayContaining(["DUO", "LDOS", "LVS", "JVS", "ZAT", "MAS", "SMART", "RMC", "JGZ", "GGD"]));
    for (const abbreviation of abbreviations) expect(seed, abbreviation).toContain(abbreviation);
  });

  it("has every URL of the source, and no other, in its chapters", () => {
    const sourceUrls = new Set(seed.match(URL));
    expect(sourceUrls).toEqual(new Set(["http://www.ggdhvb.nl/"]));
    const contentUrls = new Set(
      chapters.flatMap((chapter) => [...textRuns(chapter)].flatMap((run) => [...inlinesOfType(run, "link")].map((link) => link.url))),
    );
    expect(contentUrls).toEqual(sourceUrls);
  });

  it("links its cross references to the chapters they name, every one resolved", () => {
    const targets = chapters.flatMap((chapter) =>
      [...textRuns(chapter)].flatMap((run) =>
        [...inlinesOfType(run, "internalLink")].map((link) => ({ from: chapter.title, href: link.href, to: link.target })),
      ),
    );
    for (const { from, href, to } of targets) expect(to, `${from} → ${href}`).toBeDefined();
    const titleOf = (slug: string) => chapters.find((chapter) => chapter.slug === slug)?.title;
    const linked = new Set(targets.map(({ to }) => (to?.kind === "chapter" ? titleOf(to.chapter) : undefined)));
    // Every chapter the source refers to ("zie bijlage 1", "zie hoofdstuk 3", "zie bijlage 8"…) is a link target.
    for (const title of CHAPTERS.filter((title) => title.startsWith("Bijlage") || title.startsWith("3.")))
      expect(linked, title).toContain(title);
  });

  it("keeps the source's footnote as a footnote of chapter 4", () => {
    const chapter = chapters.find((candidate) => candidate.title.startsWith("4."))!;
    expect(chapter.footnotes).toHaveLength(1);
    expect(blockTexts(chapter.footnotes[0]!.children).join(" ")).toContain("(vanaf 16 jaar)");
  });

  it("gives the registratiecriteria and the consent rules as tables with the source's bands", () => {
    const tables = (title: string) =>
      chapters
        .find((chapter) => chapter.title === title)!
        .blocks.filter((block) => block.type === "table")
        .map((table) => blockTexts([table]));
    const [teLaat, spijbelen, ziekte] = tables("Bijlage 1: Registratiecriteria");
    expect(teLaat).toEqual(expect.arrayContaining(["Tot en met 7 keer", "8 t/m 11 keer", "Vanaf 12 keer"]));
    expect(spijbelen).toEqual(expect.arrayContaining(["Tot en met 2 dagdelen", "1 tot 1,5 dag", "2 dagen of meer"]));
    expect(ziekte!.join(" ")).toContain("meer dan 10 schooldagen achtereen");
    expect(ziekte!.join(" ")).toContain("meer dan één week achter elkaar");
    const [consent] = tables("Bijlage 4: wetgeving delen van informatie 12+ en 16+");
    expect(consent).toEqual(expect.arrayContaining(["Jonger dan 12 jaar", "Vanaf 12 jaar tot 16 jaar", "Vanaf 16 jaar"]));
    const [spreekuurTeLaat, spreekuurSpijbelen] = tables("Bijlage 7: Preventieve spreekuren");
    expect(spreekuurTeLaat).toEqual(expect.arrayContaining(["Tot en met 7 keer", "8 t/m 11 keer", "Vanaf 12 keer"]));
    expect(spreekuurSpijbelen).toEqual(
      expect.arrayContaining(["Tot en met 7 uur", "8 t/m 11 uur", "Meer dan 11 lesuren of meerdere dagdelen"]),
    );
  });

  it("says where the source contradicts itself, in the editors' voice", () => {
    const editorial = chapters
      .flatMap((chapter) =>
        chapter.blocks
          .filter((block) => block.type === "notice" && block.kind === "redactie")
          .map((block) => blockTexts([block]).join(" ")),
      )
      .join("\n");
    expect(editorial).toContain("meer dan 10 schooldagen achtereen");
    expect(editorial).toContain("meer dan één week achter elkaar");
    expect(editorial).toContain("bijlage 3 voor een concept uitnodigingsbrief");
    expect(editorial).toMatch(/Tussen 1,5 dag en 2 dagen/);
    expect(editorial).toContain("de eventuele van rol school");
    expect(editorial).toContain("Deze bijlage staat niet in het bronmateriaal van deze site.");
  });

  it("says in Bijlage 2 that the leidraad's questions are put in the editors' words, so mentors know to take the source's wording", () => {
    const bijlage2 = chapters.find((chapter) => chapter.title.startsWith("Bijlage 2"))!;
    const editorial = blockTexts(bijlage2.blocks, "editorial").join(" ");
    expect(editorial).toContain("in eigen woorden");
    expect(editorial).toContain("letterlijke");
  });

  it("explains the vo terms with the po equivalents the source gives", () => {
    const entry = (term: string) => routebook.glossary.find((candidate) => candidate.term === term);
    // The source gives only the equivalence, credited under "oco"; the description of the role is ours.
    expect(entry("Ondersteuningscoördinator")).toMatchObject({ po: "intern begeleider (IB-er)" });
    expect(entry("Ondersteuningscoördinator")!.source).toBeUndefined();
    expect(entry("oco")).toMatchObject({ meaning: "ondersteuningscoördinator", po: "intern begeleider (IB-er)", source: ALIAS });
    expect(entry("ZAT")).toMatchObject({ meaning: "zorgadviesteam", po: "zorgteam, kind bespreking en ondersteuningsteam", source: ALIAS });
    expect(entry("Mentor")).toMatchObject({ po: "leerkracht", source: ALIAS });
    expect(entry("MAS")).toMatchObject({ meaning: "methodische aanpak schoolverzuim" });
    expect(entry("JVS")).toMatchObject({ meaning: "leerlingenadministratie systeem van leerplicht" });
    expect(foldedSeed).toContain("ondersteuningscoördinator/oco = intern begeleider/ib-er");
    expect(foldedSeed).toContain("zat (zorgadviesteam) = zorgteam, kind bespreking en ondersteuningsteam");
    expect(foldedSeed).toContain("mentor = leerkracht");
  });

  it("fails the check when an annex a chapter links to is renamed", async () => {
    const root = await mkdtemp(join(tmpdir(), "routeboek-den-bosch-"));
    await cp("content/begrippen.yml", join(root, "begrippen.yml"));
    await cp(DIR, join(root, ID), { recursive: true });
    const annex = join(root, ID, "bronnen/13-bijlage-3-aanmeldformulier.md");
    await writeFile(
      annex,
      (await readFile(annex, "utf8")).replace("# Bijlage 3: Aanmeldformulier ziekteverzuim", "# Bijlage 3: Uitnodigingsbrief"),
    );
    const { problems } = await readContent(root);
    expect(problems.length).toBeGreaterThan(0);
    expect(
      problems.every((problem) =>
        problem.message.includes('"bron:Preventieve aanpak schoolverzuim, Bijlage 3: Aanmeldformulier ziekteverzuim" does not resolve'),
      ),
    ).toBe(true);
  });
});

const MEASURES = Object.keys(MEASURE_LABELS);

describe("the 's-Hertogenbosch thresholds (signalen.yml)", () => {
  let signals: Signal[];
  let file: SignalsFile;
  let seed: string;
  let chapters: DocumentChapter[];

  beforeAll(async () => {
    file = parseYaml(await readFile(`${DIR}/signalen.yml`, "utf8")) as SignalsFile;
    signals = file.signals;
    seed = await readFile(SEED, "utf8");
    const { routebooks } = await readContent("content");
    chapters = routebooks.find((candidate) => candidate.id === ID)!.documents[0]!.text!.chapters;
  });

  const bounds = (id: string) => {
    const { above, atLeast, atMost, below } = signals.find((signal) => signal.id === id)!;
    return Object.fromEntries(Object.entries({ above, atLeast, atMost, below }).filter(([, value]) => value !== undefined));
  };

  it("has the shape the brief fixes: a known measure, at most one bound each way, unique ids", () => {
    const keys = new Set(["id", "measure", "above", "atLeast", "atMost", "below", "signal", "action", "source", "link", "note"]);
    expect(new Set(signals.map((signal) => signal.id)).size).toBe(signals.length);
    for (const signal of signals) {
      expect(
        Object.keys(signal).filter((key) => !keys.has(key)),
        signal.id,
      ).toEqual([]);
      expect(MEASURES, signal.id).toContain(signal.measure);
      expect(signal.above !== undefined && signal.atLeast !== undefined, signal.id).toBe(false);
      expect(signal.atMost !== undefined && signal.below !== undefined, signal.id).toBe(false);
      expect(Object.keys(bounds(signal.id)).length, signal.id).toBeGreaterThan(0);
    }
  });

  it("takes its bounds from the source's numbers and bound words", () => {
    expect(bounds("tot-en-met-7-keer-te-laat")).toEqual({ above: 0, atMost: 7 });
    expect(bounds("8-tm-11-keer-te-laat")).toEqual({ atLeast: 8, atMost: 11 });
    expect(bounds("vanaf-12-keer-te-laat")).toEqual({ atLeast: 12 });
    expect(bounds("tot-en-met-2-dagdelen-spijbelen")).toEqual({ above: 0, atMost: 2 });
    expect(bounds("1-tot-1-5-dag-spijbelen")).toEqual({ atLeast: 1, below: 1.5 });
    expect(bounds("2-dagen-of-meer-spijbelen")).toEqual({ atLeast: 2 });
    expect(bounds("onder-12-jaar-gesprek-met-ouders")).toEqual({ below: 12 });
    expect(bounds("vanaf-12-jaar-gesprek")).toEqual({ atLeast: 12 });
    expect(bounds("meer-dan-10-schooldagen-ziek")).toEqual({ above: 10 });
    expect(bounds("spreekuur-tot-en-met-7-keer-te-laat")).toEqual({ above: 0, atMost: 7 });
    expect(bounds("spreekuur-8-tm-11-keer-te-laat")).toEqual({ atLeast: 8, atMost: 11 });
    expect(bounds("spreekuur-vanaf-12-keer-te-laat")).toEqual({ atLeast: 12 });
    expect(bounds("tot-en-met-7-uur-spijbelen")).toEqual({ above: 0, atMost: 7 });
    expect(bounds("8-tm-11-uur-spijbelen")).toEqual({ atLeast: 8, atMost: 11 });
    expect(bounds("meer-dan-11-lesuren-spijbelen")).toEqual({ above: 11 });
    expect(bounds("meerdere-dagdelen-spijbelen")).toEqual({ atLeast: 2 });
    expect(bounds("drie-keer-kort-ziek-in-2-maanden")).toEqual({ atLeast: 3 });
    expect(bounds("meer-dan-4-dagen-ziek-afgelopen-maand")).toEqual({ above: 4 });
    expect(bounds("mentor-contact-bij-ziekte")).toEqual({ above: 0 });
    expect(signals).toHaveLength(19);
  });

  it("states each bound that the signal's own words give in the signal", () => {
    for (const signal of signals) {
      const words = signal.signal.toLowerCase();
      if (signal.atMost !== undefined && /tot en met|t\/m/.test(words) && signal.measure !== "spijbelen-dagdelen")
        expect(words, signal.id).toContain(String(signal.atMost));
      if (signal.atLeast !== undefined && /vanaf|t\/m|of meer/.test(words) && !words.includes("dag"))
        expect(words, signal.id).toContain(String(signal.atLeast));
      // "Meer dan 0" is the editors' floor for "tot en met N" bands (zero is no signal); their note says so.
      if (signal.above === 0) expect(signal.note, signal.id).toContain("ondergrens (meer dan 0) is van de redactie");
      else if (signal.above !== undefined) expect(words, signal.id).toMatch(new RegExp(`meer dan ${signal.above}\\b`));
      if (signal.below !== undefined && signal.measure === "leeftijd") expect(words, signal.id).toContain(`onder ${signal.below}`);
    }
  });

  it("quotes the source for every signal and action", () => {
    const source = normalise(seed);
    for (const signal of signals) {
      expect(source, `${signal.id}: signal`).toContain(normalise(signal.signal));
      expect(source, `${signal.id}: action`).toContain(normalise(signal.action));
    }
  });

  it("notes every band that overlaps, leaves a gap, needs a unit read by the editors or contradicts another annex", () => {
    const noted = signals.filter((signal) => signal.note).map((signal) => signal.id);
    expect(noted).toEqual(
      expect.arrayContaining([
        "tot-en-met-2-dagdelen-spijbelen",
        "1-tot-1-5-dag-spijbelen",
        "2-dagen-of-meer-spijbelen",
        "meer-dan-10-schooldagen-ziek",
        "meerdere-dagdelen-spijbelen",
        "tot-en-met-7-uur-spijbelen",
        "8-tm-11-keer-te-laat",
      ]),
    );
    expect(signals.find((signal) => signal.id === "meer-dan-10-schooldagen-ziek")!.note).toContain("meer dan één week achter elkaar");
  });

  it("has a signal for each sickness criterion that a number measures, and a question for the fourth", () => {
    const list = seed.slice(seed.indexOf("De vier criteria ziekteverzuim:"), seed.indexOf("Bijlage 2"));
    const criteria = list.split("•").slice(1).map(fold);
    expect(criteria).toHaveLength(4);
    const measured = signals.map((signal) => normalise(signal.signal));
    const asked = file.questions.flatMap((question) => question.says.map((quote) => normalise(quote.words)));
    // A criterion's text runs on into the page's footer: it is covered when a quote is the whole of its start.
    const covered = (criterion: string) => [...measured, ...asked].some((text) => normalise(criterion).startsWith(text));
    expect(criteria.map(covered)).toEqual([true, true, true, true]);
    const mentor = signals.find((signal) => signal.id === "mentor-contact-bij-ziekte")!;
    expect(mentor.signal).toContain("uiterlijk na drie dagen");
  });

  it("declares the truancy gap and the sickness contradiction, with the source's words on both sides", () => {
    expect(file.gaps).toEqual([
      expect.objectContaining({
        id: "spijbelen-1-5-tot-2-dagen",
        measure: "spijbelen-dagen",
        atLeast: 1.5,
        below: 2,
        sides: ["1-tot-1-5-dag-spijbelen", "2-dagen-of-meer-spijbelen"],
      }),
    ]);
    expect(file.contradictions).toEqual([
      expect.objectContaining({
        id: "ziek-meer-dan-een-week",
        measure: "ziektedagen-aaneengesloten",
        above: 5,
        atMost: 10,
        sides: [
          "meer-dan-10-schooldagen-ziek",
          expect.objectContaining({
            words: "Onduidelijk ziekteverzuim van meer dan één week achter elkaar.",
            source: `${ALIAS}, Bijlage 3: Aanmeldformulier ziekteverzuim`,
          }),
        ],
      }),
    ]);
    for (const range of [...file.gaps, ...file.contradictions]) {
      // Note and whom to ask are the editors' words: none of them is a sentence of the source.
      expect(normalise(seed), range.id).not.toContain(normalise(range.note));
      expect(range.ask, range.id).toMatch(/^Vraag na wat geldt bij /);
    }
  });

  it("converts dagdelen to dagen by the editors' stated reading, and hours not at all", () => {
    expect(file.conversions).toEqual([
      expect.objectContaining({
        from: "spijbelen-dagdelen",
        to: "spijbelen-dagen",
        factor: 0.5,
        note: expect.stringContaining("De redactie rekent 2 dagdelen als 1 dag"),
      }),
      expect.objectContaining({
        from: "spijbelen-uren",
        to: "spijbelen-dagdelen",
        note: expect.stringContaining("geen regel"),
      }),
    ]);
    expect(file.conversions[1]).not.toHaveProperty("factor");
    // The source itself states no such rule.
    expect(normalise(seed)).not.toContain(normalise("2 dagdelen zijn 1 dag"));
  });

  it("asks about a preventive talk had, the ZAT driehoek and other striking sickness, quoting the source", () => {
    expect(file.questions.map((question) => question.id)).toEqual([
      "opnieuw-verzuim-na-preventief-gesprek",
      "al-besproken-in-zat-driehoek",
      "opvallend-ziekteverzuim",
    ]);
    const source = normalise(seed);
    for (const question of file.questions) {
      for (const quote of question.says) {
        expect(source, `${question.id}: ${quote.words}`).toContain(normalise(quote.words));
        expect(quote.link, question.id).toBe(`bron:${quote.source}`);
        const chapter = quote.source.slice(ALIAS.length + 2);
        expect(resolveReference(chapter, { chapters }), question.id).toHaveProperty("target");
      }
    }
    expect(file.questions[0]!.says.map((quote) => quote.source)).toEqual([
      `${ALIAS}, Bijlage 1: Registratiecriteria`,
      `${ALIAS}, Bijlage 7: Preventieve spreekuren`,
    ]);
  });

  it("cites and links a chapter of the protocol that resolves", () => {
    for (const signal of signals) {
      expect(signal.link, signal.id).toBe(`bron:${signal.source}`);
      const [alias, chapter] = [signal.source.slice(0, signal.source.indexOf(", ")), signal.source.slice(signal.source.indexOf(", ") + 2)];
      expect(alias).toBe(ALIAS);
      expect(resolveReference(chapter, { chapters }), signal.id).toHaveProperty("target");
    }
  });
});

describe("the 's-Hertogenbosch flow against Bijlage 1", () => {
  const FLOW = `${DIR}/flow.md`;
  const PAGES_OF = sourceOf(ID).pagesOf as Record<string, number[]>;
  let source: string;
  let seed: string;
  let pages: string[];
  const flowOf = (text: string) => flowWithoutProblems(text, FLOW);

  beforeAll(async () => {
    source = await readFile(FLOW, "utf8");
    seed = await readFile(SEED, "utf8");
    pages = sourceOf(ID).pages(seed);
  });

  it("makes the source's terms at sickness phases: the mentor's 'uiterlijk na drie dagen' and the jeugdarts's 'binnen twee weken'", () => {
    const flow = flowOf(source);
    const phased = flow.steps.filter((step) => step.phase).map((step) => [step.id, step.phase!.name, step.phase!.duration]);
    expect(phased).toEqual([
      ["contact-mentor", "1", "uiterlijk na drie dagen"],
      ["jeugdarts", "2", "in principe binnen twee weken"],
    ]);
    for (const [, , duration] of phased) expect(normalise(seed)).toContain(normalise(duration!));
    expect(flow.phases.map((phase) => [phase.name, phase.editorialTitle, phase.editorialExplanation])).toEqual([
      ["1", true, true],
      ["2", true, true],
    ]);
    // Each phase counts from its own event, so a route never adds the two up.
    expect(flow.phases[0]!.explanation).toContain("eerste ziektedag");
    expect(flow.phases[1]!.explanation).toContain("aanmelding bij de jeugdarts");
    expect(phasesUpTo(flow, "jeugdarts").map((phase) => phase.name)).toEqual(["2"]);
    expect(phasesUpTo(flow, "contact-mentor").map((phase) => phase.name)).toEqual(["1"]);
    expect(phaseTimeline("2026-12-07", phasesUpTo(flow, "contact-mentor")).latestEnd).toBe("2026-12-10");
    expect(phaseTimeline("2026-12-07", phasesUpTo(flow, "jeugdarts")).latestEnd).toBe("2026-12-21");
    // The steps carry the source's own actions, and the jeugdarts step the report via DUO when the pupil does not come.
    const actions = (id: string) => flow.steps.find((step) => step.id === id)!.actions;
    expect(actions("contact-mentor")).toEqual([
      "Mentor neemt nog dezelfde dag of uiterlijk na drie dagen ziek zijn, contact op met de leerling en ouders en gaat in gesprek met hen over het verzuim en monitort het verzuim.",
    ]);
    expect(actions("jeugdarts")).toEqual([
      "De jeugdarts nodigt de leerling en ouders z.s.m. uit zodat het gesprek zo spoedig mogelijk en in principe binnen twee weken na aanmelding plaats vindt.",
      "Wanneer de leerling niet verschijnt op uitnodiging van de jeugdarts, dan meldt de school de leerling in DUO.",
    ]);
    const changed = flowOf(source.replace("looptijd uiterlijk na drie dagen", "looptijd uiterlijk na vijf dagen"));
    expect(checkFidelity(changed, pages, PAGES_OF, { phaseDurationsIn: seed }).filter((failure) => failure.what === "phase")).toEqual([
      { step: "contact-mentor", what: "phase", text: "uiterlijk na vijf dagen", problem: "not in the source page" },
    ]);
  });

  it("keeps every text not marked as ours on Bijlage 1, and marks its own question and answers", () => {
    const flow = flowOf(source);
    expect(flow.steps.map((step) => step.id)).toEqual(Object.keys(PAGES_OF));
    const failures = checkFidelity(flow, pages, PAGES_OF, { phaseDurationsIn: seed });
    expect(failures, describeFailures(failures)).toEqual([]);
    const start = flow.steps[0]!;
    expect(start.editorialTitle).toBe(true);
    expect(start.options.every((option) => option.editorialLabel && option.inferred)).toBe(true);
  });

  it("hints above the answers to 'Welk verzuim zie je?' where the thresholds are: Bijlage 1 and the signal check", () => {
    const step = flowOf(source).steps.find((candidate) => candidate.id === "welk-verzuim")!;
    const kinds = step.body.map((block) => (block.type === "notice" ? block.kind : block.type));
    expect(kinds.indexOf("redactie")).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf("redactie")).toBeLessThan(kinds.indexOf("options"));
    const text = blockTexts([step.body[kinds.indexOf("redactie")] as never], "editorial").join(" ");
    expect(text).toContain("Is dit zorgwekkend verzuim?");
    expect(text).toContain("Bijlage 1");
  });

  it("fails on a changed action", () => {
    const changed = source.replace("Vanaf 12 keer te laat wordt het verzuim gemeld", "Vanaf 10 keer te laat wordt het verzuim gemeld");
    expect(changed).not.toBe(source);
    // The action before it then also looks cut short: the changed text no longer marks where it ends.
    expect(checkFidelity(flowOf(changed), pages, PAGES_OF, { phaseDurationsIn: seed })).toContainEqual({
      step: "te-laat-komen",
      what: "action",
      text: "Vanaf 10 keer te laat wordt het verzuim gemeld bij leerplicht via DUO.",
      problem: "not in the source page",
    });
  });
});
