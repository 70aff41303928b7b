import { graphProblems } from "../flow/graph.ts";
import type { ImportedFlow, ImportNote } from "./types.ts";

/**
 * The flow checks `routeboek check` will run on the imported flow, by tool page:
 * a tool whose buttons go round in a loop, or lead to no end, needs review now,
 * not after the maintainer has written flow.md into the content.
 */
export function reviewGraph(flow: ImportedFlow): ImportNote[] {
  const first = flow.steps.find((step) => step.id === flow.start)?.page ?? flow.steps[0]?.page ?? 1;
  return graphProblems(flow, (step) => ({ file: "", page: step.page }), { file: "", page: first }).map((problem) => ({
    page: problem.page ?? first,
    message: problem.hint ? `${problem.message} — ${problem.hint}` : problem.message,
  }));
}
