// The bound on corrections (issue 21, review F10, F13, §8 P20/S8/S19): a correction that changes meaning fails,
// also when the flow's text was changed with it; the real corrections, column rebuilds included, pass.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Correction } from "../../pipeline/schema/flow.ts";
import { describeProblems, fidelityProblems } from "../fidelity/check.ts";
import { correctionProblems } from "../fidelity/corrections/bound.ts";

const NO_WORDS = "";
const ocr = (source: string, corrected: string): Correction => ({ source, corrected, kind: "ocr" });
const normalisation = (source: string, corrected: string): Correction => ({ source, corrected, kind: "normalisatie" });

describe("the bound on one correction", () => {
  it("passes OCR-size fixes: a letter, a split or joined word, a look-alike, a picture read as a letter", () => {
    for (const [source, corrected] of [
      ["toekomit", "toekomst"],
      ["aan bi\nde school", "aan bij de school"],
      ["voor hulpen of bespreek", "voor hulp en of bespreek"],
      ["een financi€le discussie", "een financiële discussie"],
      ["Actie I: Registreer", "Actie 1: Registreer"],
      ["(Clusterl, 2, 3,4) In.", "(Cluster 1, 2, 3, 4) in."],
      ["(Cluster [, 2, 3, 4)", "(Cluster 1, 2, 3, 4)"],
      ["Expertiseteam Complexe Zorg (EC2).", "Expertiseteam Complexe Zorg (ECZ)."],
      ["Quder- en Jeugdsteunpunt", "Ouder- en Jeugdsteunpunt"],
      ["A\\ Actie 2: Schakel de", "Actie 2: Schakel de"],
      ["F Dan ben je klaar", "Dan ben je klaar"],
    ]) {
      expect(correctionProblems(ocr(source!, corrected!), NO_WORDS), `${source} → ${corrected}`).toEqual([]);
    }
  });

  it("fails a changed word beyond one character, and a short word changed at all (de → te)", () => {
    expect(correctionProblems(ocr("leerling", "leerlingen"), NO_WORDS)).not.toEqual([]);
    expect(correctionProblems(ocr("bespreek de leerling", "bespreek te leerling"), NO_WORDS)).not.toEqual([]);
  });

  it("passes a column rebuild that keeps every word, and fails it with a word added or removed", () => {
    const source =
      "Er is sprake van een conflict De onderwijs- en\nof verschil in visie tussen ondersteuningsbehoeften\n" +
      "school en ouders. Zijn duidelijk.";
    const rebuilt =
      "Er is sprake van een conflict of verschil in visie tussen school en ouders.\n" +
      "De onderwijs- en ondersteuningsbehoeften zijn duidelijk.";
    expect(correctionProblems(ocr(source, rebuilt), NO_WORDS)).toEqual([]);
    const added = correctionProblems(ocr(source, rebuilt.replace("zijn duidelijk", "zijn nu duidelijk")), NO_WORDS);
    expect(added.join("\n")).toMatch(/adds the words "nu"/);
    const removed = correctionProblems(ocr(source, rebuilt.replace("in visie ", "")), NO_WORDS);
    expect(removed.join("\n")).toMatch(/drops the source's words "in", "visie"/);
  });

  it("fails a changed number, also as a look-alike that is no look-alike, and as a number word", () => {
    expect(correctionProblems(ocr("binnen 2 weken", "binnen 3 weken"), NO_WORDS).join("\n")).toMatch(/number/);
    expect(correctionProblems(ocr("Heb je | of meerdere", "Heb je 2 of meerdere"), NO_WORDS).join("\n")).toMatch(/number/);
    expect(correctionProblems(ocr("binnen twee weken", "binnen drie weken"), NO_WORDS).join("\n")).toMatch(/number/);
    expect(correctionProblems(ocr("bij 4 weken", "bij weken"), NO_WORDS).join("\n")).toMatch(/number: "4" goes/);
  });

  it("fails a changed negation, even where the words differ by one letter (een → geen)", () => {
    const problems = correctionProblems(ocr("dat zij een onderwijsconsulent", "dat zij geen onderwijsconsulent"), NO_WORDS);
    expect(problems).toEqual([expect.stringMatching(/changes a negation/)]);
    expect(correctionProblems(ocr("is niet afgegeven", "is afgegeven"), NO_WORDS).join("\n")).toMatch(/negation/);
  });

  it("fails a changed name within one letter, but not a name only hyphenated or cased otherwise", () => {
    expect(correctionProblems(ocr("Meld bij SPPOH", "Meld bij SPPOM"), NO_WORDS)).toEqual([
      expect.stringMatching(/changes the name "SPPOH" into "SPPOM"/),
    ]);
    expect(correctionProblems(ocr("SWV Zuid Holland West", "SWV Zuid-Holland West"), NO_WORDS)).toEqual([]);
  });

  it("fails a known body edited by one letter, which a plain word may be", () => {
    const plural = ocr("bespreek het met de mentor van de klas", "bespreek het met de mentors van de klas");
    expect(correctionProblems(plural, NO_WORDS)).toEqual([]);
    expect(correctionProblems(plural, NO_WORDS, new Set(["mentor"]))).toEqual([
      expect.stringMatching(/changes the name "mentor" into "mentors"/),
    ]);
  });

  it("fails words of one source line in another order, and lets a rebuild of lines reorder them", () => {
    const swapped = ocr("Raadpleeg school en ouders.", "Raadpleeg ouders en school.");
    expect(correctionProblems(swapped, NO_WORDS).join("\n")).toMatch(/changes the order of the source's words/);
    expect(correctionProblems(ocr("van 4 weken in\nActie: registreer", "Actie: registreer van 4 weken in"), NO_WORDS)).toEqual([]);
  });

  it("fails an added meaning mark as an OCR fix (F14's slash, F13's dash), and passes it as a normalisation", () => {
    expect(correctionProblems(ocr("voor hulpen of bespreek", "voor hulp en/of bespreek"), NO_WORDS)).toEqual([
      expect.stringMatching(/adds "\/"/),
    ]);
    const dash = ["Ouder- en jeugdsteunpunt - SWV Zuid Holland West", "Ouder- en jeugdsteunpunt – SWV Zuid-Holland West"] as const;
    expect(correctionProblems(ocr(...dash), NO_WORDS)).toEqual([expect.stringMatching(/adds "–"/)]);
    expect(correctionProblems(normalisation(...dash), NO_WORDS)).toEqual([]);
  });

  it("lets a normalisation add the source's own words, never words the source does not use, and never drop one", () => {
    const words = "Lees het Routeboek Verzuim & Thuiszitters. De school.";
    const alias = [
      "Lees verder in het Routeboek, Hoofdstuk 3",
      "Lees verder in het Routeboek Verzuim & Thuiszitters, Hoofdstuk 3",
    ] as const;
    expect(correctionProblems(ocr(...alias), words).join("\n")).toMatch(/adds the words "Verzuim", "Thuiszitters"/);
    expect(correctionProblems(normalisation(...alias), words)).toEqual([]);
    expect(correctionProblems(normalisation(alias[0], "Lees verder in het Routeboek Den Haag, Hoofdstuk 3"), words)).not.toEqual([]);
    // The source's own words, but not as the source puts them: "De" is the source's, "Routeboek De" is not.
    expect(correctionProblems(normalisation(alias[0], "Lees verder in het Routeboek De & Thuiszitters, Hoofdstuk 3"), words)).toEqual([
      expect.stringMatching(/adds the words "De", "Thuiszitters", which the source does not put there/),
    ]);
    expect(correctionProblems(normalisation(alias[0], "Lees verder in het Routeboek Verzuim & Thuiszitters"), words).join("\n")).toMatch(
      /number/,
    );
  });

  it("fails a normalisation that changes a number, a negation or what is done (S8), like any correction", () => {
    const words = "Verwijs altijd direct door naar de doorbraaktafel, niet.";
    const s8 = normalisation(
      "Actie 4: Zo nodig verwijst de adviestafel door naar de doorbraaktafel.",
      "Actie 4: Verwijs altijd direct door naar de doorbraaktafel.",
    );
    expect(correctionProblems(s8, words).join("\n")).toMatch(/drops the source's words "Zo", "nodig"/);
    expect(correctionProblems(normalisation("binnen 2 weken", "binnen 4 weken"), words).join("\n")).toMatch(/number/);
    expect(correctionProblems(normalisation("is afgegeven", "is niet afgegeven"), words).join("\n")).toMatch(/negation/);
  });

  it("takes listed pictures only as listed: a piece the source lacks, or a negation, fails", () => {
    const header = { ...ocr("Digitale tool AR Rl i ROUTEBOEK g", "Digitale tool Routeboek"), dropped: ["AR", "Rl"] };
    expect(correctionProblems(header, NO_WORDS)).toEqual([]);
    expect(correctionProblems({ ...header, dropped: ["AR"] }, NO_WORDS).join("\n")).toMatch(/drops the source's words "Rl"/);
    expect(correctionProblems({ ...header, dropped: ["AR", "Rl", "XY"] }, NO_WORDS).join("\n")).toMatch(/"XY" is listed as dropped/);
    const negation = { ...ocr("is niet afgegeven", "is afgegeven"), dropped: ["niet"] };
    expect(correctionProblems(negation, NO_WORDS).join("\n")).toMatch(/"niet" is a number word or a negation/);
  });
});

describe("the corrections of the real content, and changes to them made together with the flow (review §8)", () => {
  let root: string;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  /** The fidelity problems of a copy of content/ in which each `[from, to]` is replaced throughout one flow.md. */
  async function problemsAfter(id: string, changes: readonly (readonly [string, string])[]) {
    root = await mkdtemp(join(tmpdir(), "routeboek-corrections-"));
    await cp("content", root, { recursive: true });
    const file = join(root, id, "flow.md");
    let text = await readFile(file, "utf8");
    for (const [from, to] of changes) {
      expect(text.includes(from), `${id}/flow.md has "${from}"`).toBe(true);
      text = text.split(from).join(to);
    }
    await writeFile(file, text);
    return (await fidelityProblems(root, [id])).filter((problem) => problem.check === "corrections");
  }

  it("finds no correction out of bounds in the real content", async () => {
    const problems = (await fidelityProblems("content")).filter((problem) => problem.check === "corrections");
    expect(problems, describeProblems(problems)).toEqual([]);
  });

  it("marks SWV's normalisations (F13): a colon, a dash with the hyphenated name, the document's alias", async () => {
    const { routebooks } = await readContent("content");
    const swv = routebooks.find((book) => book.id === "swvzhw-vo")!.flow.corrections;
    expect(swv).toHaveLength(52);
    const marked = swv.filter((correction) => correction.kind === "normalisatie").map((correction) => correction.corrected);
    expect(marked).toEqual([
      "Actie 1: Handel volgens de meldcode Huiselijk Geweld en Kindermishandeling.",
      "Ouder- en jeugdsteunpunt – SWV Zuid-Holland West",
      "Lees verder in het Routeboek Verzuim & Thuiszitters, Hoofdstuk 3",
    ]);
  });

  it("fails P20: SPPOH's 'en/of' made 'en', in the correction and the flow", async () => {
    const problems = await problemsAfter("sppoh-po", [
      ["onderwijs- en/of ondersteuningsbehoeften", "onderwijs- en ondersteuningsbehoeften"],
    ]);
    expect(describeProblems(problems)).toMatch(/drops the source's words "of"/);
  });

  it("fails S8: 'Zo nodig verwijst de adviestafel door' made 'Verwijs altijd direct door'", async () => {
    const problems = await problemsAfter("swvzhw-vo", [["Zo nodig verwijst de adviestafel door", "Verwijs altijd direct door"]]);
    expect(describeProblems(problems)).toMatch(/opschaling-financieel.*drops the source's words/);
  });

  it("fails S19: words added to an option through its correction", async () => {
    const problems = await problemsAfter("swvzhw-vo", [
      ["zorgen over het ziekteverzuim van een leerling.", "ernstige zorgen over het ziekteverzuim van een leerling."],
    ]);
    expect(describeProblems(problems)).toMatch(/welk-verzuim.*adds the words "ernstige"/);
  });

  it("fails a changed number and a changed negation, in the correction and the flow", async () => {
    const number = await problemsAfter("swvzhw-vo", [["altijd binnen 2 weken in gesprek", "altijd binnen 3 weken in gesprek"]]);
    expect(describeProblems(number)).toMatch(/beperkte-aanwezigheid.*number/);
    await rm(root, { recursive: true, force: true });
    const negation = await problemsAfter("swvzhw-vo", [["Het kind volgt geen onderwijs ivm", "Het kind volgt een onderwijs ivm"]]);
    expect(describeProblems(negation)).toMatch(/negation/);
  });
});
