import type { Change } from "../editions/changes.ts";
import { diffEditions } from "../editions/diff.ts";
import type { Edition } from "../schema/edition.ts";
import { editionOf } from "../editions/snapshot.ts";
import type { Routebook } from "../model/model.ts";

/** What the site shows of a routebook's editions: the change page, the open data, "gewijzigd op". */
export interface RoutebookEditions {
  current: Edition;
  /** Every edition the site keeps, newest first; the current one first. */
  kept: Edition[];
  /** For each earlier edition, newest first: what changed since it, up to the current edition. */
  since: { edition: Edition; changes: Change[] }[];
}

const derived = new WeakMap<Routebook, RoutebookEditions>();

/**
 * The editions of a routebook as of `today`. The current edition keeps the day
 * an earlier build first published it; an edition new in this build gets today.
 */
export function routebookEditions(routebook: Routebook, today: string): RoutebookEditions {
  const known = derived.get(routebook);
  if (known) return known;
  const earlier = routebook.earlierEditions ?? [];
  const fresh = editionOf(routebook, today);
  const same = earlier.find((edition) => edition.hash === fresh.hash);
  const current = same ? { ...fresh, recorded: same.recorded } : fresh;
  const older = earlier.filter((edition) => edition.hash !== current.hash).reverse();
  const result = {
    current,
    kept: [current, ...older],
    since: older.map((edition) => ({ edition, changes: diffEditions(edition, current) })),
  };
  derived.set(routebook, result);
  return result;
}
