// Every word of a source page is in the steps made from it, or listed as left out on purpose:
// the direction from source to flow, for whole pages (tests/fidelity/omissions/coverage.ts).
// A dropped option (even one whose target stays reachable), a dropped sentence of a text, a
// dropped end note, or a part of any of them, leaves words of the page uncovered.
//
// For every flow with a page map (`pagesOf`): the two clickable tools, whose steps are their pages'
// words transcribed; West-Brabant, whose "pages" are only the step headings of its stappenplan, each
// in a step; 's-Hertogenbosch, whose pages are the passages its steps quote (Bijlage 1, and the
// mentor's and the jeugdarts's terms), so a word of them in no step is a real omission. Den Haag's
// flow has no page map: it is checked against its whole text, and what its summary leaves out of a
// source section is for the summaries' checks, not for this one.
import { blockTexts } from "../../../pipeline/rich/text.ts";
import type { Flow } from "../../../pipeline/schema/flow.ts";
import { normalise, sourceTextsOf } from "../../support/fidelity.ts";
import { FURNITURE } from "../omissions/furniture.ts";
import { uncovered } from "../omissions/coverage.ts";
import { correctPage, type RoutebookSource } from "../sources.ts";
import type { FidelityCheck, FidelityProblem } from "../types.ts";

/** The texts a page's words may stand in: its steps' source texts, or the flow's introduction on a start page. */
function textsOfPage(flow: Flow, number: number, source: RoutebookSource): string[] {
  const steps = flow.steps.filter((step) => source.pagesOf?.[step.id]?.includes(number));
  // Where the references are ours (they point into the editors' summary), their words cover nothing of the source.
  const ours = (what: string) => source.referencesAreOurs === true && what === "reference";
  return [
    ...steps.flatMap((step) => sourceTextsOf(step).flatMap((entry) => (ours(entry.what) ? [] : [entry.text]))),
    ...((source.introPages ?? []).includes(number) ? blockTexts(flow.intro.blocks, "source") : []),
  ];
}

export const omissions: FidelityCheck = ({ routebook, source, pages }) => {
  const pagesOf = source.pagesOf;
  if (!pagesOf) return [];
  const flow = routebook.flow;
  const file = `content/${routebook.id}/flow.md`;
  const introPages = source.introPages ?? [];
  const leftOut = flow.leftOut.map((item) => item.text);
  const patterns = FURNITURE.map((rule) => rule.pattern);
  const problems: FidelityProblem[] = [];
  const corrected = pages.map((page, index) => correctPage(page, index + 1, flow.corrections, pagesOf));

  // A step made from several copies of one page (OCR read the same page more than once) misses the
  // same words on each: one problem per set of steps and words, naming every page.
  const missing = new Map<string, { steps: string[]; numbers: number[]; runs: string[] }>();
  corrected.forEach((page, index) => {
    const number = index + 1;
    const steps = flow.steps.filter((step) => pagesOf[step.id]?.includes(number)).map((step) => step.id);
    const runs = uncovered(page, {
      texts: textsOfPage(flow, number, source),
      everywhere: leftOut,
      patterns,
    }).map((run) => run.words);
    if (!runs.length) return;
    const key = JSON.stringify([steps, runs]);
    const group = missing.get(key) ?? { steps, numbers: [], runs };
    group.numbers.push(number);
    missing.set(key, group);
  });
  for (const { steps, numbers, runs } of missing.values()) {
    const pagesText = numbers.length === 1 ? `pagina ${numbers[0]}` : `pagina's ${numbers.join(", ")}`;
    const holder = steps.length ? ` (${steps.join(", ")})` : numbers.every((number) => introPages.includes(number)) ? " (introductie)" : "";
    problems.push({
      check: "omissions",
      file,
      where: `${pagesText}${holder}`,
      message:
        `source words missing from the flow: ${runs.map((run) => `"${run}"`).join(", ")}; ` +
        `put them in ${steps.length ? "the step" : "a step"}, or list them under leftOut: with where and why`,
    });
  }

  // An entry of leftOut: must name words of the page it names: a stale entry hides nothing but misleads the reader.
  for (const item of flow.leftOut) {
    // A tool's "pagina 14" is the page a reader counts; a summary's where names a part of the text, not a page here.
    const pageList = source.kind === "tool" ? /pagina(?:'s)? ([\d, en–-]+)/.exec(item.where)?.[1] : undefined;
    const named = [...(pageList ?? "").matchAll(/\d+/g)].map((match) => Number(match[0]));
    const onPages = named.length ? named.map((number) => corrected[number - 1] ?? "") : corrected;
    if (!onPages.some((page) => normalise(page).includes(normalise(item.text)))) {
      problems.push({
        check: "omissions",
        file,
        where: `leftOut: ${item.where}`,
        message: `"${item.text}" is not on that page of the source: correct the text or where, or remove the entry`,
      });
    }
  }
  return problems;
};
