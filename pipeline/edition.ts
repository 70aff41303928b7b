import { dutchDateLabel, type PartialDate } from "./dates/date.ts";

/** What the site knows about a routebook's or document's edition. */
export interface Edition {
  version?: string | undefined;
  date?: PartialDate | undefined;
}

/**
 * The edition in Dutch, e.g. "versie 2.1 · maart 2024", or undefined when neither
 * is known. A date that only repeats the version ("september 2025") is left out.
 * The one definition: pages, the Verantwoording's list and route.json (the case note) use it.
 */
export function editionLabel({ version, date }: Edition): string | undefined {
  const parts: string[] = [];
  if (version) parts.push(`versie ${version}`);
  const dateLabel = date ? dutchDateLabel(date) : undefined;
  if (dateLabel && dateLabel.toLowerCase() !== version?.trim().toLowerCase()) parts.push(dateLabel);
  return parts.length ? parts.join(" · ") : undefined;
}
