// Kind "dropped options": one answer removed from a step.
import { filesOf } from "./book.ts";
import { mutation, quote } from "./edit.ts";
import type { MutationGenerator } from "./types.ts";

export const droppedOptions: MutationGenerator = (book) => {
  const flow = filesOf(book).find((file) => file.file === "flow.md");
  return (flow?.options ?? []).map((option) => {
    const before = flow!.text.slice(option.itemStart, option.itemEnd);
    const edit = { start: option.itemStart, end: option.itemEnd, before, after: "" };
    return mutation(
      "dropped options",
      book.id,
      "flow.md",
      flow!.text,
      [edit],
      `step ${option.step}: option ${quote(option.label)} dropped`,
    );
  });
};
