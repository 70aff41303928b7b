// Who does what, and whether: the roles, named bodies and negations of each chapter of an editors'
// summary against its source section, sentence by sentence; and whether every source sentence is
// still said somewhere (a dropped sentence leaves one unsaid). Facts the editors leave out on
// purpose are listed as `leftOut` on the document in routeboek.md.
import type { DocumentChapter } from "../../../pipeline/documents/types.ts";
import { inlineRuns, linksIn } from "../../../pipeline/rich/text.ts";
import type { LeftOut } from "../../../pipeline/schema/left-out.ts";
import { coverOf, covered, rarity, type Stemmed, stemmed } from "../facts/align.ts";
import {
  joinLines,
  namesIn,
  negationCount,
  type RoleMatcher,
  repeatedInList,
  roleMatcher,
  rolesIn,
  sourceSentences,
  wordsOf,
} from "../facts/text.ts";
import { type Unit, unitsOf } from "../facts/units.ts";
import { rolesOf } from "../facts/vocabulary.ts";
import { type ChapterSection, chapterSections, headingForm } from "../sections.ts";
import type { FidelityCheck, FidelityInput, FidelityProblem } from "../types.ts";

/** A source sentence counts as said when a summary sentence holds at least this share of its rare words. */
export const COVERED = 0.4;

/** A summary sentence says a source sentence again when it holds at least this share of its rare words. */
export const RESTATED = 0.6;

/** What the facts checks need of one routebook: its roles, the words of those roles, and the source's rarity. */
export interface Vocabulary {
  matcher: RoleMatcher;
  roleWords: ReadonlySet<string>;
  idf: (stem: string) => number;
}

/** Vocabularies by source text and glossary: the bench checks the same routebook many times over. */
const vocabularies = new Map<string, Vocabulary>();

export function vocabularyOf(input: Pick<FidelityInput, "routebook" | "seed">): Vocabulary {
  const glossaryTerms = input.routebook.glossary.map((entry) => entry.term);
  const key = `${glossaryTerms.join("\n")}\u0001${input.seed}`;
  const known = vocabularies.get(key);
  if (known) return known;
  const vocabulary = readVocabulary(glossaryTerms, input.seed);
  vocabularies.set(key, vocabulary);
  return vocabulary;
}

function readVocabulary(glossaryTerms: readonly string[], seed: string): Vocabulary {
  const roles = rolesOf({ glossaryTerms }, seed);
  const roleWords = new Set(roles.flatMap((role) => wordsOf(role)));
  const sentences = sourceSentences(seed).map((text) => stemmed(text, roleWords));
  return { matcher: roleMatcher(roles), roleWords, idf: rarity(sentences) };
}

interface Side {
  text: string;
  /** For a table cell: the roles its row and its column headings name, which the cell is about. */
  around: string[];
  kind?: Unit["kind"];
  /** Its stems with those of its context (a table cell's row). */
  stemmed: Stemmed;
  /** Its own stems. */
  own: Stemmed;
  roles: string[];
  negations: number;
}

const side = (text: string, vocabulary: Vocabulary, unit?: Unit): Side => ({
  text,
  around: rolesIn(`${unit?.header ?? ""}; ${unit?.context ?? ""}`, vocabulary.matcher),
  kind: unit?.kind,
  stemmed: stemmed(unit?.context ? `${unit.context} ${text}` : text, vocabulary.roleWords),
  own: stemmed(text, vocabulary.roleWords),
  roles: rolesIn(text, vocabulary.matcher),
  negations: negationCount(text),
});

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

/**
 * Every run of one to three lines of a source text, and its first words, as words, with the line it starts on:
 * a heading stands on lines of its own.
 */
function titlesOf(sourceText: string): Map<string, number[]> {
  const lines = sourceText
    .split("\n")
    .map((line) => wordsOf(line.replace(/^\s*(?:[•▪●◦o-]|\d+\.)\s+/, "")).join(" "))
    .filter(Boolean);
  const titles = new Map<string, number[]>();
  lines.forEach((_, at) => {
    for (let length = 1; length <= 3 && at + length <= lines.length; length++) {
      const words = lines
        .slice(at, at + length)
        .join(" ")
        .split(" ");
      // A heading may give the first words of a longer line ("Reden van aanmelding" of "… aankruisen").
      for (let end = Math.min(2, words.length); end <= words.length; end++) {
        const title = words.slice(0, end).join(" ");
        titles.set(title, [...(titles.get(title) ?? []), at]);
      }
    }
  });
  return titles;
}

/** The source section's sentences, read once per vocabulary (the bench and the tests compare a section many times). */
const sidesCache = new WeakMap<Vocabulary, Map<string, Side[]>>();
function sidesOf(sourceText: string, vocabulary: Vocabulary): Side[] {
  const cache = sidesCache.get(vocabulary) ?? new Map<string, Side[]>();
  sidesCache.set(vocabulary, cache);
  let sides = cache.get(sourceText);
  if (!sides) {
    sides = sourceSentences(sourceText).map((text) => side(text, vocabulary));
    cache.set(sourceText, sides);
  }
  return sides;
}

/** The problems of one summary chapter against its source section. */
export function compareSection(
  summary: readonly Unit[],
  sourceText: string,
  leftOut: readonly LeftOut[],
  vocabulary: Vocabulary,
): string[] {
  const problems: string[] = [];
  const ours = joinShortItems(summary, vocabulary).map((unit) => side(unit.text, vocabulary, unit));
  // A source sentence left out as a whole is not compared; words left out of a sentence lower what it must give.
  const all = sidesOf(sourceText, vocabulary);
  const sentences = all.map((sentence) => sentence.text);
  const theirs = all.filter((sentence) => !leftOut.some((item) => holds(item.text, sentence.text)));
  const leftOutSides = leftOut.map((item) => side(item.text, vocabulary));
  const partial = leftOutSides.filter((item) => !sentences.some((sentence) => holds(item.text, sentence)));
  const { idf } = vocabulary;

  // Negations: as many in the summary as in the source section, less those of what is left out.
  const negationsOurs = ours.reduce((sum, unit) => sum + unit.negations, 0);
  const negationsTheirs =
    theirs.reduce((sum, sentence) => sum + sentence.negations, 0) - partial.reduce((sum, item) => sum + item.negations, 0);
  if (negationsOurs !== negationsTheirs) {
    problems.push(
      `${negationsOurs} negation(s) ("niet", "geen", …) where the source section has ${negationsTheirs}: ` +
        "a negation added or dropped? Say it as the source does, or list the source's words as leftOut",
    );
  }

  // Roles and bodies of the section: none the source section lacks, none of it missing (unless left out).
  const rolesOurs = new Set(ours.flatMap((unit) => unit.roles));
  const rolesTheirs = new Set(theirs.flatMap((sentence) => sentence.roles));
  const omitted = new Set(leftOutSides.flatMap((item) => item.roles));
  for (const role of rolesOurs) {
    if (!rolesTheirs.has(role)) problems.push(`names "${role}", which its source section does not name`);
  }
  for (const role of rolesTheirs) {
    if (!rolesOurs.has(role) && !omitted.has(role)) {
      problems.push(`does not name "${role}", which its source section names: add it, or list the source's words as leftOut`);
    }
  }

  // Headings not marked as the editors' are the source's titles, word for word (a role swapped in one has no sentence to pair with).
  // …and they come in the source's order, so that two headings swapped fail too.
  const titles = titlesOf(sourceText);
  let line = -1;
  for (const unit of ours) {
    if (unit.kind !== "heading") continue;
    const at = titles.get(wordsOf(unit.text).join(" "));
    const next = at?.find((candidate) => candidate > line);
    if (!at) problems.push(`the heading "${short(unit.text)}" is not the source's: use its words, or mark it :redactie[…]`);
    else if (next === undefined) problems.push(`the heading "${short(unit.text)}" is out of the source's order`);
    else line = next;
  }

  for (const unit of ours) {
    for (const role of repeatedInList(unit.text, vocabulary.matcher))
      problems.push(`names "${role}" twice in a row in "${short(unit.text)}"`);
  }

  // Names: every name the summary uses (a capital inside a sentence, or capitals) stands in the source section.
  const sourceWords = new Set(wordsOf(joinLines(sourceText)));
  for (const name of new Set(ours.flatMap((unit) => namesIn(unit.text)))) {
    if (!sourceWords.has(name)) problems.push(`names "${name}", which its source section does not use`);
  }

  // Who does what: each role of a summary sentence stands in the source sentences it says again, or next to them.
  const theirStems = theirs.map((sentence) => sentence.stemmed);
  for (const unit of ours) {
    if (unit.kind === "header") continue;
    const cover = [...new Set([...coverOf(unit.stemmed, theirStems, idf), ...coverOf(unit.own, theirStems, idf)])];
    if (cover.length === 0) continue;
    // A table cell is paired by its row; prose may take a role from the sentence next to the one it says again.
    const near = new Set(cover);
    const roles = [...near].flatMap((at) => theirs[at]?.roles ?? []);
    // Where the source speaks to or as someone ("u", "wij", "je"), it names no role to compare with.
    if ([...near].some((at) => theirs[at] && addressed(theirs[at]!.text))) continue;
    for (const role of new Set(unit.roles)) {
      if (!roles.includes(role) && rolesTheirs.has(role)) {
        problems.push(`"${role}" in "${short(unit.text)}": the source says this of someone else ("${short(theirs[cover[0]!]!.text)}")`);
      }
    }
  }

  // Who, the other way: a summary sentence that says most of a source sentence again names its people
  // (here, or in the sentence before or after it, where the summary splits a long sentence).
  ours.forEach((unit, index) => {
    if (unit.kind === "header") return;
    const nearby = [...[ours[index - 1], unit, ours[index + 1]].flatMap((other) => other?.roles ?? []), ...unit.around];
    const missing = (sentence: Side) => [...new Set(sentence.roles)].filter((role) => !nearby.includes(role) && !omitted.has(role));
    const said = coverOf(unit.stemmed, theirStems, idf)
      .map((at) => theirs[at]!)
      .filter((sentence) => sentence.stemmed.stems.size >= 3 && covered(sentence.stemmed, unit.stemmed, idf) >= RESTATED)
      .filter((sentence) => !addressed(sentence.text));
    for (const sentence of said) {
      // Of a sentence the source repeats for another role, one copy is enough.
      const copies = said.filter(
        (other) =>
          other.stemmed.stems.size === sentence.stemmed.stems.size &&
          [...other.stemmed.stems].every((stem) => sentence.stemmed.stems.has(stem)),
      );
      if (copies.some((copy) => missing(copy).length === 0)) continue;
      for (const role of missing(sentence)) {
        problems.push(`"${short(unit.text)}" says again the source's "${short(sentence.text)}" without its "${role}"`);
      }
    }
  });

  // Dropped sentences: each source sentence is said by some summary sentence.
  for (const sentence of theirs) {
    const coverage = Math.max(0, ...ours.map((unit) => covered(sentence.stemmed, unit.stemmed, idf)));
    if (sentence.stemmed.stems.size > 0 && coverage < COVERED) {
      problems.push(`the source's "${short(sentence.text)}" is not said in the summary (${Math.round(coverage * 100)} %)`);
    }
  }
  return problems;
}

/** A source sentence and the summary sentence that says it again; either may be missing. */
export interface Pairing {
  source?: string;
  said?: string;
}

/**
 * The data of the "said" record (tests/fidelity/said/): for each source sentence of a section (those left out as a
 * whole aside) the summary sentence that says most of it, if one says enough (COVERED); then each summary sentence
 * that is no source sentence's pair, with the source sentence it says most of, if any. So every summary sentence
 * stands in the record, and dropping one removes or moves a row. Without `unsaid`, only the summary's sentences.
 */
export function pairings(
  summary: readonly Unit[],
  sourceText: string,
  leftOut: readonly LeftOut[],
  vocabulary: Vocabulary,
  { unsaid = true } = {},
): Pairing[] {
  const ours = joinShortItems(summary, vocabulary).map((unit) => side(unit.text, vocabulary, unit));
  const theirs = sidesOf(sourceText, vocabulary).filter(
    (sentence) => sentence.stemmed.stems.size > 0 && !leftOut.some((item) => holds(item.text, sentence.text)),
  );
  // Between two that say as much, the one with more of the same words ("Meer dan 16 uur", not "Minder dan 16 uur").
  const best = (sentence: Side, candidates: readonly Side[], share: (candidate: Side) => number) => {
    const words = new Set(wordsOf(sentence.text));
    let found: Side | undefined;
    let most = 0;
    for (const candidate of candidates) {
      const part = share(candidate);
      if (part < COVERED) continue;
      const score = part + wordsOf(candidate.text).filter((word) => words.has(word)).length / (words.size + 1) / 1000;
      if (score > most) [found, most] = [candidate, score];
    }
    return found;
  };
  // A step says a little of the chapters it is made from: their other sentences are not missing there.
  const pairs = (unsaid ? theirs : []).map((sentence) => ({
    sentence,
    said: best(sentence, ours, (unit) => covered(sentence.stemmed, unit.stemmed, vocabulary.idf)),
  }));
  const paired = new Set(pairs.flatMap(({ said }) => (said ? [said] : [])));
  return [
    ...pairs.map(({ sentence, said }) => ({ source: sentence.text, ...(said ? { said: said.text } : {}) })),
    ...ours
      .filter((unit) => !paired.has(unit) && wordsOf(unit.text).length > 0)
      .map((unit) => {
        const source = best(unit, theirs, (sentence) => covered(sentence.stemmed, unit.stemmed, vocabulary.idf));
        return { ...(source ? { source: source.text } : {}), said: unit.text };
      }),
  ];
}

const PERSONAL = new Set(["ik", "mij", "mijn", "je", "jij", "jou", "jouw", "u", "uw", "wij", "we", "ons", "onze", "jullie"]);

/** Whether a sentence speaks to or as a person, by a pronoun of the first or second person. */
export const addressed = (text: string) => wordsOf(text).some((word) => PERSONAL.has(word));

/** List items too short to say anything alone ("de ouders;") belong to the sentence that leads in to them ("…samen met:"). */
function joinShortItems(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  const joined: Unit[] = [];
  let leadIn = false;
  for (const unit of units) {
    const alone = stemmed(unit.text, vocabulary.roleWords).stems.size >= 3;
    const last = joined.at(-1);
    if (unit.kind === "item" && !alone && last && leadIn) joined[joined.length - 1] = { ...last, text: `${last.text} ${unit.text}` };
    else {
      joined.push(unit);
      leadIn = unit.text.endsWith(":");
    }
  }
  return joined;
}

/** Whether a left-out text holds this whole source sentence: compared without case, spaces or punctuation. */
const holds = (leftOut: string, sentence: string) => {
  const fold = (text: string) => ` ${wordsOf(text).join(" ")} `;
  return fold(leftOut).includes(fold(sentence));
};

/** The footnotes that say something (not those that only name where a link goes, in the editors' words). */
const proseFootnotes = (chapter: DocumentChapter) =>
  chapter.footnotes
    .filter((note) => ![...inlineRuns(note.children)].some((run) => [...linksIn(run)].length > 0))
    .flatMap((note) => note.children);

/** A source section less its heading (which may be wrapped over a few lines): the heading is the chapter's title. */
function withoutHeading(section: string, title: string): string {
  const wanted = headingForm(title);
  const lines = section.split("\n");
  let joined = "";
  for (let at = 0; at < lines.length; at++) {
    const line = headingForm(lines[at]!);
    if (!line) continue;
    joined = joined ? `${joined} ${line}` : line;
    if (joined === wanted) return lines.slice(at + 1).join("\n");
    if (!wanted.startsWith(joined)) break;
  }
  return section;
}

/** What each chapter of a summary is compared with: its sentences, its source section's text and what is left out. */
export interface SectionInput {
  chapter: DocumentChapter;
  file: string;
  units: Unit[];
  sourceText: string;
  leftOut: readonly LeftOut[];
}

export function sectionInputs(
  input: Pick<FidelityInput, "routebook" | "seed">,
  sections: readonly ChapterSection[] = chapterSections(input.routebook, input.seed),
): SectionInput[] {
  return sections.flatMap(({ document, chapter, file, source }) =>
    source === undefined
      ? []
      : [
          {
            chapter,
            file,
            units: unitsOf([...chapter.blocks, ...proseFootnotes(chapter)]),
            sourceText: withoutHeading(source, chapter.title),
            leftOut: document.leftOut ?? [],
          },
        ],
  );
}

export const factsRoles: FidelityCheck = (input) => {
  if (input.source.kind !== "summary") return [];
  const vocabulary = vocabularyOf(input);
  return sectionInputs(input).flatMap(({ chapter, file, units, sourceText, leftOut }) =>
    compareSection(units, sourceText, leftOut, vocabulary).map(
      (message): FidelityProblem => ({ check: "facts: roles and negations", file, where: chapter.title, message }),
    ),
  );
};
