import type { Problem } from "./problems/problems.ts";
import type { Place } from "./schema/place.ts";
import { SECTORS, type Sector } from "./schema/routebook.ts";

const isSector = (value: unknown): value is Sector => SECTORS.includes(value as Sector);

/**
 * Reports fields that older `routeboek.md` files used, with the way to write
 * them now. Returns a copy of the data with those fields rewritten, so that the
 * schema checks everything else without reporting the same mistake in its own
 * words. The data is not changed.
 */
export function replaceLegacyFields(
  data: unknown,
  file: string,
  placeOf: (path: readonly PropertyKey[]) => Place,
): { data: unknown; problems: Problem[] } {
  if (data === null || typeof data !== "object" || Array.isArray(data) || !("sector" in data)) return { data, problems: [] };
  const { sector, ...rest } = data as Record<string, unknown>;
  const place = placeOf(["sector"]);
  if ("sectors" in rest) {
    const message = "`sector` is no longer used next to `sectors`";
    return { data: rest, problems: [{ file, ...place, message, hint: "remove `sector`; list every sector under `sectors`" }] };
  }
  const example = isSector(sector) ? sector : SECTORS[0];
  const problem: Problem = {
    file,
    ...place,
    message: "`sector` is now `sectors`, a list of one or more sectors",
    hint: `write \`sectors: [${example}]\``,
  };
  return { data: isSector(sector) ? { ...rest, sectors: [sector] } : rest, problems: [problem] };
}
