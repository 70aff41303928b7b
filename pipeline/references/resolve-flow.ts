import type { Source } from "../content.ts";
import type { Problem } from "../problems.ts";
import type { Flow } from "../schema/flow.ts";
import { resolveReference } from "./resolve.ts";

/**
 * Ties every reference of a flow to a chapter (and section) of its source
 * document's PDF. References to documents without a PDF stay as text.
 * Unresolved references become problems with the closest headings as hints.
 */
export function resolveReferences(flow: Flow, sources: readonly Source[], file: string, problems: Problem[]): Flow {
  const byAlias = new Map(sources.map((source) => [source.alias, source]));
  const steps = flow.steps.map((step) => ({
    ...step,
    references: step.references.map((reference) => {
      const extracted = byAlias.get(reference.document)?.extracted;
      if (!extracted) return reference;
      const resolution = resolveReference(reference.chapter, extracted);
      if ("target" in resolution) return { ...reference, target: resolution.target };
      const named = reference.chapter ? `"${reference.document}, ${reference.chapter}"` : `"${reference.document}"`;
      problems.push({
        file,
        ...reference.place,
        message: `the reference ${named} does not resolve: ${resolution.problem}`,
        hint: resolution.suggestions.length
          ? `closest headings: ${resolution.suggestions.map((title) => `"${title}"`).join("; ")}`
          : "check the chapter against the current PDF",
      });
      return reference;
    }),
  }));
  return { ...flow, steps };
}
