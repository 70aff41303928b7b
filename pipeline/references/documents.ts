import type { Problem } from "../problems/problems.ts";
import type { Flow } from "../schema/flow.ts";
import type { SourceDocument } from "../schema/source-document.ts";
import { closest } from "../problems/suggest.ts";

/** Every "lees verder" reference, and every phase's reference, must name one of the routebook's source documents by its alias. */
export function checkReferenceDocuments(flow: Flow, documents: readonly SourceDocument[], file: string): Problem[] {
  const aliases = documents.map((document) => document.alias);
  const references = [...flow.steps.flatMap((step) => step.references), ...flow.phases.flatMap((phase) => phase.reference ?? [])];
  return references
    .filter((reference) => !aliases.includes(reference.document))
    .map((reference): Problem => {
      const near = closest(reference.document, aliases);
      return {
        file,
        ...reference.place,
        message: `the reference names the document "${reference.document}", which routeboek.md does not list`,
        hint: near
          ? `did you mean "${near}"? Write references as "<document>, <chapter>"`
          : `use one of the aliases in routeboek.md: ${aliases.map((a) => `"${a}"`).join(", ")}`,
      };
    });
}
