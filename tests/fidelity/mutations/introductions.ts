// Kind "introductions": routeboek.md gets an unmarked sentence, or a number, number word, role or negation of
// its introduction (its text and its `purpose`) changed.
import { filesOf } from "./book.ts";
import { mutation, quote } from "./edit.ts";
import { negations } from "./negations.ts";
import { numberWords } from "./number-words.ts";
import { numbers } from "./numbers.ts";
import { roles } from "./roles.ts";
import { sentences } from "./sentences.ts";
import type { Mutation, MutationGenerator } from "./types.ts";

const META = "routeboek.md";

export const introductions: MutationGenerator = (book, random) => {
  const files = filesOf(book);
  const meta = files.find((file) => file.file === META);
  if (!meta) return [];
  const added: Mutation[] = [];
  // A sentence of the routebook's own text, added as the introduction's first paragraph without a mark: it reads as
  // the source's. It goes where the text below the frontmatter starts, so the line named is the sentence's own.
  const bodyStart = /^---\r?\n[\s\S]*?\r?\n---\r?\n\s*/.exec(meta.text)?.[0].length ?? 0;
  for (const file of files) {
    for (const block of file.blocks.filter((candidate) => candidate.role === "text")) {
      const raw = file.text.slice(block.start, block.end).replace(/^[-*+]\s+|^\d+[.)]\s+/, "");
      for (const part of sentences(raw)) {
        const sentence = raw.slice(part.start, part.end).replace(/\s+/g, " ");
        if (sentence.split(" ").length < 5 || /^[>#|:]/.test(sentence)) continue;
        const edit = { start: bodyStart, end: bodyStart, before: "", after: `${sentence}\n\n` };
        added.push(
          mutation("introductions", book.id, META, meta.text, [edit], `unmarked sentence added: ${quote(sentence)} (from ${file.file})`),
        );
      }
    }
  }
  // The same changes as anywhere else, in the introduction's own words.
  const changed = [numbers, numberWords, roles, negations].flatMap((generator) =>
    generator(book, random).flatMap((change): Mutation[] => (change.file === META ? [{ ...change, kind: "introductions" }] : [])),
  );
  // About as many added sentences as changes, so that a sample holds both.
  const spread = Math.max(1, Math.floor(added.length / Math.max(5, changed.length)));
  return [...added.filter((_, index) => index % spread === 0), ...changed];
};
