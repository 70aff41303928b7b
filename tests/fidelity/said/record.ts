// A summary's "said" record: for each sentence of each source section, the sentence of the summary
// chapter that says most of it, or that none does. Written as a Markdown table a reviewer reads beside
// the source; the said check (tests/fidelity/checks/said.ts) compares it with the content, so a dropped
// or moved summary sentence fails until the record is rewritten: the facts checks find a dropped fact,
// this finds a dropped sentence that says the source again in other words.
import { fileURLToPath } from "node:url";
import { COVERED, type Pairing, pairings, sectionInputs, vocabularyOf } from "../checks/facts-roles.ts";
import { inlineToText } from "../../../pipeline/rich/text.ts";
import type { Step } from "../../../pipeline/schema/step.ts";
import { attributions } from "../facts/chapters.ts";
import { stepScopes } from "../facts/flow.ts";
import { type Unit, unitsOf } from "../facts/units.ts";
import { type RoleMatcher, rolesIn, wordsOf } from "../facts/text.ts";
import { collapse, tableHead, tableRow, tableRows, type Unreadable } from "../records/table.ts";
import { chapterSections } from "../sections.ts";
import type { FidelityInput } from "../types.ts";

/** The record's path as messages name it, relative to the project. */
export const saidFile = (id: string) => `tests/fidelity/said/${id}.md`;
/** The record's path on disk: the records sit beside this module, outside content/. */
export const saidPath = (id: string) => fileURLToPath(new URL(`./${id}.md`, import.meta.url));

const COLUMNS = ["Bestand", "Hoofdstuk", "De bron zegt", "Gezegd in"] as const;
export const NOT_SAID = "(niet gezegd)";
const NO_SOURCE = "(geen bronzin om naast te leggen)";

/** A sentence as the record gives it: its first words, enough to find it. */
const opening = (text: string) => {
  const line = collapse(text);
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/** One row of the record: the chapter's file and title, the source sentence and where the summary says it. */
export interface SaidRow {
  file: string;
  chapter: string;
  source: string;
  said: string;
}

/**
 * A sentence of ours as the record gives it: its first words, its length in words (an item dropped from a joined
 * list shortens it) and the roles it names, in order (a role swapped past the first words changes them).
 */
const summarised = (text: string, matcher: RoleMatcher) =>
  `${opening(text)} (${[String(wordsOf(text).length), ...rolesIn(text, matcher)].join("; ")})`;

const row = (file: string, chapter: string, pairing: Pairing, matcher: RoleMatcher): SaidRow => ({
  file,
  chapter: collapse(chapter),
  source: pairing.source ? opening(pairing.source) : NO_SOURCE,
  said: pairing.said ? summarised(pairing.said, matcher) : NOT_SAID,
});

/** The units of a step's own text: its title (when the source's), paragraphs, lists, actions and end note. */
const stepUnits = (step: Step): Unit[] => [
  ...(step.editorialTitle ? [] : [{ text: step.title, kind: "heading" as const }]),
  ...unitsOf(
    step.body.flatMap((block) =>
      block.type === "actions" ? block.items.flat() : block.type === "options" || block.type === "end" ? [] : [block],
    ),
  ),
  ...step.body.flatMap((block) => {
    const end = block.type === "end" ? inlineToText(block.children, "source").trim() : "";
    return end ? [{ text: end, kind: "sentence" as const }] : [];
  }),
];

/**
 * The rows of a routebook: a summary's chapters with their source sentences, then the steps of its flow with the
 * source sentences of the part each is made from. A tool's steps too: which step shows which sentence of a page is
 * the editors' choice (the omissions check finds a sentence of a page in no step; this, one dropped from a step
 * while another step made from that page still has it).
 */
export function saidRows(input: Pick<FidelityInput, "root" | "routebook" | "seed" | "source" | "pages">): SaidRow[] {
  const vocabulary = vocabularyOf(input);
  const folder = `${input.root}/${input.routebook.id}/`;
  const sections = chapterSections(input.routebook, input.seed);
  const chapters = sectionInputs(input, sections).flatMap(({ chapter, file, units, sourceText, leftOut }) => {
    // A quote's attribution says who spoke: the source's words too, though the facts checks leave it to the quote.
    const attributed = attributions(chapter.blocks).map((text) => ({ text, kind: "sentence" as const }));
    return pairings([...units, ...attributed], sourceText, leftOut, vocabulary).map((pairing) =>
      row(file.replace(/\\/g, "/").split(folder).at(-1)!, chapter.title, pairing, vocabulary.matcher),
    );
  });
  const scopeOf = stepScopes(input, sections);
  const steps = input.routebook.flow.steps.flatMap((step) => {
    // A step that names no part of the source is read against all of it.
    const scope = scopeOf(step);
    const sourceText = scope.length ? scope.join("\n\n") : input.seed;
    return pairings(stepUnits(step), sourceText, [], vocabulary, { unsaid: false }).map((pairing) =>
      row("flow.md", `stap ${step.id}`, pairing, vocabulary.matcher),
    );
  });
  return [...chapters, ...steps];
}

export function renderSaid(id: string, rows: readonly SaidRow[], command: string): string {
  return [
    `# Where ${id} says each sentence of its source`,
    "",
    "Reviewed data. For each sentence of each source section of a summary, the first words (with the length",
    `in words and the roles named) of the summary's sentence that says most of it again (at least ${COVERED * 100} % of its rare`,
    `words), or ${NOT_SAID}; then each sentence of the summary, and of each step, that is no source`,
    "sentence's pair, with the sentence of its part of the source that it says most of, or",
    `${NO_SOURCE} (a tool's pages break many sentences across lines and boxes). Read it`,
    "beside the source: a sentence paired with the wrong one, or not said while it matters, is a fact the",
    "routebook lost.",
    "",
    "The fidelity test (tests/fidelity/checks/said.ts) fails while this table and the content differ. After a",
    `change to the content, run \`${command}\`, review this file's diff and commit it with the content.`,
    "",
    ...tableHead(COLUMNS),
    ...rows.map((said) => tableRow([said.file, said.chapter, said.source, said.said])),
    "",
  ].join("\n");
}

export function parseSaid(text: string): { rows: SaidRow[]; unreadable: Unreadable[] } {
  const table = tableRows(text, COLUMNS);
  const rows: SaidRow[] = [];
  const unreadable = [...table.unreadable];
  for (const { cells } of table.rows) {
    const [file, chapter, source, said] = cells;
    rows.push({ file: file!, chapter: chapter!, source: source!, said: said! });
  }
  return { rows, unreadable };
}
