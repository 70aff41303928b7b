import type { Place } from "../schema/place.ts";
import type { EditorialField, PhaseDescription, PhaseDescriptionMeta } from "../schema/phase-description.ts";
import { splitReference } from "../wording/references.ts";

/**
 * The frontmatter's `phases:` as the flow holds them: each with the place of
 * its entry, and its reference split into document and chapter at the place
 * of the `reference:` value, so a reference that does not resolve is reported
 * there, like a "Lees verder" reference at its line.
 */
export function readPhaseDescriptions(
  phases: readonly PhaseDescriptionMeta[],
  placeOf: (path: readonly PropertyKey[]) => Place,
): PhaseDescription[] {
  return phases.map((phase, index) => {
    // `true` covers the words, not the number: SPPOH's phase 2 has words of ours under the source's own "Fase 2".
    const ours = (field: EditorialField) =>
      (phase.editorial === true && field !== "name") || (Array.isArray(phase.editorial) && phase.editorial.includes(field));
    const editorialName = ours("name");
    const editorialTitle = Boolean(phase.title) && ours("title");
    const editorialExplanation = Boolean(phase.explanation) && ours("explanation");
    const editorialReference = Boolean(phase.reference) && ours("reference");
    const editorialStartsWith = Boolean(phase.startsWith) && ours("startsWith");
    return {
      name: phase.name,
      ...(phase.title ? { title: phase.title } : {}),
      editorial: editorialName || editorialTitle || editorialExplanation,
      editorialName,
      editorialTitle,
      editorialExplanation,
      editorialReference,
      ...(phase.startsWith ? { startsWith: phase.startsWith } : {}),
      editorialStartsWith,
      ...(phase.explanation ? { explanation: phase.explanation } : {}),
      ...(phase.reference ? { reference: { ...splitReference(phase.reference), place: placeOf(["phases", index, "reference"]) } } : {}),
      place: placeOf(["phases", index]),
    };
  });
}
