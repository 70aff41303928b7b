import type { Problem } from "../problems.ts";
import type { Flow } from "../schema/flow.ts";
import type { Step } from "../schema/step.ts";
import { closest } from "../suggest.ts";

/**
 * The structural checks every flow must pass before it is published. Each
 * returns problems pointing at the step or option to fix.
 */
export function checkFlowGraph(flow: Flow, file: string): Problem[] {
  const at = (place: { line: number; column: number }) => ({ file, ...place });
  const problems: Problem[] = [];
  const byId = new Map<string, Step>();

  for (const step of flow.steps) {
    const first = byId.get(step.id);
    if (first) {
      problems.push({
        ...at(step.place),
        message: `step id "${step.id}" is used twice (first at line ${first.place.line})`,
        hint: "give each step its own id in `{#…}`",
      });
    } else {
      byId.set(step.id, step);
    }
  }
  const suggestion = suggester([...byId.keys()]);

  if (!byId.has(flow.start)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: `the start step "${flow.start}" does not exist`,
      hint: suggestion(flow.start) ?? "set `start` in the frontmatter to an existing step id",
    });
  }

  for (const step of flow.steps) {
    if (step.end && step.options.length) {
      problems.push({ ...at(step.place), message: `end step "${step.id}" has options`, hint: "remove the options or the `**Einde**` marker" });
    }
    if (!step.end && !step.options.length) {
      problems.push({
        ...at(step.place),
        message: `step "${step.id}" has no options and is not an end`,
        hint: "add options like `- [Ja](#next-step)`, or mark it as an end with `**Einde:** …`",
      });
    }
    const labels = new Set<string>();
    for (const option of step.options) {
      const key = option.label.toLowerCase();
      if (labels.has(key)) {
        problems.push({ ...at(option.place), message: `option "${option.label}" appears twice in step "${step.id}"`, hint: "give each option its own label" });
      }
      labels.add(key);
      if (!byId.has(option.to)) {
        problems.push({
          ...at(option.place),
          message: `option "${option.label}" leads to step "${option.to}", which does not exist`,
          hint: suggestion(option.to) ?? "point it at the id of an existing step",
        });
      }
    }
  }

  if (!byId.has(flow.start)) return problems;
  const reachable = reach([flow.start], (id) => byId.get(id)?.options.map((o) => o.to) ?? []);
  const predecessors = new Map<string, string[]>();
  for (const step of byId.values()) {
    for (const option of step.options) {
      const before = predecessors.get(option.to);
      if (before) before.push(step.id);
      else predecessors.set(option.to, [step.id]);
    }
  }
  const ends = [...byId.values()].filter((step) => step.end).map((step) => step.id);
  const canFinish = reach(ends, (id) => predecessors.get(id) ?? []);

  for (const step of byId.values()) {
    if (!reachable.has(step.id)) {
      problems.push({
        ...at(step.place),
        message: `step "${step.id}" cannot be reached from the start step "${flow.start}"`,
        hint: "add an option that leads to it, or remove the step",
      });
    } else if (!canFinish.has(step.id) && step.options.length) {
      // A step without options was reported above as a dead end already.
      problems.push({
        ...at(step.place),
        message: `from step "${step.id}" no end can be reached`,
        hint: "give the loop it is in a way out to a step marked `**Einde**`",
      });
    }
  }
  return problems;
}

/** All ids reachable from the roots along `next` (breadth-first). */
function reach(roots: string[], next: (id: string) => string[]): Set<string> {
  const seen = new Set(roots);
  const queue = [...roots];
  // An index, not `shift()`, which moves the whole queue on every call.
  for (let head = 0; head < queue.length; head++) {
    for (const id of next(queue[head]!)) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return seen;
}

/** A suggestion compares with every id; past this many, a flow full of wrong targets would make the check quadratic in the steps. */
const MAX_SUGGESTIONS = 100;

/** "did you mean …?" for the first MAX_SUGGESTIONS wrong ids of one flow. */
function suggester(ids: string[]): (wrong: string) => string | undefined {
  let left = MAX_SUGGESTIONS;
  return (wrong) => {
    if (left-- <= 0) return undefined;
    const near = closest(wrong, ids);
    return near ? `did you mean "${near}"?` : undefined;
  };
}
