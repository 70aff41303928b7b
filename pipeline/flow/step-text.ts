import { blocksToText, inlineRuns } from "../rich/text.ts";
import type { Block, Inline } from "../schema/rich.ts";
import type { Step } from "../schema/step.ts";

/** A step's text blocks, without the places of its actions, options and end note. */
export const textBlocksOf = (step: Step): Block[] =>
  step.body.filter((block): block is Block => block.type !== "actions" && block.type !== "options" && block.type !== "end");

/** Everything a step says, as plain text: for search and compound splitting. */
export function stepPlainText(step: Step): string {
  return [step.title, blocksToText(textBlocksOf(step)), ...step.actions, ...step.options.map((option) => option.label), step.endText ?? ""]
    .filter(Boolean)
    .join(" ");
}

/** Every run of inline content in a step, in reading order: body, actions, end note, footnotes. */
export function* stepInlineRuns(step: Step): Generator<readonly Inline[]> {
  for (const block of step.body) {
    if (block.type === "actions") for (const item of block.items) yield* inlineRuns(item);
    else if (block.type === "end") yield block.children;
    else if (block.type !== "options") yield* inlineRuns([block]);
  }
  for (const footnote of step.footnotes) yield* inlineRuns(footnote.children);
}
