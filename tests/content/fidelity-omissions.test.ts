// The omissions check (tests/fidelity/checks/omissions.ts): every word of a tool's page is in the
// steps made from it, or listed under leftOut:. Each case drops one item of the real content in
// memory, as the fidelity review did (P3, P3b, P10, P10b, P11, S2, S11, S14, S17), and expects one
// problem that names the page, its steps and the dropped words.
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import { omissions } from "../fidelity/checks/omissions.ts";
import { type RoutebookSource, sourceOf } from "../fidelity/sources.ts";
import type { FidelityInput } from "../fidelity/types.ts";

const END_NOTE =
  "Heb je 1 of meerdere van bovenstaande acties genomen? Dan ben je klaar met de stappen uit dit routeboek " +
  "en beloop je de route passend bij de opschalingsmogelijkheid.";
const ESCALATION =
  "Bij casuïstiek waarin het MDO (nog) niet wil opschalen, schaalt de professional eerst op " + "binnen het eigen team/naar eigen manager";
const PARENTS = "Ouders kunnen voor specifieke informatie of advies over passend onderwijs terecht bij het Ouder- en Jeugdsteunpunt";

/** Every routebook whose flow has a page map: the two tools and the two summaries' flows. */
const IDS = ["sppoh-po", "swvzhw-vo", "west-brabant-thuiszitterspact", "den-bosch-schoolverzuim"] as const;
type Id = (typeof IDS)[number];

const books = new Map<string, Routebook>();
const flowTexts = new Map<string, string>();
const seeds = new Map<string, string>();

beforeAll(async () => {
  const content = await readContent("content");
  for (const id of IDS) {
    books.set(id, content.routebooks.find((book) => book.id === id)!);
    flowTexts.set(id, await readFile(`content/${id}/flow.md`, "utf8"));
    seeds.set(id, await readFile(sourceOf(id).seedFile, "utf8"));
  }
});

/** The check on a routebook whose flow.md text is changed by `change`, read as the pipeline reads it. */
function problemsAfter(id: Id, change: (text: string) => string, source: RoutebookSource = sourceOf(id)) {
  const before = flowTexts.get(id)!;
  const after = change(before);
  expect(after, "the change must apply to the content").not.toBe(before);
  // The draft, also when the change leaves the flow with other problems (a step no longer reached):
  // this check must find the omission by itself.
  const parsed = parseFlow(after, `content/${id}/flow.md`);
  const flow = parsed.flow ?? parsed.draft;
  const seed = seeds.get(id)!;
  const input: FidelityInput = {
    root: "content",
    routebook: { ...books.get(id)!, flow },
    source,
    seed,
    pages: source.pages(seed),
    files: new Map(),
  };
  return omissions(input);
}

/** The flow text without the one line that holds `words` (it must hold them exactly once). */
const withoutLine = (words: string) => (text: string) => {
  const lines = text.split("\n");
  const found = lines.filter((line) => line.includes(words));
  expect(found, `one line holds "${words}"`).toHaveLength(1);
  return lines.filter((line) => !line.includes(words)).join("\n");
};

/** The flow text without the one line of step `id` that holds `words`. */
const withoutLineOfStep = (id: string, words: string) => (text: string) => {
  const start = text.indexOf(`{#${id}}`);
  const end = text.indexOf("\n## ", start);
  const step = text.slice(start, end < 0 ? undefined : end);
  const dropped = withoutLine(words)(step);
  return text.slice(0, start) + dropped + (end < 0 ? "" : text.slice(end));
};

/** The flow text with step `id`'s end note dropped: the step still ends, with a bare "Einde". */
const endWithoutNote = (id: string) => (text: string) => {
  const start = text.indexOf(`{#${id}}`);
  const end = text.indexOf("\n## ", start);
  const step = text.slice(start, end < 0 ? undefined : end);
  const bare = step.replace(/\*\*Einde:\*\* .+/, "**Einde**");
  expect(bare).not.toBe(step);
  return text.slice(0, start) + bare + (end < 0 ? "" : text.slice(end));
};

describe("omissions: every word of a tool's page is in its steps or left out on purpose", () => {
  it("finds nothing in the real content of every flow with a page map", () => {
    for (const id of IDS) {
      expect(parseFlow(flowTexts.get(id)!, id).problems).toEqual([]);
      expect(problemsAfter(id, (text) => `${text}\n`)).toEqual([]);
    }
  });

  const cases: { name: string; id: Id; change: (text: string) => string; where: string; words: string }[] = [
    {
      name: "P3: a dropped option whose step is also its own page's",
      id: "sppoh-po",
      change: withoutLine("- [Er is sprake van een conflict of verschil in visie tussen school en ouders](#conflict-ouders)"),
      where: "pagina 9 (mdo-uitkomst)",
      words: "Er is sprake van een conflict of verschil in visie tussen school en ouders",
    },
    {
      name: "P3b: a dropped inferred option",
      id: "sppoh-po",
      change: withoutLine("- [De onderwijs- en ondersteuningsbehoeften zijn duidelijk](#passend-aanbod)"),
      where: "pagina 9 (mdo-uitkomst)",
      words: "De onderwijs- en ondersteuningsbehoeften zijn duidelijk",
    },
    {
      name: "P10: a dropped sentence that sat next to another item (the phase)",
      id: "sppoh-po",
      change: withoutLine("Bij casuïstiek waarin het MDO (nog) niet wil opschalen"),
      where: "pagina 20 (mdo-vastgelopen)",
      words: ESCALATION,
    },
    {
      name: "P10b: a dropped body sentence",
      id: "sppoh-po",
      change: withoutLineOfStep("mdo-uitkomst", "Ouders kunnen voor specifieke informatie"),
      where: "pagina 9 (mdo-uitkomst)",
      words: `${PARENTS} SPPOH`,
    },
    {
      name: "P11: a dropped end note",
      id: "sppoh-po",
      change: endWithoutNote("opschaling-jeugdhulp"),
      where: "pagina 21 (opschaling-jeugdhulp)",
      words: END_NOTE,
    },
    {
      name: "S2: a dropped option that sat next to another option",
      id: "swvzhw-vo",
      change: withoutLineOfStep("situatie", "- [Er is passende (extra) ondersteuning nodig.](#sot-opdc)"),
      where: "pagina's 17, 18, 19, 23, 24 (situatie)",
      words: "Er is passende (extra) ondersteuning nodig.",
    },
    {
      name: "S11: a dropped end note",
      id: "swvzhw-vo",
      change: endWithoutNote("opschaling-financieel"),
      where: "pagina 36 (opschaling-financieel)",
      words: END_NOTE,
    },
    {
      name: "S14: a dropped body sentence",
      id: "swvzhw-vo",
      change: withoutLineOfStep("conflict-ouders", "Ouders kunnen voor specifieke informatie"),
      where: "pagina 14 (conflict-ouders)",
      words: PARENTS,
    },
    {
      name: "S17: a dropped option whose target stays reachable",
      id: "swvzhw-vo",
      change: withoutLine("- [Het kind volgt onderwijs.](#gerealiseerd)"),
      where: "pagina 16 (situatie-vrijstelling)",
      words: "Het kind volgt onderwijs.",
    },
  ];

  for (const { name, id, change, where, words } of cases) {
    it(`fails on ${name}, naming the page, its steps and the missing words`, () => {
      const problems = problemsAfter(id, change);
      expect(problems.map(({ check, file, where }) => ({ check, file, where }))).toEqual([
        { check: "omissions", file: `content/${id}/flow.md`, where },
      ]);
      expect(problems[0]!.message).toContain(`"${words}"`);
    });
  }

  it("fails on a dropped action of a summary's flow ('s-Hertogenbosch, Bijlage 1)", () => {
    const problems = problemsAfter(
      "den-bosch-schoolverzuim",
      withoutLine("* Bij opnieuw verzuim na een preventief gesprek wordt een melding gemaakt via DUO."),
    );
    expect(problems.map((problem) => problem.where)).toEqual(["pagina 1 (welk-verzuim, te-laat-komen, spijbelen, ziekteverzuim)"]);
    expect(problems[0]!.message).toContain('"Bij opnieuw verzuim na een preventief gesprek wordt een melding gemaakt via DUO."');
  });

  it("fails on one copy dropped of a sentence the page says twice, once in each section", () => {
    // Bijlage 1 ends both "Te laat komen" and "Spijbelen" with this sentence; both steps are made from that page.
    const problems = problemsAfter(
      "den-bosch-schoolverzuim",
      withoutLineOfStep("spijbelen", "* Na een verzuimmelding roept leerplicht (de leerling en) ouders op voor een gesprek."),
    );
    expect(problems.map((problem) => problem.where)).toEqual(["pagina 1 (welk-verzuim, te-laat-komen, spijbelen, ziekteverzuim)"]);
    expect(problems[0]!.message).toContain('"Na een verzuimmelding roept leerplicht (de leerling en) ouders op voor een gesprek."');
  });

  it("fails on a word dropped from a West-Brabant step heading, which its reference (ours) still quotes", () => {
    const problems = problemsAfter("west-brabant-thuiszitterspact", (text) =>
      text.replace("## Stap 1. De school signaleert, registreert en analyseert", "## Stap 1. De school signaleert en registreert"),
    );
    expect(problems.map((problem) => problem.where)).toEqual(["pagina 1 (stap-1)"]);
    expect(problems[0]!.message).toContain('"Stap 1. De school signaleert, registreert en analyseert (langdurig) verzuim."');
  });

  it("fails on a dropped part of an item: a clause of an action", () => {
    const problems = problemsAfter("sppoh-po", (text) => text.replace(", maak hierin een keuze.", "."));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ where: "pagina 4 (registratie-verzuim)" });
    expect(problems[0]!.message).toContain('"maak hierin een keuze"');
  });

  it("fails on a single number dropped from the end of a text, which no stray mark can be", () => {
    const problems = problemsAfter("sppoh-po", (text) =>
      text.replace("Hoofdstuk 3: fase 2, fase 3a & 3\n", "Hoofdstuk 3: fase 2, fase 3a\n"),
    );
    expect(problems.map((problem) => problem.where)).toEqual(["pagina 2 (ziekteverzuim)"]);
    expect(problems[0]!.message).toContain('"3"');
  });

  it("accepts a dropped sentence that is listed under leftOut:", () => {
    const sentence = ESCALATION;
    const listed = (text: string) =>
      withoutLine("Bij casuïstiek waarin het MDO (nog) niet wil opschalen")(text).replace(
        "leftOut:\n",
        `leftOut:\n  - text: "${sentence}"\n    where: pagina 20\n    reason: een test\n`,
      );
    expect(problemsAfter("sppoh-po", listed)).toEqual([]);
  });

  it("fails on an entry of leftOut: whose words are not on the page it names", () => {
    const stale = (text: string) => text.replace("  - text: Primair Onderwijs\n", "  - text: Voortgezet Onderwijs\n");
    const problems = problemsAfter("sppoh-po", stale);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('"Primair Onderwijs"'),
      '"Voortgezet Onderwijs" is not on that page of the source: correct the text or where, or remove the entry',
    ]);
    const elsewhere = (text: string) => text.replace("    where: pagina 1\n", "    where: pagina 2\n");
    expect(problemsAfter("sppoh-po", elsewhere).map((problem) => problem.where)).toEqual(["leftOut: pagina 2"]);
  });

  it("fails on a page no step is made from, naming the page and its words", () => {
    const source = sourceOf("sppoh-po");
    const { steunpunten: _, ...pagesOf } = source.pagesOf!;
    const problems = problemsAfter("sppoh-po", (text) => `${text}\n`, { ...source, pagesOf });
    expect(problems.map((problem) => problem.where)).toEqual(["pagina 14"]);
    expect(problems[0]!.message).toContain("Steunpunt Hersenletsel");
  });
});
