// Kind "negations": "niet"/"geen" inserted or removed, "een" → "geen", "wel" → "niet", "geen" → "een".
import { filesOf, spansOf } from "./book.ts";
import { quote, replacement, sameCase, wholeWords } from "./edit.ts";
import type { Span } from "./outline.ts";
import type { Mutation, MutationGenerator } from "./types.ts";

/** Verbs after which "niet" turns a statement round: "is niet", "moet niet". */
const VERBS = "is|zijn|wordt|worden|kan|kunnen|moet|moeten|mag|mogen|heeft|hebben|gaat|gaan|zal|zullen|geldt|volgt";

/** Names of documents, chapters and links are not statements: a negation there says nothing. */
const isStatement = (span: Span) => !["link", "reference"].includes(span.role) && span.key !== "phases.reference";

export const negations: MutationGenerator = (book) => {
  const result: Mutation[] = [];
  for (const { file, span } of spansOf(filesOf(book), isStatement)) {
    const add = (index: number, before: string, after: string, what?: string) => {
      const start = span.start + index;
      const edit = { start, end: start + before.length, before, after };
      result.push(replacement("negations", book.id, file.file, file.text, edit, what));
    };
    for (const match of wholeWords(span.text, "niet")) {
      // Removed with the space before it, so the sentence reads on.
      const spaced = span.text[match.index - 1] === " ";
      add(spaced ? match.index - 1 : match.index, `${spaced ? " " : ""}${match[0]}`, "", `${quote(match[0])} removed`);
    }
    for (const match of wholeWords(span.text, "geen")) add(match.index, match[0], sameCase("een", match[0]));
    for (const match of wholeWords(span.text, "een")) add(match.index, match[0], sameCase("geen", match[0]));
    for (const match of wholeWords(span.text, "wel")) add(match.index, match[0], sameCase("niet", match[0]));
    for (const match of wholeWords(span.text, VERBS))
      add(match.index, match[0], `${match[0]} niet`, `"niet" inserted after ${quote(match[0])}`);
  }
  return result;
};
