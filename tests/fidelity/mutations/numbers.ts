// Kind "numbers": a digit group in any content text changed to n ± 1 or to another number of the same file.
import { filesOf, spansOf } from "./book.ts";
import { pick, replacement } from "./edit.ts";
import type { Mutation, MutationGenerator } from "./types.ts";

/** A run of digits that is not the tail of a name such as "SPPOH053". */
const DIGITS = /(?<![\p{L}\p{N}])\p{N}+(?!\p{N})/gu;

export const numbers: MutationGenerator = (book, random) => {
  const result: Mutation[] = [];
  for (const file of filesOf(book)) {
    const spans = spansOf([file], () => true);
    const inFile = [...new Set(spans.flatMap(({ span }) => [...span.text.matchAll(DIGITS)].map((match) => match[0])))];
    for (const { span } of spans) {
      for (const match of span.text.matchAll(DIGITS)) {
        const n = Number(match[0]);
        const choices = [String(n + 1), ...(n > 0 ? [String(n - 1)] : []), ...inFile.filter((other) => Number(other) !== n)];
        const after = pick(choices, random)!;
        const start = span.start + match.index;
        result.push(
          replacement("numbers", book.id, file.file, file.text, {
            start,
            end: start + match[0].length,
            before: match[0],
            after,
          }),
        );
      }
    }
  }
  return result;
};
