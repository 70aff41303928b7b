/**
 * What each page kind shows, derived from the model: the pages render these and
 * compute nothing of their own. The first use of each glossary term on a page
 * becomes an <abbr>, marked here for the whole page at once (body, then
 * footnotes), so no state is shared between components Astro renders at once.
 */
import type { Routebook } from "../model/model.ts";
import type { DocumentChapter } from "../documents/types.ts";
import { onwardLinks } from "../flow/onward.ts";
import { type FlowMap, layoutFlow, MAP_MAX_STEPS } from "../flow/map.ts";
import { markFirstUses } from "../glossary/mark.ts";
import { phasesUpTo } from "../phases/route.ts";
import { blockTexts } from "../rich/text.ts";
import type { Step } from "../schema/step.ts";

/** A step page: the step with its glossary terms marked, the phases on the way to it, and where its end sends the reader. */
export function stepPage(routebook: Routebook, step: Step) {
  const [marked] = markFirstUses([{ blocks: step.body, footnotes: step.footnotes }], routebook.glossary);
  return {
    step: { ...step, body: marked!.blocks, footnotes: marked!.footnotes },
    isStart: step.id === routebook.flow.start,
    phases: phasesUpTo(routebook.flow, step.id),
    onward: onwardLinks(step),
  };
}
export type StepPage = ReturnType<typeof stepPage>;

/** A chapter page: its text with glossary terms marked, and whether it holds any of the source's words. */
export function chapterPage(routebook: Routebook, chapter: DocumentChapter) {
  const [marked] = markFirstUses([{ blocks: chapter.blocks, footnotes: chapter.footnotes }], routebook.glossary);
  return {
    blocks: marked!.blocks,
    footnotes: marked!.footnotes,
    // A chapter of only the editors' notices says its document is not on the site: it holds no answer of the source.
    sourceless: blockTexts(chapter.blocks, "source").length === 0,
  };
}

/** The routebook's page: its introduction and the tool's, with glossary terms marked over both in reading order. */
export function routebookPage(routebook: Routebook) {
  const [description, intro] = markFirstUses([routebook.description, routebook.flow.intro], routebook.glossary);
  return { description: description!, intro: intro! };
}

/** The map page: the drawn map (none for a flow too large to draw, see MAP_MAX_STEPS), its phases and what on it is ours. */
export function mapPage(routebook: Routebook): { map?: FlowMap; phases: string[]; hasEditorial: boolean; hasInferred: boolean } {
  const { flow } = routebook;
  return {
    ...(flow.steps.length <= MAP_MAX_STEPS ? { map: layoutFlow(flow) } : {}),
    // Phases in their natural order (1, 2, 3a, 3b, 10), each with its colour on the map.
    phases: [...new Set(flow.steps.flatMap((step) => (step.phase ? [step.phase.name] : [])))].sort((a, b) =>
      a.localeCompare(b, "nl", { numeric: true }),
    ),
    hasEditorial: flow.steps.some((step) => step.editorialTitle),
    hasInferred: flow.steps.some((step) => step.options.some((option) => option.inferred)),
  };
}
