/**
 * Parsing a long Markdown file in pieces. micromark keeps every event of a
 * document in memory until the end, about 250 times the size of the text: a
 * 9 MB flow of 20,000 steps would take gigabytes. Cut at headings into pieces
 * of a bounded size, each parsed on its own and moved to its place in the file,
 * the peak is that of one piece, and the tree is the same as from one parse.
 *
 * A cut is only made where one parse would see a heading at the top level:
 * each piece is parsed together with the next piece's first line, and the cut
 * stands only when that line comes out as a heading that is a child of the
 * root. Inside a fenced code block, an HTML block, a `:::` directive or a
 * table, the line is swallowed instead, and the piece grows to the next
 * heading. The frontmatter is never cut. A reference or footnote whose
 * definition is in another piece would not be recognised in a piece of its
 * own, so a file that has one is parsed in one go.
 *
 * Pieces also keep micromark's edit step, which copies a piece's whole event
 * list each time a list ends, from growing with the square of the file: a
 * 2,000-step flow (the limit) costs 4.7 s of CPU to check in pieces, 16.7 s in
 * one go (docs/decisions/0004-parse-in-pieces.md).
 */
import type { Root, RootContent } from "mdast";
import type { Point, Position } from "unist";

/** A function that parses Markdown text into a tree with positions counted from the text's start. */
export type ParseText = (text: string) => Root;

/** Where a piece's first line lies in the whole file. */
interface Start {
  line: number;
  offset: number;
}

/** At most this many failed cuts are retried one heading further on; after that the rest is one piece, so a file full of them stays linear. */
const MAX_RETRIES = 16;

/** Parses `source` in pieces of about `pieceSize` characters, cut at headings; the same tree as `parse(source)`. */
export function parseInPieces(source: string, parse: ParseText, pieceSize: number): Root {
  const children: RootContent[] = [];
  let last: Root | undefined;
  for (const piece of markdownPieces(source, parse, pieceSize)) {
    children.push(...piece.children);
    last = piece;
  }
  if (last?.position?.start.offset === 0) return last;
  const end: Point = last?.position?.end ?? pointAt(source, source.length);
  return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/**
 * The pieces of `source` one by one, each a root holding that piece's top-level
 * nodes with their places in the whole file, so a reader can drop each piece
 * once it has read it. A short file is one piece, `parse(source)` itself.
 */
export function* markdownPieces(source: string, parse: ParseText, pieceSize: number): Generator<Root> {
  const cuts = source.length <= pieceSize ? [] : candidateCuts(source);
  if (cuts.length === 0 || crossPieceLabels(source, cuts)) {
    yield parse(source);
    return;
  }
  let from: Start = { line: 1, offset: 0 };
  let retries = 0;
  let next = 0;
  for (;;) {
    // The first heading at least `pieceSize` on (or the end of the file).
    while (next < cuts.length && cuts[next]!.offset - from.offset < pieceSize) next++;
    const cut = cuts[next];
    if (!cut || retries > MAX_RETRIES) {
      yield shifted(parse(source.slice(from.offset)), from);
      return;
    }
    const lineEnd = source.indexOf("\n", cut.offset);
    const withNextLine = parse(source.slice(from.offset, lineEnd === -1 ? source.length : lineEnd + 1));
    const tail = withNextLine.children.at(-1);
    if (tail?.type !== "heading" || tail.position?.start.line !== cut.line - from.line + 1 || tail.position.start.column !== 1) {
      // The heading line belongs to something open before it: try the next heading.
      retries++;
      next++;
      continue;
    }
    retries = 0;
    withNextLine.children.pop();
    yield shifted(withNextLine, from);
    from = cut;
  }
}

/** Lines that may start a heading at the top level: `#` to `######` at the first column, after the frontmatter. */
function candidateCuts(source: string): Start[] {
  const cuts: Start[] = [];
  let line = 1;
  let offset = 0;
  let inFrontmatter = /^---[ \t]*\r?\n/.test(source);
  while (offset < source.length) {
    const end = source.indexOf("\n", offset);
    const text = source.slice(offset, end === -1 ? source.length : end);
    if (inFrontmatter) {
      if (line > 1 && /^---[ \t]*\r?$/.test(text)) inFrontmatter = false;
    } else if (line > 1 && /^#{1,6}(?:[ \t]|\r?$)/.test(text)) {
      cuts.push({ line, offset });
    }
    if (end === -1) break;
    offset = end + 1;
    line++;
  }
  // A frontmatter that is never closed is no frontmatter, but then be safe and do not cut at all.
  return inFrontmatter ? [] : cuts;
}

/** Whether a reference or footnote names a label that another piece defines; then the file is parsed in one go. */
function crossPieceLabels(source: string, cuts: Start[]): boolean {
  const definitions = [...source.matchAll(/^ {0,3}\[([^\]]+)\]:/gm)];
  if (definitions.length === 0) return false;
  const normal = (label: string) => label.replace(/\s+/g, " ").trim().toLowerCase();
  // The index of the heading-to-heading section each offset lies in.
  const sectionOf = (offset: number) => {
    let low = 0;
    let high = cuts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cuts[middle]!.offset <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const definedIn = new Map<string, Set<number>>();
  for (const match of definitions) {
    const label = normal(match[1]!);
    definedIn.set(label, (definedIn.get(label) ?? new Set()).add(sectionOf(match.index)));
  }
  for (const match of source.matchAll(/\[([^[\]]+)\]/g)) {
    const sections = definedIn.get(normal(match[1]!));
    if (sections && !sections.has(sectionOf(match.index))) return true;
  }
  return false;
}

/** The tree of a piece with every position moved to where the piece starts in the file. */
function shifted(tree: Root, from: Start): Root {
  if (from.offset === 0) return tree;
  const move = (point: Point): Point => ({
    line: point.line + from.line - 1,
    column: point.column,
    offset: (point.offset ?? 0) + from.offset,
  });
  const visit = (node: { position?: Position; children?: unknown[] }) => {
    if (node.position) node.position = { start: move(node.position.start), end: move(node.position.end) };
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree);
  return tree;
}

/** Line and column of an offset (for the end of the file). */
function pointAt(source: string, offset: number): Point {
  const before = source.slice(0, offset);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1, offset };
}
