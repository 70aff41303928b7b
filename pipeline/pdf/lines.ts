/** A run of text on one baseline, as pdf.js items are merged into it. */
export interface TextLine {
  text: string;
  /** Left edge, in PDF points from the page's left. */
  x: number;
  /** Right edge, in PDF points. */
  right: number;
  /** Baseline, in PDF points from the page's top (grows downwards). */
  y: number;
  /** Font size in points. */
  size: number;
}

/** The part of a pdf.js text item that line building needs. */
export interface PositionedText {
  str: string;
  /** pdf.js transform: [a, b, c, d, x, y] with y from the page's bottom. */
  transform: number[];
  width: number;
}

/** A gap wider than this many font sizes splits a line into two fragments (columns, tab stops); justified word spacing stays well below it. */
const FRAGMENT_GAP = 2;

/**
 * Merges text items into lines in reading order. Items on one baseline join,
 * with a space where the gap is wider than a tenth of the font size; a page
 * with two columns is read column by column, full-width lines (headings)
 * staying in place above and below them.
 */
export function buildLines(items: readonly PositionedText[], pageWidth: number, pageHeight: number): TextLine[] {
  // pdf.js bridges wide gaps with whitespace items; dropping them lets the real gap separate columns.
  const pieces = items
    .filter((item) => item.str.trim().length > 0)
    .map((item) => {
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
      return { str: item.str, x, right: x + item.width, y: pageHeight - y, size: Math.hypot(c, d) || 1 };
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);

  const lines: TextLine[] = [];
  let current: TextLine | undefined;
  for (const piece of pieces) {
    const sameLine = current && Math.abs(piece.y - current.y) < 0.5 * Math.min(piece.size, current.size);
    const gap = current ? piece.x - current.right : 0;
    // Only text that continues to the right joins: a piece far to the left on the same baseline is another column.
    if (current && sameLine && gap > -0.5 * current.size && gap < FRAGMENT_GAP * current.size) {
      const space = gap > 0.1 * current.size && !current.text.endsWith(" ") && !piece.str.startsWith(" ") ? " " : "";
      current.text += space + piece.str;
      current.right = Math.max(current.right, piece.right);
      current.size = Math.max(current.size, piece.size);
    } else {
      current = { text: piece.str, x: piece.x, right: piece.right, y: piece.y, size: piece.size };
      lines.push(current);
    }
  }
  const cleaned = lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, " ").trim() }))
    .filter((line) => line.text.length > 0);
  return inReadingOrder(cleaned, pageWidth);
}

/**
 * Column by column when a page has at least two lines wholly left and two
 * wholly right of the middle. The columns' band is where both sides have
 * lines; whatever stands above it (headers, a chapter heading) comes first and
 * whatever stands below it (footers) last.
 */
function inReadingOrder(lines: TextLine[], pageWidth: number): TextLine[] {
  const middle = pageWidth / 2;
  const isLeft = (line: TextLine) => line.right <= middle + 2;
  const isRight = (line: TextLine) => line.x >= middle - 2;
  const left = lines.filter(isLeft);
  const right = lines.filter(isRight);
  if (left.length < 2 || right.length < 2) return lines;
  const ys = (side: TextLine[]) => side.map((line) => line.y);
  const top = Math.max(Math.min(...ys(left)), Math.min(...ys(right)));
  const bottom = Math.min(Math.max(...ys(left)), Math.max(...ys(right)));
  const inBand = (line: TextLine) => line.y >= top && line.y <= bottom;
  return [
    ...lines.filter((line) => line.y < top),
    ...left.filter(inBand),
    ...right.filter(inBand),
    ...lines.filter((line) => inBand(line) && !isLeft(line) && !isRight(line)),
    ...lines.filter((line) => line.y > bottom),
  ];
}
