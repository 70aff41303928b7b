import type { Signal, SignalsFile } from "../../pipeline/schema/signals.ts";
import { MEASURES as MEASURE_INFO } from "../../shared/signals/measures.ts";
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { readContent } from "../../pipeline/content.ts";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { stepInlineRuns, textBlocksOf } from "../../pipeline/flow/step-text.ts";
import { scanAbbreviations } from "../../pipeline/glossary/abbreviations.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import type { DocumentChapter } from "../../pipeline/documents/types.ts";
import { blockTexts, inlinesOfType, inlineToText, linksIn, textRuns } from "../../pipeline/rich/text.ts";
import type { Flow } from "../../pipeline/schema/flow.ts";
import { normalise } from "../support/fidelity.ts";

const ID = "den-haag-tien-stappen";
const FLOW = `content/${ID}/flow.md`;
const SIGNALS = `content/${ID}/signalen.yml`;
/** The source text: a copy of shared/seeds/002_349219930131054a.txt, so the tests stand alone. */
const SEED = `tests/fixtures/seeds/${ID}.txt`;
const ALIAS = "De route in tien stappen";

/** The seed with its line-wrap hyphens joined ("sig-" + "nalen") and its whitespace folded. */
const joined = (seed: string) => seed.replace(/(\p{L})-[ \t]*\n\s*(\p{L})/gu, "$1$2").replace(/\s+/g, " ");

/** The numbered station headings of the seed, in order: "1. School" … "10. Doorbraaktafel". */
const stations = (seed: string) => [...seed.matchAll(/^[ \t]*(\d+\.[ \t]+\S.*?)[ \t]*$/gm)].map((match) => match[1]!);

/** Words of ours that look like the source's: every unmarked title, label, text, action and end note of a flow, not found in the seed. */
function unmarkedTextsNotInSeed(flow: Flow, seed: string): string[] {
  const source = normalise(joined(seed));
  const missing: string[] = [];
  for (const step of flow.steps) {
    const texts = [
      ...(step.editorialTitle ? [] : [step.title]),
      ...step.options.filter((option) => !option.editorialLabel).map((option) => option.label),
      ...blockTexts(textBlocksOf(step), "source"),
      ...step.body.flatMap((block) =>
        block.type === "actions"
          ? block.items.map((item) => blockTexts(item, "source").join(" "))
          : block.type === "end"
            ? [inlineToText(block.children, "source")]
            : [],
      ),
    ];
    for (const text of texts) if (normalise(text) && !source.includes(normalise(text))) missing.push(`${step.id}: ${text}`);
  }
  return missing;
}

describe("the Den Haag route in ten stations", () => {
  let book: Routebook;
  let seed: string;
  let chapters: DocumentChapter[];
  let flowSource: string;

  beforeAll(async () => {
    const { routebooks, problems, unverified, warnings } = await readContent("content");
    expect(problems.filter((problem) => problem.file.includes(ID))).toEqual([]);
    expect(warnings.filter((warning) => warning.file.includes(ID))).toEqual([]);
    expect(unverified.filter((reference) => reference.file.includes(ID))).toEqual([]);
    book = routebooks.find((routebook) => routebook.id === ID)!;
    chapters = book.documents.find((document) => document.alias === ALIAS)!.text!.chapters;
    seed = await readFile(SEED, "utf8");
    flowSource = await readFile(FLOW, "utf8");
  });

  describe("metadata", () => {
    it("is a primary-school routebook for Den Haag and Rijswijk whose only document is our summary, without url, version or date", () => {
      expect(book).toMatchObject({ sectors: ["po"], region: "Den Haag", municipalities: ["Den Haag", "Rijswijk"] });
      expect(book.version).toBeUndefined();
      expect(book.date).toBeUndefined();
      expect(
        book.documents.map(({ alias, summary, url, version, date, markdown }) => ({ alias, summary, url, version, date, markdown })),
      ).toEqual([{ alias: ALIAS, summary: true, url: undefined, version: undefined, date: undefined, markdown: "bronnen/route.md" }]);
      // Both municipalities and the sector come from the text: Rijswijk's own roles, and the basisschool / S(B)O.
      expect(seed).toContain("in Rijswijk");
      expect(seed).toContain("basisschool");
    });

    it("says in an editorial note that the source gives no title, version or date", () => {
      const editorial = blockTexts(book.description.blocks, "editorial").join(" ");
      expect(book.description.blocks.every((block) => block.type === "notice" && block.kind === "redactie")).toBe(true);
      expect(editorial).toMatch(/zonder titel.*zonder versie en zonder datum/);
    });
  });

  describe("the summary document", () => {
    const allText = () => chapters.map((chapter) => `${chapter.title} ${chapter.text}`).join(" ");

    it("has one chapter per station, titled and numbered exactly as the source", () => {
      const titles = stations(seed);
      expect(titles).toHaveLength(10);
      expect(titles[0]).toBe("1. School");
      expect(titles[9]).toBe("10. Doorbraaktafel");
      expect(chapters.map((chapter) => chapter.title)).toEqual(titles);
    });

    it("uses only numbers (with the word after them) that the source has", () => {
      const source = normalise(joined(seed));
      const numbers = [...allText().matchAll(/\d+e?(?:[.\s]+\p{L}+)?/gu)].map((match) => match[0]);
      expect(numbers.length).toBeGreaterThan(15);
      for (const number of numbers) expect(source, number).toContain(normalise(number));
      // The thresholds themselves, with their units.
      for (const threshold of [
        "16 uur in 4 weken",
        "12 schoolweken",
        "7e schooldag",
        "4 varianten",
        "artikel 5 sub a van de Leerplichtwet",
      ]) {
        expect(allText()).toContain(threshold);
        expect(joined(seed)).toContain(threshold);
      }
    });

    it("uses only abbreviations the source uses", () => {
      const source = joined(seed);
      const terms = new Set(scanAbbreviations(allText()).map((use) => use.term));
      expect([...terms].sort()).toEqual(["CJG", "DUO", "JGZ", "JMO", "LP", "MDO", "SMA", "SMW", "SPPOH"]);
      for (const term of terms) expect(source).toMatch(new RegExp(`(?<![\\p{L}])${term}(?![\\p{L}])`, "u"));
    });

    it("names every role, body, system and term exactly as the source does", () => {
      const facts = [
        "preventief verzuimbeleid",
        "samenwerkingsverband (SPPOH)",
        "schoolmaatschappelijk werk (SMW)",
        "CJG/Jeugdgezondheidszorg (JGZ)",
        "Leerplicht (LP)",
        "Absoluut Verzuimers",
        "DUO-melding",
        "leerlingenadministratiesysteem",
        "Verzuimregister van DUO",
        "leerlingvolgsysteem",
        "MDO (multidisciplinair overleg)",
        "intern begeleider",
        "SMW’er",
        "adviseur van SPPOH",
        "leerplichtambtenaar",
        "Gezinscoachmaatje van het CJG",
        "jeugdarts",
        "Volledig onderwijsaanbod",
        "Combinatie van onderwijs en jeugdhulp",
        "Combinatie van jeugdhulp en onderwijs",
        "Vrijstelling van onderwijs",
        "jeugdhulp-arrangement",
        "jeugdzorginstelling",
        "S(B)O",
        "SMA-arts",
        "Expertiseteam Complexe Zorg",
        "Loket Verzuim en Thuiszitters van SPPOH",
        "regisseur JMO (jeugdhulp)",
        "Teamleider Jeugdhulp",
        "vertegenwoordiger van het SPPOH",
        "Analysetafel Jeugdhulp",
        "De adviseur SPPOH zoekt een passende school",
        "wachtlijst",
        "Directeur Jeugd (portefeuille JMO) van Den Haag",
        "directeur Sociaal Domein",
        "Directeur SPPOH",
        "toe- of afwijzing",
      ];
      for (const fact of facts) {
        expect(joined(seed), `source: ${fact}`).toContain(fact);
        expect(allText(), `summary: ${fact}`).toContain(fact);
      }
    });

    it("keeps the source's force and scope: JGZ 'roept … op', 'Vaak', and a jeugdzorginstelling 'in combinatie met onderwijs'", () => {
      const text = allText();
      expect(text).toContain("roept JGZ de leerling en de ouders op");
      expect(text).not.toContain("nodigt JGZ");
      expect(text).toMatch(/Vaak zijn er dan al meerdere MDO’s geweest/);
      expect(text).not.toContain("Meestal");
      expect(text).toContain("in een jeugdzorginstelling, in combinatie met onderwijs");
      expect(text).not.toContain("krijgt daar ook onderwijs");
      for (const words of ["JGZ roept dan de leerling", "Vaak zijn daar meerdere MDO’s", "jeugdzorginstelling in combinatie met onderwijs"])
        expect(joined(seed)).toContain(words);
    });

    it("gives the Adviestafel its composition, its four outcomes and the contact address as a mail link", () => {
      const adviestafel = chapters[8]!;
      const tables = adviestafel.blocks.filter((block) => block.type === "table");
      expect(tables).toHaveLength(2);
      const [composition, outcomes] = tables as Extract<(typeof tables)[number], { type: "table" }>[];
      expect(composition!.rows).toHaveLength(2);
      expect(outcomes!.rows).toHaveLength(4);
      const outcomeText = outcomes!.rows.map((row) => row.map((cell) => inlineToText(cell)).join(" | "));
      expect(outcomeText[0]).toContain("Terug naar het MDO");
      expect(outcomeText[1]).toContain("Expertiseteam Complexe Zorg of de Analysetafel Jeugdhulp");
      expect(outcomeText[2]).toContain("De adviseur SPPOH zoekt een passende school");
      expect(outcomeText[3]).toContain("Doorbraaktafel");
      const mails = [...textRuns(adviestafel)].flatMap((run) => [...linksIn(run)].map((link) => link.url));
      expect(mails).toContain("mailto:loketrouteboek@sppoh.nl");
    });

    it("marks the Absoluut Verzuimers route as a separate route that is not in the source material", () => {
      const school = chapters[0]!;
      const editorial = blockTexts(school.blocks, "editorial").join(" ");
      expect(editorial).toContain("Absoluut Verzuimers");
      expect(editorial).toContain("aparte route");
      expect(editorial).toContain("niet in het bronmateriaal van deze site");
    });

    it("says where the source leaves a gap or drops a word, in editorial notes", () => {
      const editorialOf = (index: number) => blockTexts(chapters[index]!.blocks, "editorial").join(" ");
      expect(editorialOf(1)).toContain("precies 16 uur");
      expect(editorialOf(9)).toContain("in collegiaal een besluit");
      expect(seed).toContain("in collegiaal een besluit");
    });
  });

  describe("every address of the source", () => {
    it("is in the content: the seed's only address, the Adviestafel's mail, in the flow and in the summary", () => {
      const seedAddresses = [...joined(seed).matchAll(/https?:\/\/\S+|[\w.]+@[\w.]+\w/g)].map((match) => match[0]);
      expect(seedAddresses).toEqual(["loketrouteboek@sppoh.nl"]);
      const flowUrls = book.flow.steps.flatMap((step) => [
        ...step.links.map((link) => link.url),
        ...[...stepInlineRuns(step)].flatMap((run) => [...linksIn(run)].map((link) => link.url)),
      ]);
      const documentUrls = chapters.flatMap((chapter) =>
        [...textRuns(chapter)].flatMap((run) => [...linksIn(run)].map((link) => link.url)),
      );
      for (const address of seedAddresses) {
        expect(flowUrls).toContain(`mailto:${address}`);
        expect(documentUrls).toContain(`mailto:${address}`);
      }
      // And no address the source does not have.
      const external = [...flowUrls, ...documentUrls].filter((url) => /^(https?|mailto):/.test(url));
      expect(new Set(external)).toEqual(new Set(seedAddresses.map((address) => `mailto:${address}`)));
    });
  });

  describe("the flow", () => {
    it("has 18 steps, starting at the school, and every reference resolves to the chapter it names", () => {
      expect(book.flow.steps).toHaveLength(18);
      expect(book.flow.start).toBe("school");
      const references = book.flow.steps.flatMap((step) => step.references);
      expect(references.length).toBeGreaterThanOrEqual(18);
      for (const reference of references) {
        expect(reference.document).toBe(ALIAS);
        // Chapter titles without "Hoofdstuk" resolve by their words; the number must fit too.
        expect(reference.target?.chapterTitle, reference.chapter).toBe(reference.chapter);
      }
      expect(new Set(references.map((reference) => reference.chapter))).toEqual(new Set(chapters.map((chapter) => chapter.title)));
    });

    it("offers the source's four kinds of verzuim and the Adviestafel's four outcomes in the source's own words", () => {
      const step = (id: string) => book.flow.steps.find((candidate) => candidate.id === id)!;
      const optionsOf = (id: string) =>
        step(id).options.map((option) => [option.label, option.to, option.editorialLabel ?? false, option.inferred !== undefined]);
      expect(optionsOf("verzuim")).toEqual([
        ["Minder dan 16 uur in 4 weken?", "maatregelen", false, false],
        ["Meer dan 16 uur in 4 weken?", "meldplicht", false, false],
        ["Vakantie buiten de schoolvakanties om?", "luxe-verzuim", false, false],
        ["Vier keer ziek in 12 schoolweken of vanaf de 7e schooldag aaneengesloten ziek?", "ziekteverzuim", false, false],
      ]);
      expect(optionsOf("adviestafel")).toEqual([
        ["Ziet de Adviestafel mogelijkheden om de zaak vlot te trekken?", "mdo", false, false],
        ["Zijn er discussies met zorginstellingen over plaatsing?", "doorverwijzing-jeugdhulp", false, false],
        ["Zijn er discussies met scholen over plaatsing van een kind?", "passende-school", false, false],
        ["Is er een blijvend verschil van inzicht of zijn er onvoldoende financiële middelen?", "doorbraaktafel", false, false],
      ]);
      expect(step("verzuim").editorialTitle).toBe(true);
    });

    it("marks the nine targets the source does not state as inferred, each with a reason", () => {
      const inferred = book.flow.steps.flatMap((step) =>
        step.options.filter((option) => option.inferred).map((option) => `${step.id} → ${option.to}`),
      );
      expect(inferred).toEqual([
        "school → verzuim",
        "maatregelen → gesprek",
        "meldplicht → gesprek",
        "luxe-verzuim → gesprek",
        "ziekteverzuim → gesprek",
        "mdo → jgz",
        "mdo → passend-aanbod",
        "jgz → passend-aanbod",
        "passend-aanbod → aanbod-gevonden",
      ]);
      for (const step of book.flow.steps)
        for (const option of step.options) if (option.inferred) expect(option.inferred.reason.length).toBeGreaterThan(20);
    });

    it("has no words of ours that are not marked: every unmarked title, label, text, action and end note is in the source", () => {
      expect(unmarkedTextsNotInSeed(book.flow, seed)).toEqual([]);
    });

    it("hints above the answers to 'Om welk verzuim gaat het?' where the thresholds are: the answers, station 2 and the signal check", () => {
      const step = book.flow.steps.find((candidate) => candidate.id === "verzuim")!;
      const kinds = step.body.map((block) => (block.type === "notice" ? block.kind : block.type));
      const hint = step.body[kinds.indexOf("redactie")]!;
      expect(kinds.indexOf("redactie")).toBeLessThan(kinds.indexOf("options"));
      const text = blockTexts([hint as never], "editorial").join(" ");
      expect(text).toContain("Is dit zorgwekkend verzuim?");
      const links = [...stepInlineRuns(step)].flatMap((run) => [...inlinesOfType(run, "internalLink")]);
      expect(links.map((link) => link.href)).toContain("bron:De route in tien stappen, 2. Verzuim");
      expect(links[0]!.target).toBeDefined();
    });

    it("tells the user at the meldplicht step to report, in the source's words, and that the duty stands if the absence stops", () => {
      const meldplicht = book.flow.steps.find((step) => step.id === "meldplicht")!;
      expect(meldplicht.actions).toEqual(["Wettelijke meldplicht"]);
      expect(joined(seed)).toContain("Meer dan 16 uur in 4 weken? Wettelijke meldplicht");
      const editorial = blockTexts(textBlocksOf(meldplicht), "editorial").join(" ");
      expect(editorial).toContain("ook als het verzuim daarna stopt");
      expect(editorial).toContain("Verzuimregister van DUO");
      expect(joined(seed)).toContain("gekoppeld is aan het Verzuimregister van DUO");
    });

    it("names at the MDO step who joins when: the leerplichtambtenaar, the Jeugdarts and the Gezinscoachmaatje van het CJG", () => {
      const mdo = book.flow.steps.find((step) => step.id === "mdo")!;
      const editorial = blockTexts(textBlocksOf(mdo), "editorial").join(" ");
      for (const role of ["leerplichtambtenaar", "Jeugdarts", "Gezinscoachmaatje van het CJG", "andere professionals"]) {
        expect(editorial, role).toContain(role);
        expect(joined(seed), role).toContain(role);
      }
      expect(editorial).toContain("Bij een melding van ongeoorloofd verzuim");
    });

    it("fails that check on a changed threshold and on a title of ours left unmarked", () => {
      const changed = flowSource
        .replace("[Meer dan 16 uur in 4 weken?]", "[Meer dan 15 uur in 4 weken?]")
        .replace("## :redactie[Om welk verzuim gaat het?] {#verzuim}", "## Om welk verzuim gaat het? {#verzuim}");
      expect(changed).not.toBe(flowSource);
      const { flow, problems } = parseFlow(changed, FLOW);
      expect(problems).toEqual([]);
      expect(unmarkedTextsNotInSeed(flow!, seed)).toEqual(["verzuim: Om welk verzuim gaat het?", "verzuim: Meer dan 15 uur in 4 weken?"]);
    });
  });
});

const MEASURES = Object.keys(MEASURE_INFO);

/** Whether a value meets a signal's bounds, as the signal check will read them. */
const applies = (signal: Signal, value: number) =>
  (signal.above === undefined || value > signal.above) &&
  (signal.atLeast === undefined || value >= signal.atLeast) &&
  (signal.atMost === undefined || value <= signal.atMost) &&
  (signal.below === undefined || value < signal.below);

describe("the Den Haag verzuim thresholds as data", () => {
  let signals: Signal[];
  let file: SignalsFile;
  let seed: string;
  let chapterTitles: string[];
  beforeAll(async () => {
    file = parseYaml(await readFile(SIGNALS, "utf8")) as SignalsFile;
    signals = file.signals;
    seed = joined(await readFile(SEED, "utf8"));
    const { routebooks } = await readContent("content");
    chapterTitles = routebooks.find((routebook) => routebook.id === ID)!.documents[0]!.text!.chapters.map((chapter) => chapter.title);
  });
  const byId = (id: string) => signals.find((signal) => signal.id === id)!;

  it("has the shape the brief fixes: unique ids, known measures, at most one bound of each side, the source cited", () => {
    const keys = new Set(["id", "measure", "above", "atLeast", "atMost", "below", "signal", "action", "source", "link", "note"]);
    expect(new Set(signals.map((signal) => signal.id)).size).toBe(signals.length);
    expect(Object.keys(file).sort()).toEqual(["gaps", "signals"]);
    for (const signal of signals) {
      for (const key of Object.keys(signal)) expect(keys, `${signal.id}.${key}`).toContain(key);
      expect(MEASURES).toContain(signal.measure);
      expect([signal.above, signal.atLeast].filter((bound) => bound !== undefined).length).toBeLessThanOrEqual(1);
      expect([signal.atMost, signal.below].filter((bound) => bound !== undefined).length).toBeLessThanOrEqual(1);
      expect([signal.above, signal.atLeast, signal.atMost, signal.below].some((bound) => typeof bound === "number")).toBe(true);
      const [alias, chapter] = signal.source.split(/, (.*)/s);
      expect(alias).toBe(ALIAS);
      expect(chapterTitles).toContain(chapter);
      if (signal.link) {
        const target = /^<bron:([^,]+), (.+)>$/.exec(signal.link);
        expect(target?.[1]).toBe(ALIAS);
        expect(chapterTitles).toContain(target?.[2]);
      }
    }
  });

  it("takes signal and action in the source's own words", () => {
    const source = normalise(seed);
    for (const signal of signals) {
      expect(source, signal.signal).toContain(normalise(signal.signal));
      expect(source, signal.action).toContain(normalise(signal.action));
    }
  });

  it("uses the source's numbers for the bounds", () => {
    const hours = /Minder dan (\d+) uur in (\d+) weken\?.*?Meer dan (\d+) uur in (\d+) weken\?/.exec(seed)!;
    expect(byId("minder-dan-16-uur")).toMatchObject({ measure: "ongeoorloofd-uren-4-weken", below: Number(hours[1]) });
    expect(byId("meer-dan-16-uur")).toMatchObject({ measure: "ongeoorloofd-uren-4-weken", above: Number(hours[3]) });
    expect(byId("minder-dan-16-uur").measure).toContain(`-${hours[2]}-weken`);
    expect(byId("meer-dan-16-uur").measure).toContain(`-${hours[4]}-weken`);
    const sick = /Vier keer ziek in (\d+) schoolweken of vanaf de (\d+)e schooldag aaneengesloten ziek\?/.exec(seed)!;
    expect(byId("vier-keer-ziek")).toMatchObject({ measure: `ziekmeldingen-${sick[1]}-weken`, atLeast: 4 });
    expect(byId("vanaf-7e-schooldag")).toMatchObject({ measure: "ziektedagen-aaneengesloten", atLeast: Number(sick[2]) });
    expect(seed).toContain("Vakantie buiten de schoolvakanties om? Luxe verzuim, school moet een DUO-melding doen");
    expect(byId("luxe-verzuim")).toMatchObject({ measure: "vakantie-zonder-verlof-dagen", above: 0 });
  });

  it("keeps the source's gap at exactly 16 hours, and declares it with the source's words on both sides", () => {
    const hourSignals = signals.filter((signal) => signal.measure === "ongeoorloofd-uren-4-weken");
    const at = (hours: number) => hourSignals.filter((signal) => applies(signal, hours)).map((signal) => signal.id);
    expect(at(0)).toEqual([]);
    expect(at(15)).toEqual(["minder-dan-16-uur"]);
    expect(at(16)).toEqual([]);
    expect(at(17)).toEqual(["meer-dan-16-uur"]);
    for (const signal of hourSignals) expect(signal.note).toMatch(/precies 16 uur/);
    expect(file.gaps).toEqual([
      expect.objectContaining({
        id: "precies-16-uur",
        measure: "ongeoorloofd-uren-4-weken",
        atLeast: 16,
        atMost: 16,
        sides: ["minder-dan-16-uur", "meer-dan-16-uur"],
      }),
    ]);
    expect(file.contradictions ?? []).toEqual([]);
  });

  it("marks the law at 16 hours as the editors' to check, never as the source's words", () => {
    const { note, ask } = file.gaps[0]!;
    // The reviewer quoted art. 21a from knowledge: the note says to check it, and names where.
    expect(note).toMatch(/Ga na: volgens de redactie .*artikel 21a.* ten minste 16 uur/s);
    expect(note).toContain("wetten.overheid.nl");
    expect(normalise(joined(seed))).not.toContain(normalise("ten minste 16 uur"));
    expect(ask).toMatch(/leerplichtambtenaar/);
  });

  it("asks for holiday days without leave the head granted, so granted leave is no luxe verzuim", () => {
    expect(MEASURE_INFO["vakantie-zonder-verlof-dagen"].label).toBe(
      "Dagen vakantie buiten de schoolvakanties, zonder verlof van de directeur",
    );
    expect(byId("luxe-verzuim").note).toMatch(/verlof .* geen luxe verzuim/);
  });

  it("applies the sickness thresholds from four reports and from the seventh day on", () => {
    expect([3, 4, 5].map((reports) => applies(byId("vier-keer-ziek"), reports))).toEqual([false, true, true]);
    expect([6, 7, 8].map((days) => applies(byId("vanaf-7e-schooldag"), days))).toEqual([false, true, true]);
    expect([0, 1].map((days) => applies(byId("luxe-verzuim"), days))).toEqual([false, true]);
  });
});
