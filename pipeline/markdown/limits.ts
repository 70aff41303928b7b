/**
 * Limits on the structures of a Markdown file, checked on its text before it is
 * parsed. A few kilobytes of nested lists, quotes, `:::` blocks or emphasis, or a
 * table of many cells, cost the parser minutes or gigabytes (a 2.6 MB table took
 * 4.8 GB; a list nested 1,500 deep did not finish), and every reader after the
 * parser walks the tree by recursion. A file over a limit is one problem at its
 * line and is not parsed at all. The scan is one pass over the lines, and it
 * errs on the safe side: it may count a structure deeper than the parser would,
 * never shallower.
 *
 * The limits are far above what the routebooks use (measured on content/ when
 * they were set: indentation 6 columns, quotes 1 deep, `:::` blocks 1 deep,
 * emphasis 3 markers open, brackets 2 deep, tables of 3 columns and 24 cells).
 */
import type { Problem } from "../problems/problems.ts";

export const MARKDOWN_LIMITS = {
  /** Lists, quotes and `:::` blocks inside each other; two columns of indentation count as one level. */
  depth: 20,
  /** Emphasis markers (`*`, `_`) open at once in one paragraph, and the length of one run of them. */
  emphasis: 20,
  /** Square brackets open at once in one paragraph: link texts, `:redactie[…]` and the like. */
  brackets: 20,
  /** Columns of one table. */
  columns: 64,
  /** Cells of one table, header included. */
  cellsPerTable: 2_000,
  /** Cells of all tables of one file. */
  cellsPerFile: 10_000,
} as const;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CONTAINER_OPEN = /^\s*:{3,}\s*[A-Za-z]/;
const CONTAINER_CLOSE = /^\s*:{3,}\s*$/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const THEMATIC_BREAK = /^\s*(?:[*_-]\s*){3,}$/;
const DELIMITERS = /[*_]+/g;
const SPACE = /\s/;
const SPACE_OR_PUNCTUATION = /[\s\p{P}\p{S}]/u;

const TOO_DEEP_HINT = "write it flatter: fewer lists, quotes or `:::` blocks inside each other";

/** The columns of a leading run of spaces and tabs (a tab to the next multiple of 4), and its length. */
function indentation(line: string, from: number): { columns: number; end: number } {
  let columns = 0;
  let end = from;
  for (; end < line.length; end++) {
    if (line[end] === " ") columns++;
    else if (line[end] === "\t") columns += 4 - (columns % 4);
    else break;
  }
  return { columns, end };
}

/** How deep the start of a line nests: its quote and list markers, plus one level per two columns of indentation. */
function prefixDepth(line: string): number {
  const first = indentation(line, 0);
  let depth = Math.floor(first.columns / 2);
  let at = first.end;
  for (;;) {
    if (line[at] === ">") {
      depth++;
      at++;
    } else {
      const marker = LIST_MARKER.exec(line.slice(at, at + 11));
      if (!marker) return depth;
      depth++;
      at += marker[0].length;
    }
    at = indentation(line, at).end;
  }
}

/** The cells of a GFM table's delimiter row (`| --- | :-: |`), or 0 when the line is not one. */
function delimiterColumns(line: string): number {
  const row = line.trim();
  if (!row.includes("|") || !row.includes("-")) return 0;
  for (const char of row) if (!"|:- \t".includes(char)) return 0;
  const inner = row.replace(/^\|/, "").replace(/\|$/, "");
  const cells = inner.split("|");
  return cells.every((cell) => cell.includes("-")) ? cells.length : 0;
}

/**
 * The first structure of `source` beyond MARKDOWN_LIMITS, as a problem at its
 * line; an empty list when the text may be parsed.
 */
export function markdownLimitProblems(source: string, file: string): Problem[] {
  const lines = source.split("\n");
  const at = (index: number, column: number, message: string, hint: string): Problem[] => [
    { file, line: index + 1, column, message, hint },
  ];
  let index = 0;
  // A frontmatter is YAML, with its own limits (markdown/yaml.ts).
  if (/^---\s*$/.test(lines[0] ?? "")) {
    index = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line)) + 1;
    if (index === 0) index = lines.length;
  }
  let fence: string | undefined;
  let containers = 0;
  let open = 0;
  let brackets = 0;
  let fileCells = 0;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (line.trim() === "") {
      open = 0;
      brackets = 0;
      continue;
    }
    if (CONTAINER_OPEN.test(line)) containers++;
    else if (CONTAINER_CLOSE.test(line)) containers = Math.max(0, containers - 1);
    const depth = containers + prefixDepth(line);
    if (depth > MARKDOWN_LIMITS.depth) {
      return at(
        index,
        1,
        `lists, quotes and \`:::\` blocks nest ${depth} levels deep here, more than the ${MARKDOWN_LIMITS.depth} ` +
          "the content format allows (two columns of indentation count as one level)",
        TOO_DEEP_HINT,
      );
    }

    const columns = delimiterColumns(line);
    if (columns > 0) {
      if (columns > MARKDOWN_LIMITS.columns) {
        return at(
          index,
          1,
          `this table has ${columns} columns, more than the ${MARKDOWN_LIMITS.columns} the content format allows`,
          "split the table, or make it a list",
        );
      }
      let rows = 2;
      while (index + 1 < lines.length && lines[index + 1]!.trim() !== "") {
        index++;
        rows++;
      }
      const cells = rows * columns;
      fileCells += cells;
      if (cells > MARKDOWN_LIMITS.cellsPerTable) {
        return at(
          index - rows + 2,
          1,
          `this table has ${cells} cells, more than the ${MARKDOWN_LIMITS.cellsPerTable} one table may have`,
          "split the table into smaller ones",
        );
      }
      if (fileCells > MARKDOWN_LIMITS.cellsPerFile) {
        return at(
          index - rows + 2,
          1,
          `the tables of this file have more than ${MARKDOWN_LIMITS.cellsPerFile} cells together`,
          "split the file, or the tables",
        );
      }
      open = 0;
      continue;
    }

    for (let column = 0; column < line.length; column++) {
      const char = line[column];
      if (char === "\\") column++;
      else if (char === "]") brackets = Math.max(0, brackets - 1);
      else if (char === "[" && ++brackets > MARKDOWN_LIMITS.brackets) {
        return at(
          index,
          column + 1,
          `square brackets are nested more than ${MARKDOWN_LIMITS.brackets} deep here`,
          "close each link text or marker before the next one opens",
        );
      }
    }
    if (THEMATIC_BREAK.test(line)) continue;
    for (const run of line.matchAll(DELIMITERS)) {
      const length = run[0].length;
      const before = line[run.index - 1];
      const after = line[run.index + length];
      const opens = after !== undefined && !SPACE.test(after) && (before === undefined || SPACE_OR_PUNCTUATION.test(before));
      const closes = before !== undefined && !SPACE.test(before) && (after === undefined || SPACE_OR_PUNCTUATION.test(after));
      if (opens && !closes) open += length;
      else if (closes && !opens) open = Math.max(0, open - length);
      if (length > MARKDOWN_LIMITS.emphasis || open > MARKDOWN_LIMITS.emphasis) {
        return at(
          index,
          run.index + 1,
          `emphasis (\`*\` or \`_\`) is nested more than ${MARKDOWN_LIMITS.emphasis} markers deep here`,
          "close each emphasis before the next one opens",
        );
      }
    }
  }
  return [];
}

/**
 * Limits on a flow (flow.md), checked on its text before it is parsed. The largest
 * real flow has 26 steps; a synthetic flow of 2,000 steps is checked by `routeboek
 * check` in 4–5 s of CPU on a 2-core machine.
 */
export const FLOW_LIMITS = {
  /** Steps of one flow: its level-2 headings. */
  steps: 2_000,
} as const;

/** A line that may be a level-2 heading: `## …` (ATX), or a `-` underline below a line of text (setext). */
const ATX_LEVEL_2 = /^ {0,3}##(?:[ \t]|$)/;
const SETEXT_LEVEL_2 = /^ {0,3}-+[ \t]*$/;
/** The frontmatter's fences as micromark-extension-frontmatter reads them: `---` at the first column, then only spaces. */
const FRONTMATTER_FENCE = /^---[ \t]*$/;

/**
 * The first step of `source` beyond FLOW_LIMITS.steps, as a problem at its heading's
 * line; an empty list when the flow may be parsed. One pass over the lines that errs
 * on the safe side: every line that may start a step counts, in a code block, an HTML
 * block or a `:::` block too, so the count is never lower than the steps the parser
 * would find.
 */
export function flowLimitProblems(source: string, file: string): Problem[] {
  // micromark ends a line at CR, LF or CRLF; so does this count, so its line numbers are the parser's.
  const lines = source.split(/\r\n|\r|\n/);
  let index = 0;
  if (FRONTMATTER_FENCE.test(lines[0] ?? "")) {
    // An unclosed frontmatter is no frontmatter to the parser: then its lines count too.
    const close = lines.findIndex((line, i) => i > 0 && FRONTMATTER_FENCE.test(line));
    if (close > 0) index = close + 1;
  }
  let steps = 0;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const heading = ATX_LEVEL_2.test(line) || (SETEXT_LEVEL_2.test(line) && (lines[index - 1] ?? "").trim() !== "");
    if (heading && ++steps > FLOW_LIMITS.steps) {
      return [
        {
          file,
          line: index + 1,
          column: 1,
          message: `this heading starts step ${steps} of the flow, more than the ${FLOW_LIMITS.steps} steps a flow may have`,
          hint: "check that this is the right file; a larger tool must be split over more than one routebook",
        },
      ];
    }
  }
  return [];
}

/** Whether `source` is within the limits: the parser's own guard, for callers that report problems elsewhere. */
export const withinMarkdownLimits = (source: string) => markdownLimitProblems(source, "").length === 0;

/** All Markdown of one routebook together (routeboek.md, flow.md, its documents), in MB; content/ used 0.06 MB. */
export const ROUTEBOOK_MARKDOWN_MB = 24;

export type MarkdownBudget = (file: string, source: string) => Problem | undefined;

/**
 * Counts the Markdown of one routebook as it is read; the file that takes it
 * past ROUTEBOOK_MARKDOWN_MB is a problem and is not read. Each file has its
 * own limit too (content-file.ts), but thirty files each under it would not.
 */
export function markdownBudget(): MarkdownBudget {
  let used = 0;
  return (file, source) => {
    used += Buffer.byteLength(source);
    if (used <= ROUTEBOOK_MARKDOWN_MB * 1024 * 1024) return undefined;
    return {
      file,
      message: `takes the routebook's Markdown past the ${ROUTEBOOK_MARKDOWN_MB} MB all its files together may have`,
      hint: "split the routebook, or check that the file is the right one",
    };
  };
}
