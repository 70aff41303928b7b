// The introduction in routeboek.md (review F11, P17): words not marked as the editors' are shown in the
// source's voice, so they must stand in the source word for word; the editors' own introduction may say
// what it likes about the source, but every role, name and figure it gives must be one the source gives.
import { blockTexts } from "../../../pipeline/rich/text.ts";
import { normalise } from "../../support/fidelity.ts";
import { joinLines, namesIn, rolesIn, sentencesOf, wordsOf } from "../facts/text.ts";
import type { FidelityCheck, FidelityProblem } from "../types.ts";
import { vocabularyOf } from "./facts-roles.ts";

/** Digit groups of a text ("2023", "16", "5"), as the source writes them. */
const figuresIn = (text: string) => text.match(/\d+/g) ?? [];

export const intro: FidelityCheck = (input) => {
  const { routebook, seed } = input;
  const file = `content/${routebook.id}/routeboek.md`;
  const joined = joinLines(seed);
  const source = normalise(joined);
  const problems: FidelityProblem[] = [];
  const problem = (message: string) => problems.push({ check: "intro", file, where: "introduction", message });

  for (const text of blockTexts(routebook.description.blocks, "source")) {
    for (const sentence of sentencesOf(text)) {
      if (normalise(sentence) && !source.includes(normalise(sentence))) {
        problem(`"${sentence}" is shown as the source's words but is not in the source: mark it :::redactie or quote the source`);
      }
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
  const sourceFigures = new Set(figuresIn(joined));
  for (const figure of new Set(figuresIn(editorial))) {
    if (!sourceFigures.has(figure)) problem(`the editors' introduction gives "${figure}", a figure the source does not give`);
  }
  return problems;
};
