// The flow's words of the editors (notes, titles, buttons, reasons, questions, phases): every
// quantity stands where the step reads in the source (references: checks/references.ts).
import { textBlocksOf } from "../../../pipeline/flow/step-text.ts";
import { blockTexts, inlineRuns, inlineToText } from "../../../pipeline/rich/text.ts";
import type { Block, Inline } from "../../../pipeline/schema/rich.ts";
import type { Step } from "../../../pipeline/schema/step.ts";
import { type ChapterSection, chapterSections } from "../sections.ts";
import type { FidelityInput, FidelityProblem } from "../types.ts";
import { CHECK, editorsQuantities, inScope, listed, namesOf } from "./editors.ts";
import { quantities, readableSeed } from "./quantities.ts";
import { misquoted } from "./references.ts";
import { linkedTitle, partMessages, sectionsSpokenOf } from "./scope.ts";

/**
 * The chapters a step reads from: its "Lees verder" references and the chapters its text links to ("bron:Document,
 * Chapter").
 */
function chaptersOf(step: Step): string[] {
  const linked = [...inlineRuns(textBlocksOf(step))].flatMap((run) => hrefsIn(run)).flatMap((href) => linkedTitle(href) ?? []);
  return [...step.references.flatMap((reference) => (reference.chapter ? [reference.chapter] : [])), ...linked];
}

export function hrefsIn(inlines: readonly Inline[]): string[] {
  return inlines.flatMap((inline) => [
    ...(inline.type === "internalLink" ? [decodeURIComponent(inline.href)] : []),
    ...("children" in inline ? hrefsIn(inline.children) : []),
  ]);
}

/**
 * The part of the source each step is made from: its pages, and the chapters (of `sections`, the routebook's
 * chapterSections) it refers or links to.
 */
export function stepScopes(
  { source, pages }: Pick<FidelityInput, "source" | "pages">,
  sections: readonly ChapterSection[],
): (step: Step) => string[] {
  return (step) => [
    ...(source.pagesOf?.[step.id] ?? []).map((number) => pages[number - 1] ?? ""),
    ...sectionsSpokenOf(sections, chaptersOf(step), []),
  ];
}

/**
 * The editors' words of the flow (notes, titles, buttons, reasons, questions, phases): every
 * quantity stands in the part of the source the step is made from (its pages, and the chapters it
 * refers or links to), or, where the step names none, anywhere in the source.
 */
export function flowProblems(input: FidelityInput): FidelityProblem[] {
  const { routebook, seed } = input;
  const flow = routebook.flow;
  const names = namesOf(routebook);
  const wholeSeed = quantities(readableSeed(seed));
  const sections = chapterSections(routebook, seed);
  const scopeOf = stepScopes(input, sections);
  const ours = (blocks: readonly Block[]) => blockTexts(blocks, "editorial");
  const parts: { where: string; texts: string[]; scope?: string[] }[] = [
    { where: "introduction", texts: [...ours(flow.intro.blocks), ...flow.checks] },
    ...flow.phases.map((phase) => ({
      where: `phase ${phase.name}`,
      texts: [phase.editorialTitle ? (phase.title ?? "") : "", phase.editorialExplanation ? (phase.explanation ?? "") : ""],
    })),
    ...flow.steps.map((step) => ({
      where: step.id,
      scope: scopeOf(step),
      texts: [
        ...(step.editorialTitle ? [step.title] : []),
        ...ours(textBlocksOf(step)),
        ...step.options.flatMap((option) => [...(option.editorialLabel ? [option.label] : []), option.inferred?.reason ?? ""]),
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
  return [
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
