// The tables of the editors' summaries against their source sections, row by row (issue 21, kind "table cells"):
// each row's first cell (its key) stands in the section, the rows in the source's order, and every content word
// and number of each of its cells stands in that row's own part of the source, not just anywhere in the section.
// A cell swapped with another row's, or a word or number changed in it, is then out of place. A cell of the
// editors is marked :redactie[…] and is not compared.
import { inlineToText } from "../../../pipeline/rich/text.ts";
import { annexColumns, type Table, tablesOf } from "../facts/tables.ts";
import { cellStems, findKey, rowTexts, standsIn, tokensOf } from "../facts/table-rows.ts";
import { chapterSections } from "../sections.ts";
import type { FidelityCheck, FidelityProblem } from "../types.ts";

const CHECK = "table cells";

/** The editors' word for "says the same as this row" in a cell that quotes another annex. */
const SAME = /^hetzelfde\.?$/i;

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/**
 * The item numbered `number` of an annex's numbered list ("3. In een periode van …"): the text after the
 * number up to a blank line or the next item.
 */
function numberedItem(annex: string, number: string): string | undefined {
  const match = new RegExp(`(?:^|\\n)[ \\t]*${number}\\.[ \\t]+([^\\n]*(?:\\n(?![ \\t]*\\n|[ \\t]*\\d+\\.\\s)[^\\n]*)*)`).exec(annex);
  return match?.[1];
}

/** The words of `text` that do not stand in `row`. */
const strays = (text: string, row: ReadonlySet<string>) => cellStems(text).filter((word) => !standsIn(word, row));

/**
 * A cell that quotes another annex ("Criterium 2: onduidelijk ziekteverzuim …") against that annex's item of
 * that number; "hetzelfde" says the annex's item is this row's, so that item's words stand in the row.
 */
function annexCellProblem(cell: string, annex: string | undefined, row: ReadonlySet<string>, label: string): string | undefined {
  const match = /^\s*\p{L}+\s+(\d+)\s*:\s*(.*)$/su.exec(cell);
  if (!match) return `names no numbered item of ${label} ("Criterium 2: …")`;
  const item = annex === undefined ? undefined : numberedItem(annex, match[1]!);
  if (item === undefined) return `names item ${match[1]} of ${label}, which ${label} does not have`;
  const rest = match[2]!.trim();
  const itemStems = new Set(tokensOf(item).map((token) => token.stem));
  if (SAME.test(rest)) {
    const words = strays(item, row);
    return words.length ? `says "${rest}", but item ${match[1]} of ${label} says ${listed(words)}, which this row does not` : undefined;
  }
  const words = strays(rest, itemStems);
  if (words.length) return `says ${listed(words)}, which item ${match[1]} of ${label} does not`;
  // The item may word it otherwise (the source contradicts itself), but it must be about this row.
  const all = cellStems(item);
  const shared = all.filter((word) => standsIn(word, row)).length;
  return shared < all.length * ANNEX_SHARE ? `quotes item ${match[1]} of ${label}, which is not about this row` : undefined;
}

/** Share of an annex item's words a row must have for the item to be about the row. */
const ANNEX_SHARE = 0.5;

const listed = (words: readonly string[]) => words.map((word) => `"${word}…"`).join(", ");

function tableProblems(table: Table, section: string, where: string, annex: (label: string) => string | undefined): string[] {
  const tokens = tokensOf(section);
  const rows = table.rows.map((row) => row.map((cell) => inlineToText(cell, "source").trim()));
  const found = rows.map((cells) => findKey(cells[0] ?? "", tokens));
  const texts = rowTexts(
    found,
    tokens,
    rows.map((cells) => cells.reduce((sum, cell) => sum + cellStems(cell).length, 0)),
  );
  const labels = annexColumns(table, where);
  const problems: string[] = [];
  let previous = -1;
  for (const [index, cells] of rows.entries()) {
    const name = `row "${short(cells[0] ?? "")}"`;
    const place = found[index];
    const row = texts[index];
    if (!cellStems(cells[0] ?? "").length) continue;
    if (!place || !row) {
      problems.push(`${name}: its first cell is not in the source section: write the source's words, or mark it :redactie[…]`);
      continue;
    }
    if (place.at <= previous) problems.push(`${name} comes before a row it follows in the source: keep the source's order`);
    previous = Math.max(previous, place.at);
    for (const [column, cell] of cells.entries()) {
      if (column === 0 || !cell) continue;
      const label = labels[column];
      const wrong = label ? annexCellProblem(cell, annex(label), row, label) : undefined;
      if (wrong) problems.push(`${name}, column ${column + 1} ${wrong}`);
      if (label) continue;
      const words = strays(cell, row);
      if (words.length) {
        problems.push(`${name}, column ${column + 1}: ${listed(words)} in "${short(cell)}" is not what the source says of this row`);
      }
    }
  }
  return problems;
}

export const tableCells: FidelityCheck = ({ routebook, seed, source }) => {
  if (source.kind !== "summary") return [];
  const sections = chapterSections(routebook, seed);
  const annex = (label: string) => sections.find(({ chapter }) => new RegExp(`^${label}(:|$)`, "i").test(chapter.title))?.source;
  const problems: FidelityProblem[] = [];
  for (const { chapter, file, source: section } of sections) {
    if (section === undefined) continue;
    for (const table of tablesOf(chapter.blocks)) {
      for (const message of tableProblems(table, section, chapter.title, annex)) {
        problems.push({ check: CHECK, file, where: chapter.title, message });
      }
    }
  }
  return problems;
};
