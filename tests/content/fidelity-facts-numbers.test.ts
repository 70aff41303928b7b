import { describe, expect, it } from "vitest";
import { describeProblems } from "../fidelity/check.ts";
import { unmatched } from "../fidelity/facts/compare.ts";
import { keyOf, quantities } from "../fidelity/facts/quantities.ts";
import { changedCopies, replacing } from "../support/changed-copy.ts";

const keys = (text: string) => quantities(text).map(keyOf);

describe("the quantities of a Dutch text", () => {
  it("reads number words as numbers, each with the unit it counts", () => {
    expect(keys("binnen twee weken")).toEqual(keys("binnen 2 weken"));
    expect(keys("binnen twee weken")).toEqual(["2 week"]);
    expect(keys("uiterlijk na drie dagen")).not.toEqual(keys("uiterlijk na drie weken"));
    expect(keys("Vier keer ziek in 12 schoolweken")).toEqual(["4 keer", "12 week"]);
    expect(keys("vanaf de 7e schooldag")).toEqual(keys("vanaf de zevende schooldag"));
    expect(keys("vanaf de 7e schooldag")).not.toEqual(keys("vanaf 7 schooldagen"));
  });

  it("reads 'een' as a number only before a unit or in 'een of twee', 'een van de'", () => {
    expect(keys("een melding via DUO")).toEqual([]);
    expect(keys("binnen een week")).toEqual(["1 week"]);
    expect(keys("één of twee dagen ziek")).toEqual(["1 dag", "2 dag"]);
    expect(keys("een van de ouders")).toEqual(["1"]);
  });

  it("compares a number without a unit by the word after it, and one with a unit by its unit", () => {
    expect(unmatched(quantities("de bron onderscheidt vier varianten"), quantities("Er zijn 4 varianten"))).toEqual([]);
    expect(unmatched(quantities("op vier manieren"), quantities("Er zijn 4 varianten"))).not.toEqual([]);
    expect(unmatched(quantities("in 4 weken"), quantities("4. Verzuim stopt"))).not.toEqual([]);
    expect(unmatched(quantities("zie hoofdstuk 4"), quantities("4. Vroegtijdige samenwerking"))).toEqual([]);
    expect(unmatched(quantities("16 uur, 16 uur"), quantities("16 uur"))).toHaveLength(1);
  });

  it("gives both ends of a range the unit, and reads ages, decimals, years and frequencies", () => {
    expect(keys("8 t/m 11 keer te laat")).toEqual(["8 keer", "11 keer"]);
    expect(keys("tussen de 12 en 18 jaar")).toEqual(["12 jaar", "18 jaar"]);
    expect(keys("informatie delen 12+ en 16+, ouders van 18- leerlingen")).toEqual(["12 +", "16 +", "18 -"]);
    expect(keys("1 tot 1,5 dag")).toEqual(["1 dag", "1.5 dag"]);
    expect(keys("zie bijlage 1 voor criteria")).toEqual(["1 bijlage"]);
    expect(keys("start in februari 2022")).toEqual(["2022"]);
    expect(keys("Elke week analyseert")).toEqual(keys("analyseert wekelijks"));
    expect(keys("Elke week analyseert")).not.toEqual(keys("Elke maand analyseert"));
    expect(keys("zie https://example.nl/2023/07/pact.pdf")).toEqual([]);
  });
});

const changed = changedCopies(["facts: roles and negations", "facts: notes", "facts: numbers"]);

/** The problems of the facts checks on routebook `id` after the given changes (each `from` occurs once in its file). */
async function factsAfter(id: string, changes: readonly (readonly [file: string, from: string, to: string])[]) {
  const problems = await changed(id, ...changes.map(([file, from, to]) => [file, replacing(from, to, { once: true })] as const));
  return problems.filter((problem) => problem.check.startsWith("facts"));
}

const DEN_BOSCH = "den-bosch-schoolverzuim";
const DEN_HAAG = "den-haag-tien-stappen";

describe("facts: numbers, on a copy of the content with one change", () => {
  it("passes the content as it is", async () => {
    for (const id of [DEN_BOSCH, DEN_HAAG, "west-brabant-thuiszitterspact"]) {
      const problems = await factsAfter(id, []);
      expect(problems, describeProblems(problems)).toEqual([]);
    }
  });

  it.each([
    [
      "a number word in prose",
      "bronnen/04-vroegtijdige-en-continue-samenwerking.md",
      "in principe binnen twee weken",
      "in principe binnen vier weken",
    ],
    [
      "a number word of a term",
      "bronnen/03-contact-met-leerling-en-ouders.md",
      "uiterlijk na drie dagen ziek",
      "uiterlijk na vijf dagen ziek",
    ],
    [
      "an age, where the new age stands elsewhere in the chapter",
      "bronnen/14-bijlage-4-informatie-delen.md",
      "Tot de leerling 16 jaar is",
      "Tot de leerling 12 jaar is",
    ],
    ["a frequency", "bronnen/02-registratie-en-signalering.md", "Elke week analyseert", "Elke maand analyseert"],
    [
      "a duration, where the same number stands elsewhere in the chapter",
      "bronnen/17-bijlage-7-preventieve-spreekuren.md",
      "voor 15 minuten",
      "voor 20 minuten",
    ],
    ["a number in the introduction", "routeboek.md", "legt in vijf onderdelen vast", "legt in zes onderdelen vast"],
    [
      "a number in a note of the editors in the flow",
      "flow.md",
      "tussen 1,5 en 2 dagen valt spijbelen",
      "tussen 1,5 en 3 dagen valt spijbelen",
    ],
    [
      "a number in a chapter's note of the editors that the source gives in another chapter",
      "bronnen/13-bijlage-3-aanmeldformulier.md",
      "hier om meer dan één week.",
      // Not "twee": the note names hoofdstuk 4, whose "binnen twee weken" stands in its scope (the claims record
      // catches that one).
      "hier om meer dan drie week.",
    ],
    [
      "the first number of a numbered list",
      "bronnen/00-inleiding.md",
      "\n1. Stimuleren van aanwezigheid.",
      "\n2. Stimuleren van aanwezigheid.",
    ],
    ["a bound in signalen.yml", "signalen.yml", "above: 10\n", "above: 9\n"],
    [
      "a number in a quoted signal",
      "signalen.yml",
      "signal: 'Vanaf 12 keer te laat'\n    action: 'wordt het verzuim gemeld bij leerplicht via DUO.'",
      "signal: 'Vanaf 13 keer te laat'\n    action: 'wordt het verzuim gemeld bij leerplicht via DUO.'",
    ],
    [
      "the place of a quoted signal",
      "signalen.yml",
      "signal: '1 tot 1,5 dag spijbelen'\n    action: \"school nodigt (de leerling en) ouders uit voor een preventief gesprek met leerplicht.\"\n    source: 'Preventieve aanpak schoolverzuim, Bijlage 1: Registratiecriteria'",
      "signal: '1 tot 1,5 dag spijbelen'\n    action: \"school nodigt (de leerling en) ouders uit voor een preventief gesprek met leerplicht.\"\n    source: 'Preventieve aanpak schoolverzuim, Bijlage 7: Preventieve spreekuren'",
    ],
  ])("fails on %s", async (_kind, file, from, to) => {
    const problems = await factsAfter(DEN_BOSCH, [[file, from, to]]);
    expect(problems.length, `"${from}" → "${to}" went through`).toBeGreaterThan(0);
  });

  it("fails on 'Vier keer ziek' → 'Drie keer ziek' in a table cell, and on a changed bound of Den Haag", async () => {
    expect(await factsAfter(DEN_HAAG, [["bronnen/route.md", "| Vier keer ziek in 12", "| Drie keer ziek in 12"]])).not.toEqual([]);
    expect(await factsAfter(DEN_HAAG, [["signalen.yml", "atLeast: 7", "atLeast: 8"]])).not.toEqual([]);
    expect(await factsAfter(DEN_HAAG, [["flow.md", "Precies 16 uur in 4 weken noemt", "Precies 16 uur in 5 weken noemt"]])).not.toEqual([]);
  });

  // A reference's numbers: tests/content/fidelity-references.test.ts.
  it("fails on a changed number in a link's words or a quote in a note", async () => {
    const link = ["bronnen/02-registratie-en-signalering.md", "(zie [hoofdstuk 3]", "(zie [hoofdstuk 4]"] as const;
    expect(describeProblems(await factsAfter(DEN_BOSCH, [link]))).toContain("the link");
    const quote = [
      "signalen.yml",
      'tegen. Bijlage 1 noemt "meer dan 10 schooldagen achtereen"',
      'tegen. Bijlage 1 noemt "meer dan 11 schooldagen achtereen"',
    ] as const;
    expect(describeProblems(await factsAfter(DEN_BOSCH, [quote]))).toContain("quotes");
  });

  it("fails on a note that names a part the source lacks, or quotes a part that does not say it", async () => {
    const part = ["flow.md", "De opschaling in stap 5 wordt lokaal ingevuld", "De opschaling in stap 6 wordt lokaal ingevuld"] as const;
    expect(describeProblems(await factsAfter("west-brabant-thuiszitterspact", [part]))).toContain('names "stap 6"');
    const quote = [
      "signalen.yml",
      'tegen. Bijlage 1 noemt "meer dan 10 schooldagen achtereen"',
      'tegen. Bijlage 7 noemt "meer dan 10 schooldagen achtereen"',
    ] as const;
    expect(describeProblems(await factsAfter(DEN_BOSCH, [quote]))).toContain("from a part that does not say it");
  });

  it("fails on a table cell changed, and on two cells swapped between rows", async () => {
    const changed = await factsAfter(DEN_BOSCH, [
      ["bronnen/14-bijlage-4-informatie-delen.md", "| Vanaf 16 jaar | De leerling |", "| Vanaf 16 jaar | De ouders |"],
    ]);
    expect(changed.map((problem) => problem.check)).toContain("facts: table cells");
    const file = "bronnen/17-bijlage-7-preventieve-spreekuren.md";
    const seven = "| Tot en met 7 keer | Gesprek door school/afdeling met de leerling (en met de ouders van 18- leerlingen). |";
    const eleven = "| 8 t/m 11 keer | De school nodigt de leerling uit voor het preventieve spreekuur en informeert leerling en ouders. |";
    const swapped = await factsAfter(DEN_BOSCH, [
      [file, seven, "SEVEN"],
      [file, eleven, seven.replace("Tot en met 7 keer", "8 t/m 11 keer")],
      [file, "SEVEN", eleven.replace("8 t/m 11 keer", "Tot en met 7 keer")],
    ]);
    expect(swapped.map((problem) => problem.check)).toContain("facts: table cells");
  });

  it("accepts a fact of the source left out only when leftOut lists it with the source's words", async () => {
    const file = "bronnen/17-bijlage-7-preventieve-spreekuren.md";
    const dropped = ["* Gesprekken worden ingepland voor 15 minuten. Er wordt rekening gehouden met pauzes.\n", ""] as const;
    const missing = await factsAfter(DEN_BOSCH, [[file, ...dropped]]);
    expect(describeProblems(missing)).toContain('leaves out "15 minuten"');
    const listed = await factsAfter(DEN_BOSCH, [
      [file, ...dropped],
      [
        "routeboek.md",
        "    version: januari 2022\n",
        "    version: januari 2022\n    leftOut:\n      - text: Er worden gesprekken ingepland van 15 minuten. Er wordt rekening gehouden met pauze’s.\n        where: Bijlage 7\n        reason: Test.\n",
      ],
    ]);
    expect(listed, describeProblems(listed)).toEqual([]);
  });
});
