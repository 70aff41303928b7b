// Kind "words": a word of a text shown as the source's replaced by another word of the same routebook.
import { type FileText, filesOf, spansOf } from "./book.ts";
import { pick, replacement, sameCase, wholeWords } from "./edit.ts";
import type { Span } from "./outline.ts";
import type { BookText, Mutation, MutationGenerator } from "./types.ts";

/** In flow.md: titles, options, texts, actions and end notes not marked as the editors'; in a summary: its headings. */
export const shownAsSource = (span: Span, file: FileText) =>
  !span.editorial &&
  (file.file === "flow.md"
    ? ["title", "option", "text", "action", "end"].includes(span.role)
    : file.file.startsWith("bronnen/") && span.role === "heading");

const WORD = "\\p{L}{3,}";

/** The routebook's words of four letters or more, once each, in the order they first occur. */
export function vocabulary(book: BookText): string[] {
  const words = filesOf(book).flatMap((file) =>
    file.spans.flatMap((span) => wholeWords(span.text, "\\p{L}{4,}").map((m) => m[0].toLowerCase())),
  );
  return [...new Set(words)];
}

/** Another word of the vocabulary than `word`, written with its capital. */
export function otherWord(word: string, words: readonly string[], random: () => number): string | undefined {
  const chosen = pick(
    words.filter((candidate) => candidate !== word.toLowerCase()),
    random,
  );
  return chosen && sameCase(chosen, word);
}

export const words: MutationGenerator = (book, random) => {
  const vocab = vocabulary(book);
  const result: Mutation[] = [];
  for (const { file, span } of spansOf(filesOf(book), shownAsSource)) {
    for (const match of wholeWords(span.text, WORD)) {
      const after = otherWord(match[0], vocab, random);
      if (!after) continue;
      const start = span.start + match.index;
      const edit = { start, end: start + match[0].length, before: match[0], after };
      result.push(replacement("words", book.id, file.file, file.text, edit));
    }
  }
  return result;
};
