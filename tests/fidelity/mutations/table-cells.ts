// Kind "table cells": a cell of a summary's table changed, or two cells of one column swapped.
import { filesOf } from "./book.ts";
import { mutation, pick, quote, wholeWords } from "./edit.ts";
import type { Mutation, MutationGenerator } from "./types.ts";
import { otherWord, vocabulary } from "./words.ts";

export const tableCells: MutationGenerator = (book, random) => {
  const vocab = vocabulary(book);
  const result: Mutation[] = [];
  for (const file of filesOf(book).filter((candidate) => candidate.file.startsWith("bronnen/"))) {
    for (const cells of file.tables) {
      for (const [index, cell] of cells.entries()) {
        const where = `table cell (row ${cell.row + 1}, column ${cell.column + 1})`;
        // Swapped with each later cell of its column that says something else.
        for (const other of cells.slice(index + 1)) {
          if (other.column !== cell.column || other.text === cell.text) continue;
          const edits = [
            { start: cell.start, end: cell.end, before: cell.text, after: other.text },
            { start: other.start, end: other.end, before: other.text, after: cell.text },
          ];
          result.push(
            mutation(
              "table cells",
              book.id,
              file.file,
              file.text,
              edits,
              `${where} ${quote(cell.text, 30)} ⇄ row ${other.row + 1} ${quote(other.text, 30)}`,
            ),
          );
        }
        // Changed: a number to the next one, or a word to another word of the routebook.
        const tokens = wholeWords(cell.text, "\\p{N}+|\\p{L}{3,}");
        const token =
          pick(
            tokens.filter((candidate) => /^\p{N}+$/u.test(candidate[0])),
            random,
          ) ?? pick(tokens, random);
        if (!token) continue;
        const after = /^\p{N}+$/u.test(token[0]) ? String(Number(token[0]) + 1) : otherWord(token[0], vocab, random);
        if (!after) continue;
        const start = cell.start + token.index;
        const edit = { start, end: start + token[0].length, before: token[0], after };
        result.push(mutation("table cells", book.id, file.file, file.text, [edit], `${where} ${quote(token[0])} → ${quote(after)}`));
      }
    }
  }
  return result;
};
