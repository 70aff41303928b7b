// The thresholds of signalen.yml against the source: the quoted words stand in the source, and
// every bound is a number those words give, so a changed bound or a changed quote is found.
import { measureInfo } from "../../../shared/signals/measures.ts";
import type { Conversion, Quote } from "../../../pipeline/schema/signals.ts";
import { normalise } from "../../support/fidelity.ts";
import { chapterSections } from "../sections.ts";
import type { FidelityInput, FidelityProblem } from "../types.ts";
import { notIn } from "./compare.ts";
import { misquoted } from "./references.ts";
import { partMessages } from "./scope.ts";
import { type Quantity, quantities, readableSeed, unitName } from "./quantities.ts";

const CHECK = "facts: thresholds";

const BOUNDS = ["above", "atLeast", "atMost", "below"] as const;
type Bounded = Partial<Record<(typeof BOUNDS)[number], number>>;

/**
 * How many of the measure's units the editors count in a unit the source uses instead: a school
 * week as 5 school days, as the note of the contradiction "meer dan één week" says.
 */
const READINGS: Readonly<Record<string, number>> = { week: 5 };

/** Words that give the least whole number they can mean: "meerdere dagdelen" is 2 or more. */
const LEAST: Readonly<Record<string, number>> = { meerdere: 2 };

/** The numbers a text gives, as bounds can be: "7e" gives 7, "één week" gives 1 and 5, "meerdere" 2. */
function numbersOf(text: string): number[] {
  const least = (text.toLowerCase().match(/\p{L}+/gu) ?? []).flatMap((word) => (word in LEAST ? [LEAST[word]!] : []));
  return [...least, ...quantities(text)].flatMap((quantity) => {
    if (typeof quantity === "number") return [quantity];
    const value = Number(quantity.value.replace(/e$/, ""));
    if (Number.isNaN(value)) return [];
    const reading = READINGS[quantity.unit];
    return reading ? [value, value * reading] : [value];
  });
}

const boundsOf = (range: Bounded) => BOUNDS.flatMap((name) => (range[name] === undefined ? [] : [{ name, value: range[name]! }]));

/** Bounds that are none of `numbers`; "above: 0" is the editors' floor (any absence at all), noted as theirs. */
const strayBounds = (range: Bounded, numbers: readonly number[]) =>
  boundsOf(range).filter(({ name, value }) => !(name === "above" && value === 0) && !numbers.includes(value));

/**
 * A note without the editors' citations of a law ("de Leerplichtwet 1969 (artikel 21a)"): the
 * source does not give them, and the note marks them as the editors' to check on wetten.overheid.nl.
 */
const withoutLawCitations = (note: string) => note.replace(/\b\p{Lu}\p{L}*wet(?: \d{4})?(?: \(artikel [\p{L}\d ]+\))?/gu, " ");

/**
 * Numbers of the editors' notes that neither the source nor the entry's range gives. A range's
 * first or last whole number counts as the range's ("van 6 tot en met 10" for above 5, at most 10).
 */
function strayNoteNumbers(note: string, range: Bounded, seedFacts: readonly Quantity[]): Quantity[] {
  const own = boundsOf(range).flatMap(({ name, value }) =>
    name === "above" ? [value, value + 1] : name === "below" ? [value, value - 1] : [value],
  );
  return notIn(quantities(withoutLawCitations(note)), seedFacts).filter(
    (quantity) => quantity.value !== "elke" && !/^een\s/i.test(quantity.text) && !own.includes(Number(quantity.value)),
  );
}

/**
 * The source's quantities, also counted in the other unit of each conversion the file gives
 * ("1,5 dag" is "3 dagdelen" when a dagdeel is 0.5 dag), so a note may give a converted amount.
 */
function withConversions(facts: readonly Quantity[], conversions: readonly Conversion[]): Quantity[] {
  const converted = conversions.flatMap((conversion) => {
    const from = unitName(measureInfo(conversion.from).unit);
    const to = unitName(measureInfo(conversion.to).unit);
    const factor = conversion.factor;
    if (!from || !to || !factor) return [];
    return facts.flatMap((fact) => {
      const value = Number(fact.value);
      if (Number.isNaN(value)) return [];
      if (fact.unit === from) return [{ ...fact, value: String(value * factor), unit: to }];
      if (fact.unit === to) return [{ ...fact, value: String(value / factor), unit: from }];
      return [];
    });
  });
  return [...facts, ...converted];
}

export function signalProblems({ routebook, seed }: FidelityInput): FidelityProblem[] {
  if (routebook.signals.length === 0) return [];
  const file = `${routebook.folder}/signalen.yml`;
  const sections = chapterSections(routebook, seed);
  const wholeSource = normalise(readableSeed(seed));
  /** The source section a place names ("Document, Chapter" or a section of that chapter), as compared text. */
  const sectionAt = (place: string): string | undefined => {
    const found = sections.find(({ document, chapter }) =>
      [chapter.title, ...chapter.sections.map((section) => section.title)].some((title) => place === `${document.alias}, ${title}`),
    );
    return found?.source === undefined ? undefined : normalise(readableSeed(found.source));
  };
  // A note may name a rule of this file by its words ("zie de regel \"precies 16 uur\""): its id, read as words.
  const quotableNames = [...routebook.signalEdges.gaps, ...routebook.signalEdges.contradictions].map((range) =>
    range.id.replace(/-/g, " "),
  );
  const seedFacts = withConversions(quantities(readableSeed(seed)), routebook.signalEdges.conversions);
  const problems: FidelityProblem[] = [];
  /** The quote must stand in the section its place names. */
  const notQuoted = (where: string, words: string, place: string) => {
    const section = sectionAt(place);
    if (section === undefined) {
      problems.push({
        check: CHECK,
        file,
        where,
        message: `"${place}" names no chapter of the source: write "<document alias>, <chapter title>"`,
      });
    } else if (!section.includes(normalise(words))) {
      problems.push({
        check: CHECK,
        file,
        where,
        message: `"${words}" is not the words of ${place}: quote the source as it stands there`,
      });
    }
  };
  const notes = (where: string, texts: readonly (string | undefined)[], range: Bounded, place?: string) => {
    const given = texts.filter((text): text is string => Boolean(text));
    for (const phrase of misquoted(given, seed, quotableNames)) {
      problems.push({
        check: CHECK,
        file,
        where,
        message: `the editors' note quotes "${phrase}", which the source does not say`,
      });
    }
    const own = sections
      .filter(({ document, chapter }) => place === `${document.alias}, ${chapter.title}`)
      .flatMap(({ source }) => source ?? []);
    for (const message of partMessages(sections, given, own))
      problems.push({ check: CHECK, file, where, message: `the editors' note ${message}` });
    const stray = texts.flatMap((text) => (text ? strayNoteNumbers(text, range, seedFacts) : []));
    if (stray.length) {
      const listed = stray.map((quantity) => `"${quantity.text}"`).join(", ");
      problems.push({
        check: CHECK,
        file,
        where,
        message: `the editors' note gives ${listed}, which neither the source nor the range gives`,
      });
    }
  };
  for (const signal of routebook.signals) {
    notQuoted(signal.id, signal.signal, signal.source);
    // The file names no place for an action; one may come from another chapter (a note then says which).
    if (!wholeSource.includes(normalise(signal.action))) notQuoted(signal.id, signal.action, signal.source);
    for (const { name, value } of strayBounds(signal, numbersOf(signal.signal))) {
      problems.push({
        check: CHECK,
        file,
        where: signal.id,
        message: `${name}: ${value} is not a number of its signal "${signal.signal}"`,
      });
    }
    notes(signal.id, [signal.note], signal, signal.source);
  }
  const edges = routebook.signalEdges;
  for (const range of [...edges.gaps, ...edges.contradictions]) {
    const sides = range.sides.map((side) => (typeof side === "string" ? routebook.signals.find((signal) => signal.id === side) : side));
    const numbers = sides.flatMap((side) => {
      if (!side) return [];
      if ("words" in side) return numbersOf((side as Quote).words);
      return [...numbersOf(side.signal), ...boundsOf(side).map(({ value }) => value)];
    });
    for (const side of range.sides) if (typeof side !== "string") notQuoted(range.id, side.words, side.source);
    for (const { name, value } of strayBounds(range, numbers)) {
      problems.push({
        check: CHECK,
        file,
        where: range.id,
        message: `${name}: ${value} is not a number of the source's words on either side`,
      });
    }
    notes(range.id, [range.note, range.ask], range);
  }
  for (const question of edges.questions) for (const quote of question.says) notQuoted(question.id, quote.words, quote.source);
  for (const conversion of edges.conversions) notes(`${conversion.from} → ${conversion.to}`, [conversion.note], {});
  return problems;
}
