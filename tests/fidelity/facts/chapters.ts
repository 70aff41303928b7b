// The summary chapters against their source sections, both ways: every quantity of a section in its
// chapter (or in the document's leftOut), every quantity of the chapter in its section, as often; and
// the chapter's notes, footnotes, links, tables and numbered lists.
import { blockTexts, inlineRuns, inlineToText } from "../../../pipeline/rich/text.ts";
import type { Block } from "../../../pipeline/schema/rich.ts";
import { normalise } from "../../support/fidelity.ts";
import { chapterSections } from "../sections.ts";
import type { FidelityInput, FidelityProblem } from "../types.ts";
import { notIn, unmatched } from "./compare.ts";
import { CHECK, editorsQuantities, inScope, listed, namesOf, quantitiesOf, withoutNames } from "./editors.ts";
import { hrefsIn } from "./flow.ts";
import { quantities, readableSeed } from "./quantities.ts";
import { misquoted, references } from "./references.ts";
import { linkedTitle, partMessages, sectionsSpokenOf } from "./scope.ts";
import { annexCells, tableProblems } from "./tables.ts";

/** The attributions of a chapter's quotes ("brief aan de Tweede Kamer, 2022"). */
export const attributions = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((block) => (block.type === "quote" && block.attribution ? [inlineToText(block.attribution)] : []));

/**
 * The numbered lists of a chapter: each one's first number and first item (Markdown numbers the rest of a list
 * itself).
 */
function listStarts(blocks: readonly Block[]): { start: number; first: string }[] {
  return blocks.flatMap((block) => {
    if (block.type === "list") {
      const own = block.ordered ? [{ start: block.start ?? 1, first: blockTexts(block.items[0] ?? [])[0] ?? "" }] : [];
      return [...own, ...block.items.flatMap((item) => listStarts(item))];
    }
    return block.type === "quote" || (block.type === "notice" && block.kind !== "redactie") ? listStarts(block.children) : [];
  });
}

/**
 * A section without the numbers of its numbered lists ("1. Stimuleren …"): the summary may list them, unnumbered. Its
 * heading keeps its number.
 */
const withoutEnumerators = (section: string) => {
  const [heading, ...rest] = section.split("\n");
  return [heading, ...rest.map((line) => line.replace(/^(\s*)\d{1,2}(?:[.)](?=\s)|(?=[ \t]+\p{Lu}))/u, "$1"))].join("\n");
};

/**
 * The summary chapters against their source sections, both ways, and the editors' notes in them against the whole
 * source.
 */
export function chapterProblems({ routebook, seed }: FidelityInput): FidelityProblem[] {
  const problems: FidelityProblem[] = [];
  const wholeSeed = quantities(readableSeed(seed));
  const withAddresses = quantities(readableSeed(seed), { addresses: true });
  const sections = chapterSections(routebook, seed);
  const annex = (label: string) => sections.find(({ chapter }) => new RegExp(`^${label}(:|$)`, "i").test(chapter.title))?.source;
  const names = namesOf(routebook);
  for (const { document, chapter, file, source } of sections) {
    const where = chapter.title;
    const report = (message: string) => problems.push({ check: CHECK, file, where, message });
    const blocks = chapter.blocks;
    const editorial = blockTexts(blocks, "editorial");
    const ownLinks = [...inlineRuns(blocks)].flatMap((run) => hrefsIn(run)).flatMap((href) => linkedTitle(href) ?? []);
    const notInSeed = inScope(
      editorsQuantities(editorial, names),
      [source ?? "", ...sectionsSpokenOf(sections, ownLinks, [])],
      sections,
      wholeSeed,
    );
    if (notInSeed.length) report(`a note of the editors gives ${listed(notInSeed)}, which the source does not`);
    for (const phrase of misquoted(editorial, seed, names))
      report(`a note of the editors quotes "${phrase}", which the source does not say`);
    for (const message of partMessages(sections, editorial, source === undefined ? [] : [source]))
      report(`a note of the editors ${message}`);
    // Footnotes and a quote's attribution cite; their words may take a number from an address
    // ("…-september-2022.pdf").
    const notes = [...chapter.footnotes.flatMap((footnote) => blockTexts(footnote.children)), ...attributions(blocks)];
    const notCited = notIn(editorsQuantities(notes, names), withAddresses);
    if (notCited.length) report(`a footnote gives ${listed(notCited)}, which the source does not`);
    const links = references(blocks);
    for (const link of links.filter((reference) => reference.stray.length)) {
      report(`the link "${link.text}" gives ${listed(link.stray)}, which the place it leads to does not`);
    }
    const texts = blockTexts(blocks, "source");
    if (source === undefined) {
      if (texts.some((text) => text.trim()))
        report("the source has no section under this heading: write the title as the source's heading");
      continue;
    }
    const section = readableSeed(withoutEnumerators(source));
    const sectionFacts = quantities(section);
    // Cells that quote another annex are compared with that annex (tables.ts); a link's numbers are its target's.
    const elsewhere = quantitiesOf([...annexCells(blocks, where), ...links.map((link) => link.text), ...attributions(blocks)]);
    const stated = unmatched(quantitiesOf([chapter.title, ...texts.map((text) => withoutNames(text, names))]), elsewhere);
    const invented = unmatched(stated, sectionFacts);
    if (invented.length)
      report(`gives ${listed(invented)}, which its source section does not (or not as often): use the source's number and unit`);
    const leftOut = document.leftOut.filter((item) => normalise(section).includes(normalise(item.text)));
    const given = quantitiesOf([chapter.title, ...texts, ...notes]);
    const missing = notIn(notIn(sectionFacts, given), quantitiesOf(leftOut.map((item) => item.text)));
    if (missing.length) {
      report(`leaves out ${listed(missing)} of its source section: give it, or list it under leftOut of the document in routeboek.md`);
    }
    problems.push(...tableProblems(blocks, source, file, where, annex));
    for (const { start, first } of listStarts(blocks)) {
      // The source's item under that number shares a word with the list's first item ("ziekmeldingen").
      const words = (first.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((word) => word.slice(0, 5));
      const lines = source.toLowerCase().split("\n");
      if (!lines.some((line) => new RegExp(`^\\s*${start}[.)]?\\s`).test(line) && words.some((word) => line.includes(word)))) {
        report(`a numbered list starts at ${start} with "${first}", where the source section numbers it otherwise`);
      }
    }
  }
  return problems;
}
