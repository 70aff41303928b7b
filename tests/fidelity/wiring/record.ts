// A routebook's wiring record: every answer of its flow with the step it leads to, whether the
// source shows that target ("bron") or the editors inferred it ("afgeleid", with their reason),
// ordered by the source page the step was made from. Written as a Markdown table that a reviewer
// reads beside the source; the wiring check (tests/fidelity/checks/wiring.ts) compares it with the flow.
import { fileURLToPath } from "node:url";
import type { Step } from "../../../pipeline/schema/step.ts";
import { cell, collapse, type Unreadable, tableRows, WRITE_COMMAND } from "../records/table.ts";
import type { FidelityInput } from "../types.ts";

export { collapse, type Unreadable, WRITE_COMMAND };

/** Where the records live: outside content/, so a changed flow cannot carry its own record along. */
export const WIRING_DIR = "tests/fidelity/wiring";

/** The record's path as messages name it, relative to the project. */
export const recordFile = (id: string) => `${WIRING_DIR}/${id}.md`;
/** The record's path on disk, wherever the process was started: the records sit beside this module. */
export const recordPath = (id: string) => fileURLToPath(new URL(`./${id}.md`, import.meta.url));

/** The kinds of target: shown by the source, or inferred by the editors. */
export type WiringKind = "bron" | "afgeleid";

/** One answer of one step, as the record lists it. */
export interface WiringRow {
  /** The source page(s) or section the step was made from, as a reader finds them. */
  source: string;
  step: string;
  /** The answer's label, as flow.md writes it: `:redactie[…]` around a label of the editors. */
  answer: string;
  /** The step the answer leads to. */
  to: string;
  kind: WiringKind;
  /** The editors' reason for an inferred target, verbatim; empty for "bron". */
  reason: string;
  /** The answer's line in flow.md; not part of the record, for messages only. */
  line?: number;
}

const COLUMNS = ["Bron", "Stap", "Antwoord", "→ Stap", "Soort", "Reden (afgeleid)"] as const;

/** "9, 10, 11" → "9–11": runs of pages as a reader writes them. */
function pageRuns(pages: readonly number[]): string {
  const runs: number[][] = [];
  for (const page of [...pages].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && page === run.at(-1)! + 1) run.push(page);
    else runs.push([page]);
  }
  return runs.map((run) => (run.length > 1 ? `${run[0]}–${run.at(-1)}` : `${run[0]}`)).join(", ");
}

/** The first words of a summary's section, so that a reader finds it in the source text. */
function sectionHead(text: string): string {
  const words = collapse(text.replace(/[\uFFFD\p{Cc}]/gu, " ")).split(" ");
  return words.length > 8 ? `${words.slice(0, 8).join(" ")} …` : words.join(" ");
}

type Input = Pick<FidelityInput, "routebook" | "source" | "pages">;

/** Where a step comes from in the source, and a number to order the record by. */
function sourceOfStep(step: Step, { source, pages }: Input): { where: string; order: number } {
  const numbers = source.pagesOf?.[step.id];
  if (numbers?.length) {
    const order = Math.min(...numbers);
    if (source.kind === "tool") return { where: `p. ${pageRuns(numbers)}`, order };
    return { where: numbers.map((n) => `§${n} "${sectionHead(pages[n - 1] ?? "")}"`).join("; "), order };
  }
  // No page map (Den Haag's stations): the step's own "Lees verder" says which part of the source it is.
  const chapters = step.references.map((reference) => reference.chapter ?? reference.document);
  const order = Number(/^\d+/.exec(chapters[0] ?? "")?.[0] ?? Number.POSITIVE_INFINITY);
  return { where: chapters.length ? `Lees verder: ${chapters.join("; ")}` : "(geen)", order };
}

/** The record's rows for a routebook's flow as it is: ordered by source page, then as the flow has them. */
export function wiringRows(input: Input): WiringRow[] {
  const steps = input.routebook.flow.steps.map((step, index) => ({ step, index, ...sourceOfStep(step, input) }));
  steps.sort((a, b) => a.order - b.order || a.index - b.index);
  return steps.flatMap(({ step, where }) =>
    step.options.map((option) => ({
      source: collapse(where),
      step: step.id,
      answer: collapse(option.editorialLabel ? `:redactie[${option.label}]` : option.label),
      to: option.to,
      kind: option.inferred ? "afgeleid" : "bron",
      reason: collapse(option.inferred?.reason ?? ""),
      line: option.place.line,
    })),
  );
}

const cellsOf = (row: WiringRow) => [row.source, row.step, row.answer, row.to, row.kind, row.reason];

/** The record file's text: what it is and how to change it, then the table. */
export function renderRecord(input: Input, rows: readonly WiringRow[]): string {
  const { id } = input.routebook;
  const where =
    input.source.kind === "tool"
      ? "page (p.)"
      : input.source.pagesOf
        ? "section (§, as tests/fidelity/sources.ts splits the text)"
        : 'station (its "Lees verder")';
  return [
    `# Wiring of ${id}: where each answer leads`,
    "",
    `Reviewed data. Every answer of \`content/${id}/flow.md\`, with the step it leads to, ordered by the source`,
    `${where} the step was made from (source text: \`${input.source.seedFile}\`). Read it beside the source.`,
    "",
    '- Soort "bron": the source shows where the answer leads: a button ("Ga naar vervolgstap …") or its own sequence.',
    '- Soort "afgeleid": the editors chose the target; the reason is the flow\'s `:afgeleid[…]`, verbatim.',
    "- An answer label in `:redactie[…]` is the editors' words, not the source's.",
    "",
    "The fidelity test (tests/fidelity/checks/wiring.ts) fails while this table and the flow differ. To change the",
    `wiring, edit the flow, run \`${WRITE_COMMAND}\`, and commit this file with the flow, so review sees the change.`,
    "",
    `| ${COLUMNS.join(" | ")} |`,
    `|${COLUMNS.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${cellsOf(row).map(cell).join(" | ")} |`),
    "",
  ].join("\n");
}

/** A record's rows, or the lines it cannot read (1-based), for a message that says where to look. */
export function parseRecord(text: string): { rows: WiringRow[]; unreadable: Unreadable[] } {
  const rows: WiringRow[] = [];
  const table = tableRows(text, COLUMNS);
  const unreadable: Unreadable[] = [...table.unreadable];
  for (const { cells: parts, line } of table.rows) {
    const [source, step, answer, to, kind, reason] = parts;
    if (kind !== "bron" && kind !== "afgeleid") {
      const text = `expected a kind "bron" or "afgeleid": ${collapse(parts.join(" | ")).slice(0, 80)}`;
      unreadable.push({ line, text });
      continue;
    }
    rows.push({ source: source!, step: step!, answer: answer!, to: to!, kind, reason: reason! });
  }
  return { rows, unreadable };
}
