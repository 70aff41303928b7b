// A summary's Markdown tables against their source section row by row: the source gives a table
// as a list ("8 t/m 11 keer te laat: school nodigt …"), so each row is found by the quantities of
// its first cell, and its other cells must say what that item of the list says. A cell changed or
// swapped with a cell of another row is then out of place.
import { inlineToText } from "../../../pipeline/rich/text.ts";
import type { Block } from "../../../pipeline/schema/rich.ts";
import type { FidelityProblem } from "../types.ts";
import { notIn, unmatched } from "./compare.ts";
import { keyOf, type Quantity, quantities, readableSeed } from "./quantities.ts";

const CHECK = "facts: table cells";

export type Table = Extract<Block, { type: "table" }>;

/** The tables of a chapter, outside the editors' notes. */
export function tablesOf(blocks: readonly Block[]): Table[] {
  return blocks.flatMap((block): Table[] => {
    if (block.type === "table") return [block];
    if (block.type === "list") return block.items.flatMap((item) => tablesOf(item));
    if (block.type === "quote") return tablesOf(block.children);
    if (block.type === "notice" && block.kind !== "redactie") return tablesOf(block.children);
    return [];
  });
}

/** The header's annex label of each column that quotes another annex than the chapter (`where`), else undefined. */
export function annexColumns(table: Table, where: string): (string | undefined)[] {
  return table.head.map((cell) => {
    const label = inlineToText(cell, "source").match(/\bBijlage \d+\b/i)?.[0];
    return label && !where.toLowerCase().startsWith(label.toLowerCase()) ? label : undefined;
  });
}

/** The text of every cell in a column that quotes another annex ("In het aanmeldformulier (Bijlage 3)"). */
export function annexCells(blocks: readonly Block[], where: string): string[] {
  return tablesOf(blocks).flatMap((table) => {
    const columns = annexColumns(table, where);
    return [table.head, ...table.rows].flatMap((row) =>
      row.flatMap((cell, index) => (columns[index] ? [inlineToText(cell, "source")] : [])),
    );
  });
}

/** An item of the source's lists: its head (up to the first ":", ";", "?" or full stop) and what follows. */
interface Item {
  text: string;
  head: string;
  /** The clause after the head: the item's answer, as "de ouders" in "vanaf 12 jaar tot 16 jaar: de ouders." */
  answer: string;
}

/**
 * The items of a section: its text split at list bullets at the start of a line, and each line
 * on its own, for a table the source lays out one row a line ("Jeugdige vanaf 12 jaar Is …").
 */
export function itemsOf(section: string): Item[] {
  return [...section.split(/\n[ \t]*[•\-–·][ \t]+/), ...section.split("\n")]
    .map((raw) => readableSeed(raw))
    .filter(Boolean)
    .map((text) => {
      const end = text.search(/[:;?]|\.(?=\s|$)/);
      const head = end < 0 ? text : text.slice(0, end + 1);
      const rest = end < 0 ? "" : text.slice(end + 1);
      const stop = rest.search(/[;?]|\.(?=\s|$)/);
      return { text, head, answer: stop < 0 ? rest : rest.slice(0, stop) };
    });
}

const STOP_WORDS = new Set(
  [
    "deze dit dat die daar dan door voor naar zijn haar hebben heeft wordt worden geldt want maar niet ook",
    "zich over onder tegen tussen bij met van een het wat wie waar hier staan staat",
  ]
    .join(" ")
    .split(" "),
);

/** The content words of a text: lower case, at least four letters, no function words. */
const contentWords = (text: string) =>
  (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= 4 && !STOP_WORDS.has(word));

/** A word stands in `words` when one of them starts as it does (its first five letters), so "ouder" finds "ouders". */
const stands = (word: string, words: readonly string[]) => words.some((other) => other.slice(0, 5) === word.slice(0, 5));

/**
 * Share of a cell's words a long cell must share with its item; a short cell (one or two words) must share all with
 * the item's answer.
 */
const LONG_CELL_SHARE = 0.5;

function cellFits(cell: string, item: Item): boolean {
  const words = contentWords(cell);
  if (words.length === 0) return true;
  if (words.length <= 2) return words.every((word) => stands(word, contentWords(item.answer)));
  const itemWords = contentWords(item.text);
  return words.filter((word) => stands(word, itemWords)).length / words.length >= LONG_CELL_SHARE;
}

const sameFacts = (a: readonly Quantity[], b: readonly Quantity[]) => a.map(keyOf).sort().join("|") === b.map(keyOf).sort().join("|");

/**
 * Problems of the tables in `blocks`: each row whose first cell holds quantities must match an
 * item of `section` (the raw source text) whose head holds exactly those, and its other cells'
 * quantities and words must stand in that item. A column whose header names another annex
 * ("In het aanmeldformulier (Bijlage 3)") is compared with that annex's section (`annex`).
 */
export function tableProblems(
  blocks: readonly Block[],
  section: string,
  file: string,
  where: string,
  annex: (label: string) => string | undefined = () => undefined,
): FidelityProblem[] {
  const problems: FidelityProblem[] = [];
  const items = itemsOf(section);
  for (const table of tablesOf(blocks)) {
    const elsewhere = annexColumns(table, where).map((label) => (label ? (annex(label) ?? "") : undefined));
    for (const row of table.rows) {
      const cells = row.map((cell) => inlineToText(cell, "source"));
      const key = quantities(cells[0] ?? "");
      if (key.length === 0) continue;
      const candidates = items.filter((item) => sameFacts(quantities(item.head), key));
      const rowName = `${where}, row "${cells[0]}"`;
      if (candidates.length === 0) {
        problems.push({
          check: CHECK,
          file,
          where: rowName,
          message: "no item of the source section has these numbers: use the source's number and unit",
        });
        continue;
      }
      const fits = candidates.some((item) =>
        cells.slice(1).every((cell, index) => {
          const other = elsewhere[index + 1];
          if (other !== undefined) return notIn(quantities(cell), quantities(readableSeed(other))).length === 0;
          return unmatched(quantities(cell), quantities(item.text)).length === 0 && cellFits(cell, item);
        }),
      );
      if (!fits) {
        problems.push({
          check: CHECK,
          file,
          where: rowName,
          message: `the row's cells do not say what the source says of "${candidates[0]!.head}": check each cell against its own row`,
        });
      }
    }
  }
  return problems;
}
