/**
 * Reading editions back: one file, or every edition a published site keeps
 * (`/<id>/data/edities/<hash>.json`, see pipeline/urls/scheme.ts). Each is read
 * like a content file (a regular file within its size limit), validated, and
 * its hash computed again: an edition edited by hand, or cut off, is refused
 * rather than compared as if it were what the site published.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { readJsonFile } from "../files/json-file.ts";
import type { Problem } from "../problems/problems.ts";
import { EDITION_FILE_PATTERN, editionFolderPath } from "../urls/scheme.ts";
import { EditionSchema, type Edition } from "../schema/edition.ts";
import { contentHash } from "./snapshot.ts";

const HINT = "take the file as the site published it, or leave it out";

export interface EditionRead {
  edition?: Edition;
  problems: Problem[];
}

/** One edition file, validated, with its hash checked against what it says. */
export async function readEditionFile(file: string, within?: string): Promise<EditionRead> {
  const read = await readJsonFile(file, EditionSchema, { ...(within ? { within } : {}), what: "is not an edition", hint: HINT });
  if (!read.value) return { problems: read.problems };
  const { hash, recorded: _day, ...content } = read.value;
  if (contentHash(content) !== hash) {
    return { problems: [{ file, message: `says it is edition ${hash}, but its content is not`, hint: HINT }] };
  }
  return { edition: read.value, problems: [] };
}

/** The editions a site folder keeps, by routebook id, oldest recorded first; nothing (and no problem) where it keeps none. */
export async function readSiteEditions(site: string): Promise<{ editions: Map<string, Edition[]>; problems: Problem[] }> {
  const editions = new Map<string, Edition[]>();
  const problems: Problem[] = [];
  const entries = await readdir(site, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.filter((each) => each.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const folder = join(site, editionFolderPath(entry.name));
    const files = await readdir(folder).catch(() => []);
    const kept: Edition[] = [];
    for (const name of files.filter((file) => EDITION_FILE_PATTERN.test(file)).sort()) {
      const read = await readEditionFile(join(folder, name), site);
      problems.push(...read.problems);
      if (!read.edition) continue;
      if (read.edition.routebook !== entry.name) {
        problems.push({
          file: join(folder, name),
          message: `is an edition of ${read.edition.routebook}, not of ${entry.name}`,
          hint: HINT,
        });
        continue;
      }
      kept.push(read.edition);
    }
    if (kept.length) editions.set(entry.name, sortByRecorded(kept));
  }
  return { editions, problems };
}

/** Oldest first, by the day each was recorded, then by hash so the order never depends on the file system. */
export const sortByRecorded = (editions: readonly Edition[]) =>
  [...editions].sort((a, b) => a.recorded.localeCompare(b.recorded) || a.hash.localeCompare(b.hash));
