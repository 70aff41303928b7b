import type { Problem } from "../problems/problems.ts";
import type { Flow } from "../schema/flow.ts";
import type { Step } from "../schema/step.ts";
import { closest } from "../problems/suggest.ts";

const END = "`**Einde**`";

/** What the graph checks read of a step: its id, whether it ends the route, and where its options lead. */
export interface GraphStep {
  id: string;
  end: boolean;
  options: readonly { label: string; to: string }[];
}

/** Where a problem about a step, or about one of its options, is reported. */
export type GraphPlace<S extends GraphStep> = (step: S, option?: number) => Omit<Problem, "message" | "hint">;

/**
 * The structural checks every flow must pass before it is published. Each
 * returns problems pointing at the step or option to fix.
 */
export function checkFlowGraph(flow: Flow, file: string): Problem[] {
  const place: GraphPlace<Step> = (step, option) => ({
    file,
    ...(option === undefined ? step.place : step.options[option]!.place),
  });
  return graphProblems({ start: flow.start, steps: flow.steps }, place, { file, line: 1, column: 1 });
}

/**
 * The graph checks on any flow: a Markdown flow (by line) or an imported tool (by page).
 * One mistake is reported once, at its cause: a step that is unreachable only because an
 * option points at a misspelt id, or that cannot reach an end only because a broken option
 * or a step without options stands in its way, is a consequence and is not reported again.
 */
export function graphProblems<S extends GraphStep>(
  flow: { start: string; steps: readonly S[] },
  at: GraphPlace<S>,
  startPlace: Omit<Problem, "message" | "hint">,
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, S>();

  for (const step of flow.steps) {
    const first = byId.get(step.id);
    if (first) {
      const where = at(first);
      const earlier = where.line !== undefined ? `line ${where.line}` : where.page !== undefined ? `page ${where.page}` : "before";
      problems.push({
        ...at(step),
        message: `step id "${step.id}" is used twice (first at ${earlier})`,
        hint: "give each step its own id in `{#…}`",
      });
    } else {
      byId.set(step.id, step);
    }
  }
  const suggestion = suggester([...byId.keys()]);

  if (!byId.has(flow.start)) {
    const near = suggestion(flow.start);
    problems.push({
      ...startPlace,
      message: `the start step "${flow.start}" does not exist`,
      hint: near ? `did you mean "${near}"?` : "set `start` in the frontmatter to an existing step id",
    });
  }

  // A broken option's likely target (its "did you mean"), and the steps that have a broken option at all.
  const repaired = new Map<S["options"][number], string>();
  const broken = new Set<string>();
  for (const step of flow.steps) {
    if (step.end && step.options.length) {
      problems.push({
        ...at(step),
        message: `end step "${step.id}" has options`,
        hint: "remove the options or the `**Einde**` marker",
      });
    }
    if (!step.end && !step.options.length) {
      problems.push({
        ...at(step),
        message: `step "${step.id}" has no options and is not an end`,
        hint: "add options like `- [Ja](#next-step)`, or mark it as an end with `**Einde:** …`",
      });
    }
    const labels = new Set<string>();
    step.options.forEach((option, index) => {
      const key = option.label.toLowerCase();
      if (labels.has(key)) {
        problems.push({
          ...at(step, index),
          message: `option "${option.label}" appears twice in step "${step.id}"`,
          hint: "give each option its own label",
        });
      }
      labels.add(key);
      if (byId.has(option.to)) return;
      broken.add(step.id);
      const near = suggestion(option.to);
      if (near) repaired.set(option, near);
      problems.push({
        ...at(step, index),
        message: `option "${option.label}" leads to step "${option.to}", which does not exist`,
        hint: near ? `did you mean "${near}"?` : "point it at the id of an existing step",
      });
    });
  }

  if (!byId.has(flow.start)) return problems;
  // Reachability as it will be once each misspelt target is corrected to its "did you mean".
  const targets = (id: string) =>
    (byId.get(id)?.options ?? []).flatMap((option) => (byId.has(option.to) ? [option.to] : (repaired.get(option) ?? [])));
  const reachable = reach([flow.start], targets);
  const predecessors = new Map<string, string[]>();
  for (const step of byId.values()) {
    for (const option of step.options) {
      if (!byId.has(option.to)) continue;
      const before = predecessors.get(option.to);
      if (before) before.push(step.id);
      else predecessors.set(option.to, [step.id]);
    }
  }
  // A step with a broken option, or without options, was reported above; it might lead to an end once fixed.
  const mayFinish = [...byId.values()].filter((step) => step.end || broken.has(step.id) || !step.options.length).map((step) => step.id);
  const canFinish = reach(mayFinish, (id) => predecessors.get(id) ?? []);

  for (const step of byId.values()) {
    if (!reachable.has(step.id)) {
      problems.push({
        ...at(step),
        message: `step "${step.id}" cannot be reached from the start step "${flow.start}"`,
        hint: "add an option that leads to it, or remove the step",
      });
    }
  }
  const stuck = [...byId.values()].filter((step) => reachable.has(step.id) && !canFinish.has(step.id));
  // Every way from a stuck step ends in a loop without a way out: report the loops, not the steps leading into them.
  for (const loop of closedLoops(
    stuck.map((step) => step.id),
    (id) => byId.get(id)!.options.map((option) => option.to),
  )) {
    const shown =
      loop
        .slice(0, 5)
        .map((id) => `"${id}"`)
        .join(", ") + (loop.length > 5 ? ", …" : "");
    for (const id of loop) {
      problems.push({
        ...at(byId.get(id)!),
        message: `from step "${id}" no end can be reached`,
        hint: `give the loop it is in (${loop.length === 1 ? "step" : "steps"} ${shown}) a way out to a step marked ${END}`,
      });
    }
  }
  return problems;
}

/** All ids reachable from the roots along `next` (breadth-first). */
function reach(roots: string[], next: (id: string) => readonly string[]): Set<string> {
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

/**
 * The loops no way leads out of, among `ids` whose every edge stays among them: the strongly connected
 * components without an edge to another component (Tarjan's algorithm, without recursion, since a flow
 * may have thousands of steps). Each loop in `ids`' order.
 */
function closedLoops(ids: readonly string[], next: (id: string) => readonly string[]): string[][] {
  const order = new Map(ids.map((id, index) => [id, index]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  const components: string[][] = [];
  for (const root of ids) {
    if (index.has(root)) continue;
    const frames: { id: string; edges: readonly string[]; at: number }[] = [];
    const open = (id: string) => {
      index.set(id, index.size);
      low.set(id, index.get(id)!);
      stack.push(id);
      frames.push({ id, edges: next(id).filter((to) => order.has(to)), at: 0 });
    };
    open(root);
    while (frames.length) {
      const frame = frames.at(-1)!;
      if (frame.at < frame.edges.length) {
        const to = frame.edges[frame.at++]!;
        if (!index.has(to)) open(to);
        else if (!component.has(to)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        continue;
      }
      frames.pop();
      const parent = frames.at(-1);
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const members: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.set(member, components.length);
        members.push(member);
      } while (member !== frame.id);
      components.push(members);
    }
  }
  return components
    .filter((members, number) => members.every((id) => next(id).every((to) => !order.has(to) || component.get(to) === number)))
    .map((members) => members.sort((a, b) => order.get(a)! - order.get(b)!));
}

/**
 * A suggestion compares with every id; past this many, a flow full of wrong targets would make
 * the check quadratic in the steps.
 */
const MAX_SUGGESTIONS = 100;

/** The nearest id for the first MAX_SUGGESTIONS wrong ids of one flow. */
function suggester(ids: string[]): (wrong: string) => string | undefined {
  let left = MAX_SUGGESTIONS;
  return (wrong) => (left-- <= 0 ? undefined : closest(wrong, ids));
}
