/**
 * The diff of two editions for people and programs: readable text for a
 * terminal, Markdown for a pull-request comment, JSON for other tools. All
 * three say each change with describe.ts, so they never disagree.
 */
import type { Change } from "./changes.ts";
import { describeChange, type Part, partsAsText } from "./describe.ts";
import type { Edition } from "../schema/edition.ts";

/** The diff of one routebook: which two editions, and what changed between them. */
export interface RoutebookDiff {
  routebook: string;
  title: string;
  /** Absent when the routebook is new in the newer edition. */
  from?: Edition;
  /** Absent when the routebook is gone from the newer edition. */
  to?: Edition;
  changes: Change[];
}

export const FORMATS = ["text", "markdown", "json"] as const;
export type Format = (typeof FORMATS)[number];

function editionName(edition: Edition | undefined): string {
  if (!edition) return "geen";
  const version = [edition.version && `versie ${edition.version}`, edition.date].filter(Boolean).join(", ");
  return `${edition.hash}${version ? ` (${version})` : ""}`;
}

function summary(diff: RoutebookDiff): string {
  if (!diff.from) return "nieuw routeboek";
  if (!diff.to) return "routeboek vervallen";
  const count = diff.changes.length;
  return count === 0 ? "geen wijzigingen" : `${count} ${count === 1 ? "wijziging" : "wijzigingen"}`;
}

export function diffAsText(diffs: readonly RoutebookDiff[]): string {
  if (diffs.length === 0) return "Geen routeboeken om te vergelijken.\n";
  return diffs
    .map((diff) => {
      const head = `${diff.routebook}: ${summary(diff)} (editie ${editionName(diff.from)} → ${editionName(diff.to)})`;
      return [head, ...diff.changes.map((change) => `  - ${partsAsText(describeChange(change))}`)].join("\n");
    })
    .join("\n\n")
    .concat("\n");
}

/** Characters Markdown would read as markup, escaped so a routebook's words show as they are. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`);

function partsAsMarkdown(parts: readonly Part[]): string {
  return parts
    .map((part) => {
      if (typeof part === "string") return escapeMarkdown(part);
      if ("url" in part) return `<${part.url.replace(/[<>\s]/g, encodeURIComponent)}>`;
      if ("step" in part) {
        const quote = `„${escapeMarkdown(part.step.title)}”${part.step.editorialTitle ? " _(redactie)_" : ""}`;
        return `${quote} (\`${part.step.id}\`)`;
      }
      return `„${escapeMarkdown(part.quote)}”${part.editorial ? " _(redactie)_" : ""}`;
    })
    .join("")
    .trim();
}

export function diffAsMarkdown(diffs: readonly RoutebookDiff[]): string {
  const lines = ["## Wijzigingen in de routeboeken", ""];
  if (diffs.length === 0) lines.push("Geen routeboeken om te vergelijken.");
  for (const diff of diffs) {
    lines.push(`### ${escapeMarkdown(diff.title)} (\`${diff.routebook}\`): ${summary(diff)}`, "");
    lines.push(`Editie \`${editionName(diff.from)}\` → \`${editionName(diff.to)}\``, "");
    for (const change of diff.changes) lines.push(`- ${partsAsMarkdown(describeChange(change))}`);
    if (diff.changes.length) lines.push("");
  }
  lines.push("_Tekst tussen „ en ” is van het routeboek; de rest is van de site. Gemaakt door `routeboek diff`._");
  return `${lines.join("\n")}\n`;
}

const editionHead = (edition: Edition | undefined) =>
  edition && {
    hash: edition.hash,
    recorded: edition.recorded,
    version: edition.version,
    date: edition.date,
    routeEdition: edition.routeEdition,
  };

export function diffAsJson(diffs: readonly RoutebookDiff[]): string {
  return `${JSON.stringify(
    diffs.map((diff) => ({
      routebook: diff.routebook,
      title: diff.title,
      from: editionHead(diff.from) ?? null,
      to: editionHead(diff.to) ?? null,
      changes: diff.changes.map((change) => ({ ...change, text: partsAsText(describeChange(change)) })),
    })),
    null,
    2,
  )}\n`;
}

export const FORMATTERS: Record<Format, (diffs: readonly RoutebookDiff[]) => string> = {
  text: diffAsText,
  markdown: diffAsMarkdown,
  json: diffAsJson,
};
