// Where each answer leads is reviewed data: the flow's wiring must equal its record in
// tests/fidelity/wiring/<id>.md, target, label, kind and the editors' reason alike. The record
// sits outside content/, so a changed target fails here until the record is rewritten and reviewed.
import { existsSync, readFileSync } from "node:fs";
import { compareWiring } from "../wiring/compare.ts";
import { parseRecord, recordFile, recordPath, WRITE_COMMAND, wiringRows } from "../wiring/record.ts";
import type { FidelityCheck, FidelityInput, FidelityProblem } from "../types.ts";

const rewrite = `if the change is meant, rewrite the record with \`${WRITE_COMMAND}\` and commit it with the flow`;

/** The problems of a routebook's wiring against a record's text; `record` is undefined when there is none. */
export function wiringProblems(
  input: Pick<FidelityInput, "routebook" | "source" | "pages">,
  record: string | undefined,
): FidelityProblem[] {
  const file = recordFile(input.routebook.id);
  const problem = (where: string, message: string): FidelityProblem => ({ check: "wiring", file, where, message });
  if (record === undefined) {
    const what = `write it with \`${WRITE_COMMAND}\`, review it beside the source and commit it`;
    return [problem("", `no wiring record for this routebook: ${what}`)];
  }
  const { rows, unreadable } = parseRecord(record);
  return [
    ...unreadable.map((line) => problem(`line ${line.line}`, `cannot read the record: ${line.text}`)),
    ...compareWiring(rows, wiringRows(input)).map((difference) =>
      problem(difference.step, `${difference.message} (content/${input.routebook.id}/flow.md); ${rewrite}`),
    ),
  ];
}

/** Reads the record from disk: the one piece of I/O, kept to this small, synchronous read. */
export const wiring: FidelityCheck = (input) => {
  const file = recordPath(input.routebook.id);
  return wiringProblems(input, existsSync(file) ? readFileSync(file, "utf8") : undefined);
};
