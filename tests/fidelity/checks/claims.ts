// Our own words have no source to be compared with, so what they claim is reviewed data: the claims of
// every place of the editors' text (negations, numbers, roles) must equal its record in
// tests/fidelity/claims/<id>.md. The record sits outside content/, so a changed claim fails here.
import { existsSync, readFileSync } from "node:fs";
import { compareClaims } from "../claims/compare.ts";
import { claimsPlaces } from "../claims/places.ts";
import { claimsFile, claimsPath, parseClaims } from "../claims/record.ts";
import { WRITE_COMMAND } from "../records/table.ts";
import type { FidelityCheck, FidelityInput, FidelityProblem } from "../types.ts";

const rewrite = `if the change is meant, rewrite the record with \`${WRITE_COMMAND}\` and commit it with the content`;

/** The problems of a routebook's claims against a record's text; `record` is undefined when there is none. */
export function claimsProblems(
  input: Pick<FidelityInput, "root" | "routebook" | "seed" | "files">,
  record: string | undefined,
): FidelityProblem[] {
  const { id } = input.routebook;
  const problem = (file: string, where: string, message: string): FidelityProblem => ({ check: "claims", file, where, message });
  if (record === undefined) {
    const what = `write it with \`${WRITE_COMMAND}\`, review it and commit it`;
    return [problem(claimsFile(id), "", `no claims record for this routebook: ${what}`)];
  }
  const { places, unreadable } = parseClaims(record);
  return [
    ...unreadable.map((line) => problem(claimsFile(id), `line ${line.line}`, `cannot read the record: ${line.text}`)),
    ...compareClaims(places, claimsPlaces(input)).map((difference) =>
      problem(
        `content/${id}/${difference.file}`.replace(`content/${id}/../`, "content/"),
        difference.place,
        `the editors' words claim otherwise than ${claimsFile(id)}: ${difference.message}; ${rewrite}`,
      ),
    ),
  ];
}

/** Reads the record from disk: the one piece of I/O, kept to this small, synchronous read. */
export const claims: FidelityCheck = (input) => {
  const file = claimsPath(input.routebook.id);
  return claimsProblems(input, existsSync(file) ? readFileSync(file, "utf8") : undefined);
};
