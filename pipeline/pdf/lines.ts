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
/** A page's visible box in PDF space, as pdf.js gives it (`page.view`): [left, bottom, right, top]. */
export type PageBox = readonly number[];

export function buildLines(items: readonly PositionedText[], box: PageBox): TextLine[] {
  const [left = 0, , right = 0, top = 0] = box;
  // pdf.js bridges wide gaps with whitespace items; dropping them lets the real gap separate columns.
  const pieces = items
    .filter((item) => item.str.trim().length > 0)
    .map((item) => {
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
      // Relative to the visible box: some PDFs place it away from the origin.
      return { str: item.str, x: x - left, right: x - left + item.width, y: top - y, size: Math.hypot(c, d) || 1 };
    })
    .sort((a, b) => a.y - b.y);

  // Rows first, with a tolerance (a bold or superscript word sits a little off the baseline), then left to right.
  const rows: (typeof pieces)[] = [];
  for (const piece of pieces) {
    const row = rows.at(-1);
    if (row && Math.abs(piece.y - row[0]!.y) < 0.5 * Math.min(piece.size, row[0]!.size)) row.push(piece);
    else rows.push([piece]);
  }
  const lines: TextLine[] = [];
  for (const row of rows) {
    let current: TextLine | undefined;
    for (const piece of row.sort((a, b) => a.x - b.x)) {
      const gap = current ? piece.x - current.right : Infinity;
      if (current && gap > -0.5 * current.size && gap < FRAGMENT_GAP * current.size) {
        const space = gap > 0.1 * current.size && !current.text.endsWith(" ") && !piece.str.startsWith(" ") ? " " : "";
        current.text += space + piece.str;
        current.right = Math.max(current.right, piece.right);
        current.size = Math.max(current.size, piece.size);
      } else {
        current = { text: piece.str, x: piece.x, right: piece.right, y: piece.y, size: piece.size };
        lines.push(current);
      }
    }
  }
  const cleaned = lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, " ").trim() })).filter((line) => line.text.length > 0);
  return inReadingOrder(cleaned, right - left);
}

/**
 * Reading order. Lines that cross the middle of the page (headings, full-width
 * text) stay in place and cut the page into bands. Within a band, where at
 * least two lines stand wholly left and two wholly right of the middle at the
 * same height, the left column is read before the right one, each with the
 * lines right below it that continue its last paragraph; other lines above or
 * below that shared height keep their place.
 */
/** Lines further apart than this many font sizes start a new paragraph. */
const PARAGRAPH_GAP = 1.8;

function inReadingOrder(lines: TextLine[], pageWidth: number): TextLine[] {
  const middle = pageWidth / 2;
  const isLeft = (line: TextLine) => line.right <= middle + 2;
  const isRight = (line: TextLine) => !isLeft(line) && line.x >= middle - 2;
  const ordered: TextLine[] = [];
  let band: TextLine[] = [];
  const closeBand = () => {
    // One push per line: spreading a page's worth of lines into push() overflows the stack on a hostile page.
    for (const line of columns(band, isLeft, isRight)) ordered.push(line);
    band = [];
  };
  for (const line of lines) {
    if (isLeft(line) || isRight(line)) {
      band.push(line);
    } else {
      closeBand();
      ordered.push(line);
    }
  }
  closeBand();
  return ordered;
}

function columns(band: TextLine[], isLeft: (line: TextLine) => boolean, isRight: (line: TextLine) => boolean): TextLine[] {
  const left = band.filter(isLeft);
  const right = band.filter(isRight);
  if (left.length < 2 || right.length < 2) return band;
  const lowest = (side: TextLine[]) => side.reduce((low, line) => Math.min(low, line.y), Number.POSITIVE_INFINITY);
  const highest = (side: TextLine[]) => side.reduce((high, line) => Math.max(high, line.y), Number.NEGATIVE_INFINITY);
  const top = Math.max(lowest(left), lowest(right));
  const bottom = Math.min(highest(left), highest(right));
  if (top > bottom) return band;
  const inShared = (line: TextLine) => line.y >= top && line.y <= bottom;
  const leftColumn = withContinuation(
    left.filter(inShared),
    left.filter((line) => line.y > bottom),
  );
  const rightColumn = withContinuation(
    right.filter(inShared),
    right.filter((line) => line.y > bottom),
  );
  const placed = new Set([...leftColumn, ...rightColumn]);
  return [
    ...band.filter((line) => line.y < top),
    ...leftColumn,
    ...rightColumn,
    ...band.filter((line) => line.y > bottom && !placed.has(line)),
  ];
}

/** A column and the lines right below its shared part that continue its last paragraph (a column longer than its neighbour). */
function withContinuation(column: TextLine[], below: TextLine[]): TextLine[] {
  const result = [...column];
  for (const line of below) {
    const last = result.at(-1);
    if (!last || line.y - last.y > PARAGRAPH_GAP * line.size) break;
    result.push(line);
  }
  return result;
}
