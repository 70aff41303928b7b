// The reviewed records' one format: a Markdown table under a header row, one row per line, cells
// apart at unescaped pipes. Shared by the wiring record and the claims record (and their writer).

/** Whitespace never changes meaning here, and a table cell has one line. */
export const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** A cell's text with its pipes and backslashes escaped. */
export const cell = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|");

/** A table row's line. */
export const tableRow = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;

/** A table's header and rule lines. */
export const tableHead = (columns: readonly string[]) => [tableRow(columns), `|${columns.map(() => "---").join("|")}|`];

/** The cells of a table row, split at unescaped pipes, unescaped. */
export function cells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i]!;
    if (char === "\\" && (inner[i + 1] === "|" || inner[i + 1] === "\\")) {
      current += inner[++i];
    } else if (char === "|") {
      out.push(current.trim());
      current = "";
    } else current += char;
  }
  out.push(current.trim());
  return out;
}

/** A line of a record that is no row of its table, with why. */
export interface Unreadable {
  line: number;
  text: string;
}

/**
 * The rows (their cells and 1-based line) of the table whose first heading is `columns[0]`; a row with another
 * number of cells than `columns` is unreadable.
 */
export function tableRows(
  text: string,
  columns: readonly string[],
): { rows: { cells: string[]; line: number }[]; unreadable: Unreadable[] } {
  const lines = text.split("\n");
  const header = lines.findIndex((line) => line.trim().startsWith("|") && cells(line)[0] === columns[0]);
  if (header < 0) return { rows: [], unreadable: [{ line: 1, text: `no table with the header ${tableRow(columns)}` }] };
  const rows: { cells: string[]; line: number }[] = [];
  const unreadable: Unreadable[] = [];
  for (let index = header + 2; index < lines.length; index++) {
    if (!lines[index]!.trim().startsWith("|")) continue;
    const row = { cells: cells(lines[index]!), line: index + 1 };
    const text = `expected ${columns.length} cells: ${collapse(row.cells.join(" | ")).slice(0, 80)}`;
    if (row.cells.length === columns.length) rows.push(row);
    else unreadable.push({ line: row.line, text });
  }
  return { rows, unreadable };
}

/** The command that (re)writes every reviewed record from the current content (tests/fidelity/records/write.ts). */
export const WRITE_COMMAND = "npm run fidelity:records";
