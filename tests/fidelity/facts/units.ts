// The sentences of a summary chapter that speak for the source: every paragraph sentence, list item
// and table row outside the editors' notes, with the editors' inline words left out.
import { inlineToText } from "../../../pipeline/rich/text.ts";
import type { Block, Inline } from "../../../pipeline/schema/rich.ts";
import { sentencesOf } from "./text.ts";

/** One sentence (or list item, or table row) of a summary, as plain text. */
export interface Unit {
  text: string;
  /** What it is, for messages. */
  /** A table's column headings ("header") are counted, but say no sentence of the source again. */
  kind: "sentence" | "item" | "cell" | "heading" | "header";
  /** For a table cell: its row's first cell, which says what the cell is about (pairs it, but is not its fact). */
  context?: string;
  /** For a table cell: its column headings, which may name whom the cells are about ("Leeftijd van de leerling"). */
  header?: string;
}

/** The source's voice of inline text: without the editors' words. */
const source = (inlines: readonly Inline[]) => inlineToText(inlines, "source");

/** The units of blocks in reading order; `notes` also takes the editors' notices (for checking the editors' words). */
export function unitsOf(blocks: readonly Block[], { notes = false } = {}): Unit[] {
  const units: Unit[] = [];
  const visit = (block: Block, item: boolean) => {
    switch (block.type) {
      case "paragraph":
        for (const [index, text] of sentencesOf(source(block.children)).entries()) {
          units.push({ text, kind: item && index === 0 ? "item" : "sentence" });
        }
        break;
      case "heading": {
        const text = source(block.children);
        if (text) units.push({ text, kind: "heading" });
        break;
      }
      case "list":
        for (const child of block.items.flat()) visit(child, true);
        break;
      case "table": {
        const header = block.head.map(source).join("; ");
        // The column headings count too: a "niet" added there changes what every row says.
        if (header) units.push({ text: header, kind: "header" });
        for (const row of block.rows) {
          const [key = "", ...cells] = row.map(source);
          if (key) units.push({ text: key, kind: "cell", header });
          for (const cell of cells) for (const text of sentencesOf(cell)) units.push({ text, kind: "cell", context: key, header });
        }
        break;
      }
      case "notice":
        if (block.kind !== "redactie" || notes) for (const child of block.children) visit(child, false);
        break;
      case "quote":
        for (const child of block.children) visit(child, false);
        break;
      default:
        break;
    }
  };
  for (const block of blocks) visit(block, false);
  return units;
}

/** The editors' notices of blocks, each as its units: their words are ours, their facts must be the source's. */
export function notesOf(blocks: readonly Block[]): Unit[][] {
  const notes: Unit[][] = [];
  const visit = (block: Block) => {
    if (block.type === "notice" && block.kind === "redactie") notes.push(unitsOf(block.children, { notes: true }));
    else if (block.type === "list") block.items.flat().forEach(visit);
    else if (block.type === "quote") block.children.forEach(visit);
  };
  blocks.forEach(visit);
  return notes;
}
