// Kind "target swaps": two answers of one step swap targets, or one answer is re-pointed to another step.
import { filesOf } from "./book.ts";
import { mutation, pick, quote } from "./edit.ts";
import type { Mutation, MutationGenerator } from "./types.ts";

export const targets: MutationGenerator = (book, random) => {
  const flow = filesOf(book).find((file) => file.file === "flow.md");
  if (!flow) return [];
  const result: Mutation[] = [];
  const make = (edits: Parameters<typeof mutation>[4], what: string) =>
    result.push(mutation("target swaps", book.id, "flow.md", flow.text, edits, what));
  for (const [index, option] of flow.options.entries()) {
    const edit = (target: string) => ({
      start: option.targetStart,
      end: option.targetEnd,
      before: option.target,
      after: target,
    });
    // Swapped with each later answer of the same step that leads elsewhere.
    for (const other of flow.options.slice(index + 1)) {
      if (other.step !== option.step || other.target === option.target) continue;
      const second = { start: other.targetStart, end: other.targetEnd, before: other.target, after: option.target };
      make([edit(other.target), second], `step ${option.step}: ${quote(option.label, 40)} ⇄ ${quote(other.label, 40)} swap targets`);
    }
    // Re-pointed to a step that is neither its target nor its own step.
    const elsewhere = pick(
      flow.steps.filter((step) => step !== option.target && step !== option.step),
      random,
    );
    if (elsewhere) make([edit(elsewhere)], `step ${option.step}: ${quote(option.label, 40)} → #${elsewhere} (was #${option.target})`);
  }
  return result;
};
