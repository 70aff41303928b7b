// A summary's sentences against its "said" record (tests/fidelity/said/<id>.md): a summary sentence
// dropped, or one that no longer says the source sentence it said, changes where that source sentence
// is said. The record sits outside content/, so such a change fails here until review sees it.
import { existsSync, readFileSync } from "node:fs";
import { WRITE_COMMAND } from "../records/table.ts";
import { NOT_SAID, parseSaid, type SaidRow, saidFile, saidPath, saidRows } from "../said/record.ts";
import type { FidelityCheck, FidelityProblem } from "../types.ts";

const CHECK = "said";
const rewrite = `if the change is meant, rewrite the record with \`${WRITE_COMMAND}\` and commit it with the content`;

const keyOf = (row: SaidRow) => `${row.file}\u0000${row.chapter}\u0000${row.source}`;

/** The rows of `from` that `against` lacks, each once per time it lacks it. */
function lacking(from: readonly SaidRow[], against: readonly SaidRow[]): SaidRow[] {
  const left = new Map<string, number>();
  for (const row of against) left.set(`${keyOf(row)}\u0000${row.said}`, (left.get(`${keyOf(row)}\u0000${row.said}`) ?? 0) + 1);
  return from.filter((row) => {
    const key = `${keyOf(row)}\u0000${row.said}`;
    const count = left.get(key) ?? 0;
    left.set(key, count - 1);
    return count <= 0;
  });
}

/** The differences between the record's rows and the content's, as problems. */
export function saidProblems(id: string, record: readonly SaidRow[], content: readonly SaidRow[]): FidelityProblem[] {
  const added = lacking(content, record);
  const gone = lacking(record, content);
  const problem = (row: SaidRow, message: string): FidelityProblem => ({
    check: CHECK,
    file: `content/${id}/${row.file}`,
    where: row.chapter,
    message: `${message} (${saidFile(id)}); ${rewrite}`,
  });
  const now = (row: SaidRow) => (row.said === NOT_SAID ? "nowhere" : `in "${row.said}"`);
  return [
    ...added.map((row) => {
      const before = gone.find((other) => keyOf(other) === keyOf(row));
      return before
        ? problem(row, `the source's "${row.source}" was said in "${before.said}", now ${now(row)}`)
        : problem(row, `the summary's "${row.said}" (with the source's "${row.source}") is not in the record`);
    }),
    ...gone
      .filter((row) => !added.some((other) => keyOf(other) === keyOf(row)))
      .map((row) => problem(row, `the record's "${row.said}" (with the source's "${row.source}") is no longer in the summary`)),
  ];
}

export const said: FidelityCheck = (input) => {
  const rows = saidRows(input);
  if (!rows.length) return [];
  const { id } = input.routebook;
  const path = saidPath(id);
  if (!existsSync(path)) {
    const what = `write it with \`${WRITE_COMMAND}\`, review it and commit it`;
    return [{ check: CHECK, file: saidFile(id), where: "", message: `no said record for this summary: ${what}` }];
  }
  const { rows: record, unreadable } = parseSaid(readFileSync(path, "utf8"));
  return [
    ...unreadable.map(
      (line): FidelityProblem => ({
        check: CHECK,
        file: saidFile(id),
        where: `line ${line.line}`,
        message: `cannot read the record: ${line.text}`,
      }),
    ),
    ...saidProblems(id, record, rows),
  ];
};
