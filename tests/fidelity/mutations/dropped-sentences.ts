// Kind "dropped sentences": one sentence of a flow's text, an end note, or a sentence of a summary chapter removed.
import { filesOf } from "./book.ts";
import { type Edit, mutation, quote } from "./edit.ts";
import type { Block } from "./outline.ts";
import { sentences } from "./sentences.ts";
import type { Mutation, MutationGenerator } from "./types.ts";

/** The source's text of a step, its end notes, and the summaries' text; the editors' notes are not the source's. */
const droppable = (block: Block, file: string) =>
  !block.editorial &&
  (file === "flow.md" ? block.role === "text" || block.role === "end" : file.startsWith("bronnen/") && block.role === "text");

/** The label of an end note, `**Einde:** `, which stays when its only sentence goes. */
const END_LABEL = /^\*\*[^*]+\*\*:?\s*/;

export const droppedSentences: MutationGenerator = (book) => {
  const result: Mutation[] = [];
  for (const file of filesOf(book)) {
    for (const block of file.blocks.filter((candidate) => droppable(candidate, file.file))) {
      const raw = file.text.slice(block.start, block.end);
      const label =
        block.role === "end" ? (END_LABEL.exec(raw)?.[0] ?? "") : block.item ? (/^[-*+]\s+|^\d+[.)]\s+/.exec(raw)?.[0] ?? "") : "";
      const body = raw.slice(label.length);
      const parts = sentences(body);
      const make = (edit: Edit, what: string) => result.push(mutation("dropped sentences", book.id, file.file, file.text, [edit], what));
      if (parts.length > 1) {
        for (const [index, part] of parts.entries()) {
          // The sentence goes with the space after it, or the last one with the space before it.
          const from = block.start + label.length + (index === parts.length - 1 ? parts[index - 1]!.end : part.start);
          const to = block.start + label.length + (index === parts.length - 1 ? part.end : parts[index + 1]!.start);
          const before = file.text.slice(from, to);
          make({ start: from, end: to, before, after: "" }, `sentence ${quote(body.slice(part.start, part.end))} dropped`);
        }
      } else if (parts.length === 1) {
        const sentence = quote(body.slice(parts[0]!.start, parts[0]!.end));
        if (block.role === "end") {
          make({ start: block.start, end: block.end, before: raw, after: "**Einde**" }, `end note ${sentence} dropped`);
        } else {
          // The whole paragraph or list item goes, with its line break and the blank line after it.
          const lineStart = block.item ? file.text.lastIndexOf("\n", block.start - 1) + 1 : block.start;
          const tail = /^\n{1,2}/.exec(file.text.slice(block.end))?.[0] ?? "";
          const before = file.text.slice(lineStart, block.end + (block.item ? Math.min(tail.length, 1) : tail.length));
          make(
            { start: lineStart, end: lineStart + before.length, before, after: "" },
            `${block.item ? "item" : "paragraph"} ${sentence} dropped`,
          );
        }
      }
    }
  }
  return result;
};
