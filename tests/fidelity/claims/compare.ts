// The differences between a claims record and the content's claims, one line per place and kind:
// what the record says and what the content says, only the claims that differ.
import { CLAIM_KINDS, type ClaimKind, noClaims } from "./claims.ts";
import type { ClaimsPlace } from "./places.ts";
import { collapse } from "../records/table.ts";

export interface ClaimsDifference {
  file: string;
  place: string;
  message: string;
}

const NAMES: Record<ClaimKind, string> = { negations: "negations", numbers: "numbers", roles: "roles and bodies" };

/** The claims of `these` that `those` lacks, one for one (multisets). */
function minus(these: readonly string[], those: readonly string[]): string[] {
  const free = [...those];
  return these.filter((claim) => {
    const index = free.indexOf(claim);
    if (index < 0) return true;
    free.splice(index, 1);
    return false;
  });
}

const said = (claims: readonly string[]) => (claims.length ? claims.map((claim) => `"${claim}"`).join(", ") : "nothing");

/** Each place of the content against the record, by file and place. */
export function compareClaims(record: readonly ClaimsPlace[], content: readonly ClaimsPlace[]): ClaimsDifference[] {
  const key = (place: ClaimsPlace) => `${place.file}\u0000${collapse(place.place)}`;
  const recorded = new Map(record.map((place) => [key(place), place]));
  const actual = new Map(content.map((place) => [key(place), place]));
  const differences: ClaimsDifference[] = [];
  for (const id of new Set([...recorded.keys(), ...actual.keys()])) {
    const before = recorded.get(id);
    const after = actual.get(id);
    const { file, place } = (after ?? before)!;
    for (const kind of CLAIM_KINDS) {
      const was = before?.claims[kind] ?? noClaims()[kind];
      const is = after?.claims[kind] ?? noClaims()[kind];
      const gone = minus(was, is);
      const come = minus(is, was);
      if (!gone.length && !come.length) continue;
      differences.push({ file, place, message: `${NAMES[kind]}: record says ${said(gone)}, content says ${said(come)}` });
    }
  }
  return differences;
}
