// The flow's texts against the source's pages, both ways (tests/support/fidelity.ts), for every routebook:
// what the flow shows as the source's words must stand on the step's page, and the actions, references,
// phases, links and buttons of each page must be in its steps.
import { checkFidelity, type FidelityFailure, normalise } from "../../support/fidelity.ts";
import { textBlocksOf } from "../../../pipeline/flow/step-text.ts";
import { blockTexts, inlineToText } from "../../../pipeline/rich/text.ts";
import type { Flow } from "../../../pipeline/schema/flow.ts";
import { correctPage } from "../sources.ts";
import type { FidelityCheck, FidelityProblem } from "../types.ts";

const same = (a: FidelityFailure, b: FidelityFailure) => JSON.stringify(a) === JSON.stringify(b);

/** Where no page map exists, every text the flow shows as the source's must stand somewhere in the whole source. */
function unmarkedTextsNotInSource(flow: Flow, seed: string): FidelityFailure[] {
  const source = normalise(seed.replace(/(\p{L})-[ \t]*\n\s*(\p{L})/gu, "$1$2"));
  const failures: FidelityFailure[] = [];
  for (const step of flow.steps) {
    const texts = [
      ...(step.editorialTitle ? [] : [{ what: "title", text: step.title }]),
      ...step.options.filter((option) => !option.editorialLabel).map((option) => ({ what: "option", text: option.label })),
      ...blockTexts(textBlocksOf(step), "source").map((text) => ({ what: "text", text })),
      ...step.body.flatMap((block) =>
        block.type === "actions"
          ? block.items.map((item) => ({ what: "action", text: blockTexts(item, "source").join(" ") }))
          : block.type === "end"
            ? [{ what: "end", text: inlineToText(block.children, "source") }]
            : [],
      ),
    ];
    for (const { what, text } of texts) {
      if (normalise(text) && !source.includes(normalise(text)))
        failures.push({ step: step.id, what, text, problem: "not in the source page" });
    }
  }
  return failures;
}

export const toolText: FidelityCheck = ({ routebook, source, seed, pages }) => {
  const flow = routebook.flow;
  let failures: FidelityFailure[];
  if (!source.pagesOf) failures = unmarkedTextsNotInSource(flow, seed);
  else {
    const corrected = pages.map((page, index) => correctPage(page, index + 1, flow.corrections, source.pagesOf));
    failures = checkFidelity(
      flow,
      corrected,
      source.pagesOf as Record<string, number[]>,
      source.phasesInWholeText ? { phaseDurationsIn: seed } : {},
    );
    if (source.referencesAreOurs) failures = failures.filter((failure) => failure.what !== "reference");
  }
  const known = source.knownMisses ?? [];
  return failures
    .filter((failure) => !known.some((miss) => same(miss, failure)))
    .map(
      (failure): FidelityProblem => ({
        check: "tool text",
        file: `content/${routebook.id}/flow.md`,
        where: failure.step,
        message: `${failure.what} ${failure.problem}: "${failure.text}"`,
      }),
    );
};
