/**
 * Where a build finds the editions earlier builds published: in the last good
 * site (the output folder it is about to replace), and in `ROUTEBOEK_EDITIONS`,
 * a folder laid out like a site (`<id>/data/edities/<hash>.json`), for a build
 * on a fresh machine that has a copy of the published editions. An edition that
 * cannot be read is a warning: the change page then starts from the next one.
 */
import { formatProblem } from "../../pipeline/problems/problems.ts";
import { readSiteEditions, sortByRecorded } from "../../pipeline/editions/read.ts";
import type { Edition } from "../../pipeline/schema/edition.ts";
import type { Routebook } from "../../pipeline/model/model.ts";

/** The editions kept in `folders`, one of each hash per routebook, oldest first, and a warning per file that cannot be used. */
export async function keptEditions(folders: readonly string[]): Promise<{ editions: Map<string, Edition[]>; warnings: string[] }> {
  const editions = new Map<string, Map<string, Edition>>();
  const warnings: string[] = [];
  for (const folder of folders) {
    const read = await readSiteEditions(folder);
    warnings.push(...read.problems.map((problem) => `${formatProblem(problem)} (this edition is left out of the change page)`));
    for (const [id, list] of read.editions) {
      const byHash = editions.get(id) ?? new Map<string, Edition>();
      // The first folder wins (the published site before the extra folder): its day is when the site showed it.
      for (const edition of list) if (!byHash.has(edition.hash)) byHash.set(edition.hash, edition);
      editions.set(id, byHash);
    }
  }
  return { editions: new Map([...editions].map(([id, byHash]) => [id, sortByRecorded([...byHash.values()])])), warnings };
}

/** The routebooks with the editions kept of each. */
export const withEarlierEditions = (routebooks: readonly Routebook[], editions: ReadonlyMap<string, Edition[]>): Routebook[] =>
  routebooks.map((routebook) => {
    const earlier = editions.get(routebook.id);
    return earlier?.length ? { ...routebook, earlierEditions: earlier } : routebook;
  });
