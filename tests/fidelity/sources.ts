// The sources the editors worked from, one entry per routebook: where the source text is,
// how it splits into the pages (or sections) a flow's steps were made from, and which
// pages each step took. Every fidelity check and the mutation bench read this one list.
import type { Correction } from "../../pipeline/schema/flow.ts";
import { type FidelityFailure, splitPages } from "../support/fidelity.ts";

export interface RoutebookSource {
  /** The routebook's id, which is also its folder under content/. */
  id: string;
  /** "tool": a clickable tool, transcribed word for word; "summary": a text the editors summarised in their own words. */
  kind: "tool" | "summary";
  /** The source text: a copy of a seed in shared/seeds/, so that the tests stand alone. */
  seedFile: string;
  /** The pages (or sections) of the source text that the flow's steps were made from, in order, before corrections. */
  pages: (seed: string) => string[];
  /** The 1-based pages each step was made from; absent where the flow is checked against the whole text. */
  pagesOf?: Readonly<Record<string, readonly number[]>>;
  /** Pages that are no step's, such as a tool's start page, which is the flow's introduction. */
  introPages?: readonly number[];
  /** The source names no numbered phases: only each phase's duration must stand, word for word, anywhere in the text. */
  phasesInWholeText?: boolean;
  /** The source has no "Lees verder" references: the flow's point into the editors' summary, and the build resolves them. */
  referencesAreOurs?: boolean;
  /** What checkFidelity's heuristics report on this source although nothing is lost; the list is exact. */
  knownMisses?: readonly FidelityFailure[];
}

/**
 * The pages of this OCR dump. `splitPages` (runs of blank lines) does not fit it: blank
 * runs also part a page's text from its URL list. Here a page starts where OCR put a space
 * before its first line (except a reference whose bullet OCR read as a space), at the running
 * header "Digitale tool" of a page that has one, and at a URL list with no text above it
 * (the pages at the end whose text OCR did not read at all).
 */
export function splitOcrPages(dump: string): string[] {
  const lines = dump.split("\n");
  const pages: string[][] = [];
  let blanks = 0;
  let previous = "";
  for (const line of lines) {
    if (line.trim() === "") {
      blanks++;
      pages.at(-1)?.push(line);
      continue;
    }
    const isUrl = /^https?:\/\/\S+$/.test(line);
    const starts =
      pages.length === 0 ||
      (/^ \S/.test(line) && !line.startsWith(" Routeboek Verzuim & Thuiszitters,")) ||
      /^_?\.?Digitale tool$/.test(line) ||
      (isUrl && blanks > 0 && (/^https?:\/\//.test(previous) || blanks >= 10));
    if (starts) pages.push([line]);
    else pages.at(-1)!.push(line);
    blanks = 0;
    previous = line;
  }
  return pages.map((page) => page.join("\n").trimEnd());
}

/** The source page(s) each step was made from (1-based); a page the source repeats maps to one step. */
const SWV_PAGES_OF: Record<string, number[]> = {
  "schriftelijke-aanmelding": [2],
  "ingeschreven-geplaatst": [3],
  "aanmelding-school": [4],
  "wel-zorgplicht": [4],
  "geen-zorgplicht": [4],
  "geen-aanmelding": [4],
  "welk-verzuim": [5],
  ziekteverzuim: [6],
  "beperkte-aanwezigheid": [7],
  "registratie-verzuim": [8],
  "jes-organiseren": [9, 10, 11],
  "jes-uitkomst": [12],
  "andere-expertise": [13],
  "conflict-ouders": [14],
  // The four pages at the end hold only the link to "maatwerk in onderwijstijd", which this step asks about.
  "passend-aanbod": [15, 40, 41, 42, 43],
  "situatie-vrijstelling": [16],
  situatie: [17, 18, 19, 23, 24],
  "sot-opdc": [20],
  "vso-expertise": [21],
  jeugdhulp: [22],
  gerealiseerd: [25, 26, 27, 28],
  "jes-vastgelopen": [29, 30, 31, 32, 33],
  "opschaling-jeugdhulp": [34],
  "opschaling-gezin": [35],
  "opschaling-financieel": [36],
  "vrijstelling-leerplicht": [37, 38, 39],
  // Ours: the end after a granted exemption, whose only text is a note of the editors.
  "vrijstelling-afgegeven": [37, 38, 39],
};

/** Page 1, the start page with the leeswijzer, is the flow's introduction, not a step. */
const SWV_START_PAGE = 1;

/** A page with the corrections that apply to it: those without a step, and those of a step made from it. */
export function correctPage(
  page: string,
  number: number,
  corrections: readonly Correction[],
  pagesOf: RoutebookSource["pagesOf"] = {},
): string {
  return corrections
    .filter((correction) => !correction.step || pagesOf[correction.step]?.includes(number))
    .reduce((text, correction) => text.split(correction.source).join(correction.corrected), page);
}

/**
 * What checkFidelity's page heuristics, written for SPPOH's text layer, report on this tool
 * although nothing is lost: a numbered button read as a numbered action, the button "Volgende stap"
 * where the checker knows "Volgende", a "Let op" box right after the box it belongs to (the
 * flow shows it as a notice, without the words "Let op"), and an action holding words of ours.
 * The list is exact, so any other failure still fails the test.
 */
const SWV_HEURISTIC_MISSES: FidelityFailure[] = [
  {
    step: "aanmelding-school",
    what: "option",
    text: "De school van aanmelding concludeert dat zij niet kan voldoen aan de ondersteuningsbehoeften.",
    problem: "cut short of the source",
  },
  {
    step: "wel-zorgplicht",
    what: "title",
    text: "De school van aanmelding concludeert dat zij niet kan voldoen aan de ondersteuningsbehoeften",
    problem: "cut short of the source",
  },
  {
    step: "geen-zorgplicht",
    what: "option",
    text: "Ouders melden hun kind schriftelijk aan bij de volgende school van hun volgende voorkeur.",
    problem: "cut short of the source",
  },
  {
    step: "conflict-ouders",
    what: "action",
    text: "Raadpleeg de klachtenprocedure organisatie / betrek je leidinggevende.",
    problem: "missing from the flow",
  },
  { step: "passend-aanbod", what: "action", text: "Vrijstelling van schoolinschrijving", problem: "missing from the flow" },
  { step: "passend-aanbod", what: "action", text: "Combinatie van", problem: "missing from the flow" },
  { step: "passend-aanbod", what: "action", text: "Volledig", problem: "missing from the flow" },
  { step: "sot-opdc", what: "option", text: "Volgende", problem: "missing from the flow" },
  { step: "vso-expertise", what: "option", text: "Volgende", problem: "missing from the flow" },
  { step: "jeugdhulp", what: "option", text: "Volgende", problem: "missing from the flow" },
];

/** The source page(s) each step was made from (1-based). */
const SPPOH_PAGES_OF: Record<string, number[]> = {
  schoolinschrijving: [1],
  "welk-verzuim": [1],
  ziekteverzuim: [2],
  "beperkte-aanwezigheid": [3],
  "registratie-verzuim": [4],
  "mdo-organiseren": [5],
  "schriftelijke-aanmelding": [6],
  "aanmelding-school": [7],
  ingeschreven: [7],
  zorgplicht: [7],
  "geen-aanmelding": [8],
  "mdo-uitkomst": [9],
  "andere-expertise": [10],
  "conflict-ouders": [11],
  "ernstige-zorgen": [12],
  "passend-aanbod": [13],
  steunpunten: [14],
  "sbo-advies": [15],
  "so-expertise": [16],
  jeugdhulp: [17],
  "de-ontdekkers": [18],
  "passend-aanbod-gerealiseerd": [19],
  "mdo-vastgelopen": [20],
  "opschaling-jeugdhulp": [21],
  "opschaling-gezin": [22],
  "opschaling-financieel": [23],
};

/** The step headings of the source's stappenplan, one per "page": the flow takes only these from the source; its explanations are ours. */
function stepHeadings(seed: string): string[] {
  const folded = seed.replace(/\s+/g, " ");
  return [...folded.matchAll(/Stap (\d)\. (.+?\.)(?= [A-Z])/g)].map((match) => match[0]);
}

/** The heading each step was made from (1-based); the two steps of ours sit with the heading they explain. */
const WEST_BRABANT_PAGES_OF: Record<string, number[]> = {
  schoolinschrijving: [3],
  "stap-1": [1],
  "stap-2": [2],
  termijn: [3],
  mdo: [3],
  "niet-naar-school": [4],
  "integraal-plan": [4],
  stagneert: [5],
  opschalen: [5],
  "schoolgang-hersteld": [2],
};

/**
 * The flow is made from Bijlage 1 (page 1: its text up to Bijlage 2), and from the two terms at sickness:
 * the mentor's contact in chapter 3 (page 2) and the jeugdarts's talk in chapter 4 (page 3).
 */
const DEN_BOSCH_PAGES_OF: Record<string, number[]> = {
  "welk-verzuim": [1],
  "te-laat-komen": [1],
  spijbelen: [1],
  ziekteverzuim: [1],
  "contact-mentor": [2],
  jeugdarts: [3],
};

/** The seed's text from `from` to the end of `to`, both as the seed has them. */
function passage(seed: string, from: string, to: string): string {
  const start = seed.indexOf(from);
  const end = seed.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`the seed no longer has "${from}" … "${to}"`);
  return seed.slice(start, end + to.length);
}

const denBoschPages = (seed: string) => [
  seed.slice(seed.indexOf("Bijlage 1:"), seed.indexOf("Bijlage 2:")),
  passage(seed, "- Mentor neemt nog dezelfde dag", "monitort het verzuim."),
  [
    passage(seed, "• De jeugdarts nodigt de leerling", "na aanmelding plaats vindt."),
    passage(seed, "• Wanneer de leerling niet verschijnt op uitnodiging", "in DUO."),
  ].join("\n"),
];

/** The numbered station headings of Den Haag's text split it into its ten stations. */
const stations = (seed: string) => seed.split(/\n(?=[ \t]*\d+\.[ \t]+\S)/).slice(1);

/** SPPOH's text layer: runs of blank lines part the pages; page 1 has one inside it, after "Primair Onderwijs". */
function sppohPages(seed: string): string[] {
  const chunks = splitPages(seed);
  return [`${chunks[0]}\n\n${chunks[1]}`, ...chunks.slice(2)];
}

const seedOf = (id: string) => `tests/fixtures/seeds/${id}.txt`;

/** Every routebook under content/, with its source. A routebook missing here fails the fidelity test. */
export const SOURCES: readonly RoutebookSource[] = [
  { id: "sppoh-po", kind: "tool", seedFile: seedOf("sppoh-po-digitale-tool"), pages: sppohPages, pagesOf: SPPOH_PAGES_OF },
  {
    id: "swvzhw-vo",
    kind: "tool",
    seedFile: seedOf("swvzhw-vo"),
    pages: splitOcrPages,
    pagesOf: SWV_PAGES_OF,
    introPages: [SWV_START_PAGE],
    knownMisses: SWV_HEURISTIC_MISSES,
  },
  { id: "den-haag-tien-stappen", kind: "summary", seedFile: seedOf("den-haag-tien-stappen"), pages: stations },
  {
    id: "west-brabant-thuiszitterspact",
    kind: "summary",
    seedFile: seedOf("west-brabant-thuiszitterspact"),
    pages: stepHeadings,
    pagesOf: WEST_BRABANT_PAGES_OF,
    phasesInWholeText: true,
    referencesAreOurs: true,
  },
  {
    id: "den-bosch-schoolverzuim",
    kind: "summary",
    seedFile: seedOf("den-bosch-schoolverzuim"),
    pages: denBoschPages,
    pagesOf: DEN_BOSCH_PAGES_OF,
    phasesInWholeText: true,
  },
];

/** The source of a routebook, or an error naming what to add. */
export function sourceOf(id: string): RoutebookSource {
  const source = SOURCES.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`tests/fidelity/sources.ts: no source for routebook "${id}"; add an entry with its seed text`);
  return source;
}
