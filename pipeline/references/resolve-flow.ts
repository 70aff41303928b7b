import type { Source } from "../model/model.ts";
import type { Problem } from "../problems/problems.ts";
import type { Flow } from "../schema/flow.ts";
import type { Reference } from "../schema/step.ts";
import { resolveReference } from "./resolve.ts";

/**
 * Ties every reference of a flow (its steps' and its phases') to a chapter (and section) of its source
 * document, read from its PDF or Markdown. References to a document whose file
 * is not in the content stay as cited and are listed in `unverified`.
 * Unresolved references become problems with the closest headings as hints.
 */
export function resolveReferences(flow: Flow, sources: readonly Source[], file: string, problems: Problem[], unverified: Problem[]): Flow {
  const byAlias = new Map(sources.map((source) => [source.alias, source]));
  const resolve = (reference: Reference): Reference => {
    const source = byAlias.get(reference.document);
    const text = source?.text;
    if (!text) {
      // An unknown alias is reported by checkReferenceDocuments.
      if (source)
        unverified.push({
          file,
          ...reference.place,
          message: `"${cited(reference)}": no file of "${source.alias}" in the content`,
          hint: "add its PDF (`pdf:`) or its text (`markdown:`) in routeboek.md to check it",
        });
      return reference;
    }
    const resolution = resolveReference(reference.chapter, text);
    if ("target" in resolution) return { ...reference, target: resolution.target };
    const named = `"${cited(reference)}"`;
    problems.push({
      file,
      ...reference.place,
      message: `the reference ${named} does not resolve: ${resolution.problem}`,
      hint: resolution.suggestions.length
        ? `closest headings: ${resolution.suggestions.map((title) => `"${title}"`).join("; ")}`
        : "check the chapter against the current PDF",
    });
    return reference;
  };
  const steps = flow.steps.map((step) => ({ ...step, references: step.references.map(resolve) }));
  // A phase's reference says where the routebook explains the phase: resolved exactly like "Lees verder".
  const phases = flow.phases.map((phase) => (phase.reference ? { ...phase, reference: resolve(phase.reference) } : phase));
  return { ...flow, steps, phases };
}

const cited = (reference: Reference) => (reference.chapter ? `${reference.document}, ${reference.chapter}` : reference.document);
