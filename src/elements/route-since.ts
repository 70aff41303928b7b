import { dutchDate, startDate } from "../../shared/phases/timeline.ts";
import type { EarlierRoute, Marked, RouteData } from "../../shared/route/data.ts";
import type { Visit } from "../../shared/route/history.ts";

/**
 * A route address of an earlier edition the site keeps: how the notice and the case note name that edition, and
 * which of its recorded changes lie on the route.
 */

/** The earlier edition an address was written in, as the notice names it: "de editie van 1 september 2025 (versie 2)". */
export function editionName(earlier: EarlierRoute): string {
  const day = startDate(earlier.recorded);
  return `de editie van ${day ? dutchDate(day) : earlier.recorded}${earlier.versionLabel ? ` (${earlier.versionLabel})` : ""}`;
}

/** The changes since an earlier edition at a step the route passed (its start, each answer's step and where it led). */
export function changesOnTheWay(data: RouteData, earlier: EarlierRoute, visits: readonly Visit[]): Marked[] {
  const passed = new Set([data.start, ...visits.flatMap((visit) => [visit.step, visit.to])]);
  return earlier.changes.filter((change) => change.steps.some((step) => passed.has(step))).map((change) => change.text);
}
