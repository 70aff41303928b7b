import type { Link, Nodes, Root, Text } from "mdast";

/** Where an abbreviation is used: a line and column in Markdown, or a page in a PDF. */
export interface AbbreviationUse {
  /** The abbreviation as written, e.g. "MDO" or "PRO-VSO". */
  term: string;
  file: string;
  line?: number;
  column?: number;
  page?: number;
}

/**
 * Two or more capitals, maybe with digits and hyphenated parts ("MDO", "PRO-VSO", "VO2"),
 * standing alone: no letter or digit may touch it, so "IJssel" and "McKinsey" are no
 * abbreviations, while "SBO-school" and "MDO's" hold "SBO" and "MDO".
 */
const TOKEN = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9]*[A-Z0-9](?:-[A-Z0-9]+)*(?![\p{L}\p{N}])/gu;

/** Text that is not prose, blanked out before scanning: addresses, `{#step-id}` and HTML entities (mail addresses below). */
const NOT_PROSE = [/(?:https?:\/\/|www\.)\S+/g, /\{#[^}]*\}/g, /&#?[A-Za-z0-9]+;/g];

/**
 * A mail address: a run without spaces with an "@" that has text before it and a dot after it.
 * Tested per run with string operations: a pattern like `\S+@\S+\.\S+` backtracks over every
 * start of a long run, which made a single 200 kB "word" take 17 s and a 5 MB one hours.
 */
function isMailAddress(run: string): boolean {
  const at = run.indexOf("@");
  return at > 0 && run.indexOf(".", at + 2) > at + 1 && run.indexOf(".", at + 2) < run.length - 1;
}

const blank = (match: string) => " ".repeat(match.length);

/** Replaces what is not prose by spaces of the same length, so offsets still point into the original text. */
export function blankNonProse(text: string): string {
  const withoutMail = text.replace(/\S+/g, (run) => (isMailAddress(run) ? blank(run) : run));
  return NOT_PROSE.reduce((result, pattern) => result.replace(pattern, blank), withoutMail);
}

/** Every abbreviation in a stretch of text, with its offset in that text. */
export function scanAbbreviations(text: string): { term: string; offset: number }[] {
  const found: { term: string; offset: number }[] = [];
  for (const match of blankNonProse(text).matchAll(TOKEN)) {
    // "A4" or "K3" are codes, not abbreviations a reader needs spelled out.
    if ((match[0].match(/[A-Z]/g) ?? []).length >= 2) found.push({ term: match[0], offset: match.index });
  }
  return found;
}

/** Whether a link's text is its own address (an autolink such as `<https://…>`): that text is no prose. */
function isAddressText(link: Link): boolean {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  return only?.type === "text" && (only.value === link.url || `mailto:${only.value}` === link.url);
}

/**
 * The abbreviations in a Markdown tree's prose: its text nodes, link texts included.
 * URLs, code, HTML, YAML frontmatter and `{#id}` heading attributes are not read.
 *
 * Text nodes are scanned in `source` (the file the tree was parsed from), not in their
 * value: the value loses list indentation, `> ` prefixes, escapes and entities, so only
 * the source gives exact columns on every line of a multi-line paragraph.
 */
export function findAbbreviations(tree: Root, source: string, file: string): AbbreviationUse[] {
  const uses: AbbreviationUse[] = [];
  // A plain walk in document order: unist-util-visit makes a closure per node, which a 20,000-step flow feels.
  const walk = (node: Nodes) => {
    if (node.type === "text") uses.push(...usesInTextNode(node, source, file));
    else if (node.type === "link" && isAddressText(node)) return;
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return uses;
}

function usesInTextNode(node: Text, source: string, file: string): AbbreviationUse[] {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return [];
  const raw = source.slice(start.offset, end.offset);
  return scanAbbreviations(raw).map(({ term, offset }) => {
    const before = raw.slice(0, offset);
    const lastBreak = before.lastIndexOf("\n");
    const line = start.line + (before.match(/\n/g)?.length ?? 0);
    // After a line break the slice restarts at the beginning of a source line, column 1.
    const column = lastBreak === -1 ? start.column + offset : offset - lastBreak;
    return { term, file, line, column };
  });
}

/** The abbreviations in plain text of one PDF page, such as a chapter's extracted text. */
export function findAbbreviationsInText(text: string, file: string, page: number): AbbreviationUse[] {
  return scanAbbreviations(text).map(({ term }) => ({ term, file, page }));
}
