// The quantities of the editors' summaries against their sources, as facts: every number, number
// word, ordinal, age, date and frequency of a source section is in its summary chapter (or listed as
// left out on purpose), and every one of the chapter is in its section (facts/chapters.ts). Also the
// routebook's introduction (here), the flow's words of the editors (facts/flow.ts) and the thresholds
// of signalen.yml (facts/signals.ts).
import { blockTexts } from "../../../pipeline/rich/text.ts";
import { chapterProblems } from "../facts/chapters.ts";
import { CHECK, editorsQuantities, listed, namesOf } from "../facts/editors.ts";
import { flowProblems } from "../facts/flow.ts";
import { quantities, readableSeed } from "../facts/quantities.ts";
import { misquoted } from "../facts/references.ts";
import { partMessages } from "../facts/scope.ts";
import { signalProblems } from "../facts/signals.ts";
import { notIn } from "../facts/compare.ts";
import { chapterSections } from "../sections.ts";
import type { FidelityCheck, FidelityInput, FidelityProblem } from "../types.ts";

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

export const factsNumbers: FidelityCheck = (input) => {
  if (input.source.kind !== "summary") return [];
  return [...chapterProblems(input), ...introProblems(input), ...flowProblems(input), ...signalProblems(input)];
};
