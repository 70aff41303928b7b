// Kind "number words": "twee", "drie", "eerste" … changed to another number word of the same sort.
import { filesOf, spansOf } from "./book.ts";
import { pick, replacement, sameCase, wholeWords } from "./edit.ts";
import type { Mutation, MutationGenerator } from "./types.ts";
import { CARDINALS, ORDINALS } from "../../../shared/wording/number-words.ts";

const CARDINAL_WORDS = Object.keys(CARDINALS);
const ORDINAL_WORDS = Object.keys(ORDINALS);
/** "een" is a number only before a unit: "een week", "een dag"; elsewhere it is the article. */
const ONE_UNIT = "een(?=\\s+(?:week|weken|dag|dagen|dagdeel|schooldag|schoolweek|keer|maand|jaar|uur|lesuur|periode)(?![\\p{L}]))";

const PATTERN = [ONE_UNIT, ...CARDINAL_WORDS, ...ORDINAL_WORDS].join("|");

export const numberWords: MutationGenerator = (book, random) => {
  const result: Mutation[] = [];
  for (const { file, span } of spansOf(filesOf(book), () => true)) {
    for (const match of wholeWords(span.text, PATTERN)) {
      const word = match[0].toLowerCase();
      const sort = ORDINAL_WORDS.includes(word) ? ORDINAL_WORDS : CARDINAL_WORDS;
      const own = word === "een" ? "één" : word;
      const after = sameCase(
        pick(
          sort.filter((other) => other !== own),
          random,
        )!,
        match[0],
      );
      const start = span.start + match.index;
      result.push(
        replacement("number words", book.id, file.file, file.text, {
          start,
          end: start + match[0].length,
          before: match[0],
          after,
        }),
      );
    }
  }
  return result;
};
