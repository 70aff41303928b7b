import type { ImportedFlow, ImportedStep, ImportNote } from "./types.ts";

/** Escapes what Markdown would read as markup, so imported text stays text. */
function text(value: string): string {
  return value
    .replace(/([\\`*_[\]<>])/g, "\\$1")
    .replace(/^([#>+-]|\d+[.)])(\s)/, "\\$1$2")
    .replace(/:(?=\p{L})/gu, "\\:"); // ":word" would start a directive
}

function stepMarkdown(step: ImportedStep): string {
  const parts = [`## ${text(step.title)} {#${step.id}}`, `<!-- pagina ${step.page} -->`];
  for (const block of step.body) {
    parts.push("paragraph" in block ? text(block.paragraph) : block.list.map((item) => `* ${text(item)}`).join("\n"));
  }
  if (step.phase) parts.push(`**Fase:** ${step.phase.name}${step.phase.duration ? ` · looptijd ${step.phase.duration}` : ""}`);
  if (step.actions.length === 1) parts.push(`**Actie:** ${text(step.actions[0]!)}`);
  if (step.actions.length > 1) parts.push("**Acties:**", step.actions.map((action, i) => `${i + 1}. ${text(action)}`).join("\n"));
  if (step.options.length) parts.push(step.options.map((option) => `- [${text(option.label)}](#${option.to})`).join("\n"));
  if (step.references.length) {
    parts.push("**Lees verder:**", step.references.map((r) => `- ${text(r.chapter ? `${r.document}, ${r.chapter}` : r.document)}`).join("\n"));
  }
  if (step.links.length) parts.push("**Links:**", step.links.map((link) => `- [${text(link.label)}](<${link.url}>)`).join("\n"));
  if (step.end) parts.push(step.endText ? `**Einde:** ${text(step.endText)}` : "**Einde**");
  return parts.join("\n\n");
}

/** An imported flow in the project's Markdown flow format, ready for review and `routeboek check`. */
export function flowToMarkdown(flow: ImportedFlow, source: string): string {
  const title = JSON.stringify(flow.title);
  const header = `---\ntitle: ${title}\nstart: ${flow.start}\n---\n\n<!-- Imported from ${source} by routeboek import-tool. Review every step before publishing. -->`;
  return `${[header, ...flow.steps.map(stepMarkdown)].join("\n\n")}\n`;
}

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
