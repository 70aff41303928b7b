// The quantities of the editors' summaries against their sources, as facts: every number, number
// word, ordinal, age, date and frequency of a source section is in its summary chapter (or listed as
// left out on purpose), and every one of the chapter is in its section. Also the routebook's
// introduction, the flow's words of the editors and the thresholds of signalen.yml.
import { textBlocksOf } from "../../../pipeline/flow/step-text.ts";
import type { Routebook } from "../../../pipeline/model.ts";
import { blockTexts, inlineRuns, inlineToText } from "../../../pipeline/rich/text.ts";
import type { Block, Inline } from "../../../pipeline/schema/rich.ts";
import type { Step } from "../../../pipeline/schema/step.ts";
import { normalise } from "../../support/fidelity.ts";
import { notIn, unmatched } from "../facts/compare.ts";
import { type Quantity, quantities, readableSeed } from "../facts/quantities.ts";
import { misquoted, references, strayReferenceNumbers } from "../facts/references.ts";
import { signalProblems } from "../facts/signals.ts";
import { annexCells, tableProblems } from "../facts/tables.ts";
import { linkedTitle, partMessages, sectionsSpokenOf } from "../facts/scope.ts";
import { type ChapterSection, chapterSections } from "../sections.ts";
import type { FidelityCheck, FidelityInput, FidelityProblem } from "../types.ts";

const CHECK = "facts: numbers";

/** The quantities of several texts, each read on its own so that no range runs from one into the next. */
export const quantitiesOf = (texts: readonly string[]): Quantity[] => texts.flatMap((text) => quantities(text));

const listed = (list: readonly Quantity[]) => list.map((quantity) => `"${quantity.text}"`).join(", ");

/**
 * The names in a routebook that hold a number but state no fact: its title, its documents' titles
 * and aliases ("De route in tien stappen") and their chapters' titles ("zie 6. JGZ"), longest first.
 */
function namesOf(routebook: Routebook): string[] {
  const names = [
    routebook.title,
    ...routebook.documents.flatMap((document) => [
      document.title,
      document.alias,
      ...(document.text?.chapters ?? []).map((chapter) => chapter.title),
    ]),
  ];
  return [...new Set(names.filter((name): name is string => Boolean(name)))].sort((a, b) => b.length - a.length);
}

const withoutNames = (text: string, names: readonly string[]) =>
  names.reduce((rest, name) => rest.split(name).join(" "), text);

/**
 * The quantities of the editors' own words, which must stand somewhere in the source. "een" before
 * a unit is read as the article there ("hoeveel uren een dagdeel is"); a changed one ("twee") is not.
 */
const editorsQuantities = (texts: readonly string[], names: readonly string[]) =>
  quantitiesOf(texts.map((text) => withoutNames(text, names))).filter((quantity) => !/^een\s/i.test(quantity.text));

/** The attributions of a chapter's quotes ("brief aan de Tweede Kamer, 2022"). */
const attributions = (blocks: readonly Block[]): string[] =>
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
    return block.type === "quote" || (block.type === "notice" && block.kind !== "redactie")
      ? listStarts(block.children)
      : [];
  });
}

/**
 * A section without the numbers of its numbered lists ("1. Stimuleren …"): the summary may list them, unnumbered. Its
 * heading keeps its number.
 */
const withoutEnumerators = (section: string) => {
  const [heading, ...rest] = section.split("\n");
  return [heading, ...rest.map((line) => line.replace(/^(\s*)\d{1,2}(?:[.)](?=\s)|(?=[ \t]+\p{Lu}))/u, "$1"))].join(
    "\n",
  );
};

/**
 * The summary chapters against their source sections, both ways, and the editors' notes in them against the whole
 * source.
 */
function chapterProblems({ routebook, seed }: FidelityInput): FidelityProblem[] {
  const problems: FidelityProblem[] = [];
  const wholeSeed = quantities(readableSeed(seed));
  const withAddresses = quantities(readableSeed(seed), { addresses: true });
  const sections = chapterSections(routebook, seed);
  const annex = (label: string) =>
    sections.find(({ chapter }) => new RegExp(`^${label}(:|$)`, "i").test(chapter.title))?.source;
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
    const elsewhere = quantitiesOf([
      ...annexCells(blocks, where),
      ...links.map((link) => link.text),
      ...attributions(blocks),
    ]);
    const stated = unmatched(
      quantitiesOf([chapter.title, ...texts.map((text) => withoutNames(text, names))]),
      elsewhere,
    );
    const invented = unmatched(stated, sectionFacts);
    if (invented.length)
      report(
        `gives ${listed(invented)}, which its source section does not (or not as often): use the source's number and unit`,
      );
    const leftOut = document.leftOut.filter((item) => normalise(section).includes(normalise(item.text)));
    const given = quantitiesOf([chapter.title, ...texts, ...notes]);
    const missing = notIn(notIn(sectionFacts, given), quantitiesOf(leftOut.map((item) => item.text)));
    if (missing.length) {
      report(
        `leaves out ${listed(missing)} of its source section: give it, or list it under leftOut of the document in routeboek.md`,
      );
    }
    problems.push(...tableProblems(blocks, source, file, where, annex));
    for (const { start, first } of listStarts(blocks)) {
      // The source's item under that number shares a word with the list's first item ("ziekmeldingen").
      const words = (first.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((word) => word.slice(0, 5));
      const lines = source.toLowerCase().split("\n");
      if (
        !lines.some(
          (line) => new RegExp(`^\\s*${start}[.)]?\\s`).test(line) && words.some((word) => line.includes(word)),
        )
      ) {
        report(`a numbered list starts at ${start} with "${first}", where the source section numbers it otherwise`);
      }
    }
  }
  return problems;
}

/** The routebook's introduction, purpose and versions: every quantity stands in the source. */
function introProblems({ routebook, seed }: FidelityInput): FidelityProblem[] {
  const texts = [
    routebook.purpose ?? "",
    ...blockTexts(routebook.description.blocks),
    ...routebook.documents.flatMap((document) => [document.version ?? "", document.origin?.note ?? ""]),
  ];
  const absent = notIn(editorsQuantities(texts, namesOf(routebook)), quantities(readableSeed(seed)));
  const file = `${routebook.folder}/routeboek.md`;
  return [
    ...(absent.length
      ? [{ check: CHECK, file, where: "introduction", message: `gives ${listed(absent)}, which the source does not` }]
      : []),
    ...misquoted(texts, seed, namesOf(routebook)).map((phrase) => ({
      check: CHECK,
      file,
      where: "introduction",
      message: `quotes "${phrase}", which the source does not say`,
    })),
    ...partMessages(chapterSections(routebook, seed), texts).map((message) => ({
      check: CHECK,
      file,
      where: "introduction",
      message,
    })),
  ];
}

/**
 * The editors' quantities that do not stand where their words speak: a number with a unit in the
 * `scope` texts and the sections the words name ("Bijlage 1"), or anywhere when there is no scope;
 * a numbered part ("station 6") or a bare number anywhere in the source.
 */
function inScope(
  given: readonly Quantity[],
  scope: readonly string[],
  sections: readonly ChapterSection[],
  wholeSeed: readonly Quantity[],
): Quantity[] {
  const counted = given.filter((quantity) => quantity.unit && !quantity.label);
  const named = given.filter((quantity) => !quantity.unit || quantity.label);
  const texts = [...scope.filter(Boolean), ...sectionsSpokenOf(sections, [], given)];
  const place = texts.length ? quantitiesOf(texts.map((text) => readableSeed(text))) : wholeSeed;
  return [...notIn(counted, place), ...notIn(named, wholeSeed)];
}

/**
 * The chapters a step reads from: its "Lees verder" references and the chapters its text links to ("bron:Document,
 * Chapter").
 */
function chaptersOf(step: Step): string[] {
  const linked = [...inlineRuns(textBlocksOf(step))]
    .flatMap((run) => hrefsIn(run))
    .flatMap((href) => linkedTitle(href) ?? []);
  return [...step.references.flatMap((reference) => (reference.chapter ? [reference.chapter] : [])), ...linked];
}

function hrefsIn(inlines: readonly Inline[]): string[] {
  return inlines.flatMap((inline) => [
    ...(inline.type === "internalLink" ? [decodeURIComponent(inline.href)] : []),
    ...("children" in inline ? hrefsIn(inline.children) : []),
  ]);
}

/**
 * The editors' words of the flow (notes, titles, buttons, reasons, questions, phases): every
 * quantity stands in the part of the source the step is made from (its pages, and the chapters it
 * refers or links to), or, where the step names none, anywhere in the source.
 */
function flowProblems({ routebook, seed, source, pages }: FidelityInput): FidelityProblem[] {
  const flow = routebook.flow;
  const names = namesOf(routebook);
  const wholeSeed = quantities(readableSeed(seed));
  const sections = chapterSections(routebook, seed);
  const scopeOf = (step: Step): string[] => [
    ...(source.pagesOf?.[step.id] ?? []).map((number) => pages[number - 1] ?? ""),
    ...sectionsSpokenOf(sections, chaptersOf(step), []),
  ];
  const ours = (blocks: readonly Block[]) => blockTexts(blocks, "editorial");
  const parts: { where: string; texts: string[]; scope?: string[] }[] = [
    { where: "introduction", texts: [...ours(flow.intro.blocks), ...flow.checks] },
    ...flow.phases.map((phase) => ({
      where: `phase ${phase.name}`,
      texts: [
        phase.editorialTitle ? (phase.title ?? "") : "",
        phase.editorialExplanation ? (phase.explanation ?? "") : "",
      ],
    })),
    ...flow.steps.map((step) => ({
      where: step.id,
      scope: scopeOf(step),
      texts: [
        ...(step.editorialTitle ? [step.title] : []),
        ...ours(textBlocksOf(step)),
        ...step.options.flatMap((option) => [
          ...(option.editorialLabel ? [option.label] : []),
          option.inferred?.reason ?? "",
        ]),
        ...step.body.flatMap((block) =>
          block.type === "actions"
            ? block.items.flatMap((item) => ours(item))
            : block.type === "end"
              ? [inlineToText(block.children, "editorial")]
              : [],
        ),
      ],
    })),
  ];
  const file = `${routebook.folder}/flow.md`;
  const referenceProblems = [
    ...flow.steps.flatMap((step) => step.references.map((reference) => ({ where: step.id, reference }))),
    ...flow.phases.flatMap((phase) =>
      phase.reference ? [{ where: `phase ${phase.name}`, reference: phase.reference }] : [],
    ),
  ].flatMap(({ where, reference }) => {
    const stray = strayReferenceNumbers(reference);
    if (!stray.length) return [];
    const message = `the reference "${reference.chapter}" gives ${listed(stray)}, which the heading it leads to does not`;
    return [{ check: CHECK, file, where, message }];
  });
  return [
    ...referenceProblems,
    ...parts.flatMap(({ where, texts, scope }) => {
      const absent = inScope(editorsQuantities(texts, names), scope ?? [], sections, wholeSeed);
      return [
        ...(absent.length
          ? [
              {
                check: CHECK,
                file,
                where,
                message: `the editors' words give ${listed(absent)}, which the source does not`,
              },
            ]
          : []),
        ...misquoted(texts, seed, names).map((phrase) => ({
          check: CHECK,
          file,
          where,
          message: `the editors' words quote "${phrase}", which the source does not say`,
        })),
        ...partMessages(sections, texts, scope ?? []).map((message) => ({
          check: CHECK,
          file,
          where,
          message: `the editors' words ${message}`,
        })),
      ];
    }),
  ];
}

export const factsNumbers: FidelityCheck = (input) => {
  if (input.source.kind !== "summary") return [];
  return [...chapterProblems(input), ...introProblems(input), ...flowProblems(input), ...signalProblems(input)];
};
