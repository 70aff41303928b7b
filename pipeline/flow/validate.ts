import type { z } from "zod";
import type { Problem } from "../problems/problems.ts";
import { FlowSchema, type Flow } from "../schema/flow.ts";
import { issueProblems, nearestPlace } from "../schema/friendly.ts";
import { StepSchema } from "../schema/step.ts";

/** Everything of a flow but its steps: zod objects drop keys they do not name, so the steps are not read. */
const FlowWithoutStepsSchema = FlowSchema.omit({ steps: true });

/**
 * Validates a flow read from Markdown against FlowSchema, each step on its own:
 * the same problems in the same order and the same result as one
 * `FlowSchema.safeParse` (the steps are the schema's last field, checked in
 * order). Why not in one go: zod's memoizer for recursive schemas (the rich text)
 * keeps a record of every node of its last parse, failed union alternatives
 * included, for as long as the input lives, and the flow lives on as the site's
 * content: 250 MB for 20,000 steps (issue 13, item 8). Step by step, only the
 * last step's record is kept.
 */
export function validateFlow(draft: Flow, file: string): { data?: Flow; problems: Problem[] } {
  const placeOf = (path: readonly PropertyKey[]) => nearestPlace(draft, path, { line: 1, column: 1 });
  // An empty list of steps fails the schema's minimum, which only the whole schema knows.
  if (draft.steps.length === 0) {
    const whole = FlowSchema.safeParse(draft);
    return whole.success ? { data: whole.data, problems: [] } : { problems: issueProblems(whole.error.issues, file, placeOf) };
  }
  const issues: z.core.$ZodIssue[] = [];
  const head = FlowWithoutStepsSchema.safeParse(draft);
  if (!head.success) issues.push(...head.error.issues);
  const steps: Flow["steps"] = [];
  draft.steps.forEach((step, index) => {
    const result = StepSchema.safeParse(step);
    if (result.success) steps.push(result.data);
    else issues.push(...result.error.issues.map((issue) => ({ ...issue, path: ["steps", index, ...issue.path] })));
  });
  if (issues.length) return { problems: issueProblems(issues, file, placeOf) };
  return { data: { ...head.data!, steps }, problems: [] };
}
