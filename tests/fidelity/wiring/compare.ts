// The differences between a reviewed wiring record and the flow as it is, one line each:
// what the record says and what the flow says, per step and answer.
import { collapse, type WiringRow } from "./record.ts";

export interface WiringDifference {
  step: string;
  message: string;
}

/** The two texts cut to where they differ, with a little context, so a long reason's change is readable. */
export function narrowed(before: string, after: string, context = 25): [string, string] {
  if (before.length + after.length <= 2 * 80) return [before, after];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before.at(-1 - end) === after.at(-1 - end)) end++;
  const cut = (text: string) => {
    const from = Math.max(0, start - context);
    const to = Math.min(text.length, text.length - end + context);
    return `${from > 0 ? "…" : ""}${text.slice(from, to)}${to < text.length ? "…" : ""}`;
  };
  return [cut(before), cut(after)];
}

const at = (row: WiringRow) => (row.line ? ` (flow.md line ${row.line})` : "");

/** A label without the editors' marker, to pair answers whose marker alone changed. */
const bare = (answer: string) => /^:redactie\[(.*)\]$/.exec(answer)?.[1] ?? answer;

function compareRow(recorded: WiringRow, actual: WiringRow): string[] {
  const said: string[] = [];
  const say = (what: string, record: string, flow: string) => {
    if (collapse(record) === collapse(flow)) return;
    const [before, after] = narrowed(collapse(record), collapse(flow));
    said.push(`answer "${actual.answer}" ${what}: record says ${before}, flow says ${after}${at(actual)}`);
  };
  say("label", `"${recorded.answer}"`, `"${actual.answer}"`);
  say("leads to another step", `→ ${recorded.to}`, `→ ${actual.to}`);
  say("kind", recorded.kind, actual.kind);
  if (recorded.kind === "afgeleid" || actual.kind === "afgeleid") {
    say("reason", `"${recorded.reason}"`, `"${actual.reason}"`);
  }
  say("source (its step's pages, tests/fidelity/sources.ts)", recorded.source, actual.source);
  return said;
}

/** Each answer of the flow against the record, matched per step by label, then by place among the unmatched. */
export function compareWiring(record: readonly WiringRow[], flow: readonly WiringRow[]): WiringDifference[] {
  const steps = [...new Set([...record.map((row) => row.step), ...flow.map((row) => row.step)])];
  const differences: WiringDifference[] = [];
  for (const step of steps) {
    const recorded = record.filter((row) => row.step === step);
    const left = flow.filter((row) => row.step === step);
    const pairs: [WiringRow, WiringRow][] = [];
    const unmatched: WiringRow[] = [];
    for (const same of [(a: string, b: string) => a === b, (a: string, b: string) => bare(a) === bare(b)]) {
      for (const row of recorded.filter((row) => !pairs.some(([r]) => r === row))) {
        const index = left.findIndex((candidate) => same(candidate.answer, row.answer));
        if (index >= 0) pairs.push([row, left.splice(index, 1)[0]!]);
      }
    }
    unmatched.push(...recorded.filter((row) => !pairs.some(([r]) => r === row)));
    // As many answers gone as come: their labels changed, in place.
    if (unmatched.length === left.length) {
      pairs.push(...unmatched.map((row, index): [WiringRow, WiringRow] => [row, left[index]!]));
      unmatched.length = 0;
      left.length = 0;
    }
    const before = differences.length;
    for (const [row, actual] of pairs) {
      differences.push(...compareRow(row, actual).map((message) => ({ step, message })));
    }
    // The site shows the answers in the flow's order: a reordering alone is a change a reviewer should see too.
    const order = (rows: readonly WiringRow[]) => rows.map((row) => `"${row.answer}"`).join(", ");
    const shown = flow.filter((row) => row.step === step);
    const inFlowOrder = [...pairs].sort((a, b) => shown.indexOf(a[1]) - shown.indexOf(b[1])).map(([row]) => row);
    if (differences.length === before && !unmatched.length && !left.length && order(inFlowOrder) !== order(recorded)) {
      const message = `answers in another order: record says ${order(recorded)}, flow says ${order(inFlowOrder)}`;
      differences.push({ step, message });
    }
    const answer = (row: WiringRow) => `answer "${row.answer}" → ${row.to} (${row.kind})`;
    for (const row of unmatched) {
      differences.push({ step, message: `${answer(row)} is in the record but not in the flow: dropped` });
    }
    for (const row of left) {
      differences.push({ step, message: `${answer(row)} is in the flow${at(row)} but not in the record: added` });
    }
  }
  return differences;
}
