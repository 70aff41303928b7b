// The introduction in routeboek.md (review F11, P17). None of the sources has an introduction of its own (a
// tool's start page is its flow's introduction), so every word of it is the editors': it must be marked
// :::redactie, or it would be shown in the source's voice. The roles and names it gives must be the source's.
// Its numbers are checked with every other number (checks/facts-numbers.ts).
import { blockTexts } from "../../../pipeline/rich/text.ts";
import { normalise } from "../../support/fidelity.ts";
import { joinLines, namesIn, rolesIn, sentencesOf, wordsOf } from "../facts/text.ts";
import type { FidelityCheck, FidelityProblem } from "../types.ts";
import { vocabularyOf } from "./facts-roles.ts";

export const intro: FidelityCheck = (input) => {
  const { routebook, seed } = input;
  const file = `content/${routebook.id}/routeboek.md`;
  const joined = joinLines(seed);
  const source = normalise(joined);
  const problems: FidelityProblem[] = [];
  const problem = (message: string) => problems.push({ check: "intro", file, where: "introduction", message });

  for (const text of blockTexts(routebook.description.blocks, "source")) {
    for (const sentence of sentencesOf(text)) {
      if (!normalise(sentence)) continue;
      const where = source.includes(normalise(sentence)) ? "is the source's words, but from elsewhere" : "is not in the source";
      problem(`"${sentence}" is shown in the source's voice and ${where}: the introduction is the editors', mark it :::redactie`);
    }
  }

  const editorial = blockTexts(routebook.description.blocks, "editorial").join(" ");
  const vocabulary = vocabularyOf(input);
  const sourceWords = new Set(wordsOf(joined));
  const sourceRoles = new Set(rolesIn(joined, vocabulary.matcher));
  for (const role of new Set(rolesIn(editorial, vocabulary.matcher))) {
    if (!sourceRoles.has(role) && !sourceWords.has(role)) problem(`the editors' introduction names "${role}", which the source does not`);
  }
  for (const name of new Set(namesIn(editorial))) {
    if (!sourceWords.has(name)) problem(`the editors' introduction names "${name}", which the source does not use`);
  }
  return problems;
};
