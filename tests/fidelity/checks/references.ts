// "Lees verder" references against the headings they resolve to: a reader sees the reference's words
// as the source's heading, so they must be that heading's words.
import { quotesItsHeading } from "../facts/references.ts";
import type { FidelityCheck } from "../types.ts";

const CHECK = "references";

export const references: FidelityCheck = ({ routebook }) => {
  const flow = routebook.flow;
  return [
    ...flow.steps.flatMap((step) => step.references.map((reference) => ({ where: step.id, reference }))),
    ...flow.phases.flatMap((phase) => (phase.reference ? [{ where: `phase ${phase.name}`, reference: phase.reference }] : [])),
  ].flatMap(({ where, reference }) => {
    if (quotesItsHeading(reference)) return [];
    const heading = [reference.target?.chapterTitle, reference.target?.sectionTitle].filter(Boolean).join(" › ");
    const message = `the reference "${reference.chapter}" leads to "${heading}", whose words it does not give: write the heading's words`;
    return [{ check: CHECK, file: `${routebook.folder}/flow.md`, where, message }];
  });
};
