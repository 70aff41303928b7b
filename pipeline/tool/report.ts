import type { ImportedFlow, ImportNote } from "./types.ts";

/** A short report for the maintainer: what was imported and what needs a look, by page. */
export function importReport(flow: ImportedFlow, notes: readonly ImportNote[], source: string): string {
  const options = flow.steps.reduce((sum, step) => sum + step.options.length, 0);
  const ends = flow.steps.filter((step) => step.end).length;
  const lines = [
    `# Import of ${source}`,
    "",
    `${flow.steps.length} steps, ${options} options, ${ends} end steps. Start: \`${flow.start}\`.`,
    "",
    notes.length ? "## To review" : "Nothing needed review.",
    "",
    ...[...notes].sort((a, b) => a.page - b.page).map((note) => `- page ${note.page}: ${note.message}`),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}
