import { joinAcrossLines, normaliseText } from "../pdf/clean.ts";
import { buildLines, type PositionedText, type TextLine } from "../pdf/lines.ts";
import type { ToolLink, ToolPage } from "./types.ts";

/** Whether a text item's middle lies inside a link rectangle (PDF space). */
function inside(item: PositionedText, rect: number[]): boolean {
  const [x = 0, y = 0] = [item.transform[4], item.transform[5]];
  const size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0);
  const middleX = x + item.width / 2;
  const middleY = y + size / 3;
  const [left = 0, bottom = 0, right = 0, top = 0] = rect;
  return middleX >= left && middleX <= right && middleY >= bottom && middleY <= top;
}

/** The text of a page split into the labels of its links and the lines of everything else. */
export function splitPageText(page: ToolPage): { labels: Map<ToolLink, string>; lines: TextLine[] } {
  const labels = new Map<ToolLink, string>();
  const covered = new Set<PositionedText>();
  for (const link of page.links) {
    const under = page.items.filter((item) => item.str.trim() && inside(item, link.rect));
    for (const item of under) covered.add(item);
    const text =
      link.label ??
      buildLines(under, page.view)
        .map((line) => line.text)
        .join(" ");
    const label = normaliseText(text).replace(/\s+/g, " ").trim();
    if (label) labels.set(link, label);
  }
  const free = page.items.filter((item) => !covered.has(item));
  const lines = buildLines(free, page.view).map((line) => ({ ...line, text: normaliseText(line.text) }));
  return { labels, lines };
}

/**
 * Joins lines that continue one another (close below, same size) into blocks
 * of text. A line that `startsBlock` (a bullet, "Actie:") and the line after
 * one ending in a colon begin a new block.
 */
export function joinLines(lines: readonly TextLine[], startsBlock: (text: string) => boolean): { text: string; first: TextLine }[] {
  const blocks: { text: string; first: TextLine; last: TextLine }[] = [];
  for (const line of lines) {
    const block = blocks.at(-1);
    const gap = block ? line.y - block.last.y : Infinity;
    const continues = block && !startsBlock(line.text) && !block.text.endsWith(":");
    if (block && continues && gap > 0 && gap <= line.size * 1.8 && Math.abs(line.size - block.last.size) < 0.5) {
      block.text = joinAcrossLines(block.text, line.text, []) ?? `${block.text} ${line.text}`;
      block.last = line;
    } else {
      blocks.push({ text: line.text, first: line, last: line });
    }
  }
  return blocks.map(({ text, first }) => ({ text, first }));
}
