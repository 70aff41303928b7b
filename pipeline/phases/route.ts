import type { Flow } from "../schema/flow.ts";
import type { PhaseDescription } from "../schema/phase-description.ts";
import type { RoutePhase } from "./timeline.ts";

type PhaseFlow = Pick<Flow, "start" | "steps" | "phases">;

/** A phase for the overview: its description (when the frontmatter has one) and the durations its steps name. */
export interface PhaseSummary {
  name: string;
  description?: PhaseDescription;
  /** Every distinct duration the phase's steps name, in file order; usually one. */
  durations: string[];
  /** Ids of the steps in the phase, in file order. */
  steps: string[];
}

/**
 * The flow's phases in route order: the described ones in the frontmatter's
 * order, then any a step names without a description, in file order.
 */
export function phaseOverview(flow: Pick<Flow, "steps" | "phases">): PhaseSummary[] {
  const byName = new Map<string, PhaseSummary>();
  const summary = (name: string) => {
    let found = byName.get(name);
    if (!found) {
      found = { name, durations: [], steps: [] };
      byName.set(name, found);
    }
    return found;
  };
  for (const phase of flow.phases) summary(phase.name).description ??= phase;
  // One pass over the steps for every phase at once: a step page shows the overview, so this runs once per step.
  for (const step of flow.steps) {
    if (!step.phase) continue;
    const phase = summary(step.phase.name);
    phase.steps.push(step.id);
    if (step.phase.duration !== undefined && !phase.durations.includes(step.phase.duration)) phase.durations.push(step.phase.duration);
  }
  return [...byName.values()].map(({ name, description, durations, steps }) => ({ name, ...(description ? { description } : {}), durations, steps }));
}

/**
 * The phases a route passes on its way to a step, the step's own phase last:
 * the phases of every step that lies on some path from the start to this step,
 * in route order. Each takes the duration its steps name (the step's own for
 * its phase; for another phase, that of its first step in the file that lies
 * on such a path). Empty when the step has no phase.
 */
export function phasesUpTo(flow: PhaseFlow, stepId: string): RoutePhase[] {
  const index = routeIndex(flow);
  const step = index.byId.get(stepId);
  if (!step?.phase) return [];
  const current = step.phase.name;
  const phases: RoutePhase[] = [];
  for (const phase of index.overview) {
    const title = phase.description?.title;
    const editorialTitle = phase.description?.editorialTitle;
    const editorialName = phase.description?.editorialName;
    let duration: string | undefined;
    if (phase.name === current) duration = step.phase.duration;
    else {
      const first = index.firstBefore.get(phase.name)?.get(stepId);
      if (first === undefined) continue;
      duration = flow.steps[first]!.phase?.duration;
    }
    phases.push({
      name: phase.name,
      ...(editorialName ? { editorialName } : {}),
      ...(title ? { title, ...(editorialTitle ? { editorialTitle } : {}) } : {}),
      ...(duration ? { duration } : {}),
    });
  }
  // The step's own phase comes last, even if the frontmatter lists it earlier (a route that goes back).
  return phases.sort((a, b) => Number(a.name === current) - Number(b.name === current));
}

interface RouteIndex {
  byId: Map<string, PhaseFlow["steps"][number]>;
  overview: PhaseSummary[];
  /**
   * Per phase, per step id: the file index of the first step in that phase
   * that can be reached from the start and leads to this step (itself included).
   */
  firstBefore: Map<string, Map<string, number>>;
}

/** Made once per flow: every step page asks for its phases, and a search per page would make the build quadratic. */
const indexes = new WeakMap<PhaseFlow["steps"], RouteIndex>();

function routeIndex(flow: PhaseFlow): RouteIndex {
  const cached = indexes.get(flow.steps);
  if (cached) return cached;
  const byId = new Map<string, PhaseFlow["steps"][number]>();
  for (const step of flow.steps) if (!byId.has(step.id)) byId.set(step.id, step);
  const next = (id: string) => byId.get(id)?.options.map((option) => option.to) ?? [];
  const reached = reach([flow.start], next, new Map());
  const firstBefore = new Map<string, Map<string, number>>();
  // For each phase, walk forward from its steps in file order; a step already marked was marked from an
  // earlier one, as was everything after it, so each step is visited once per phase.
  flow.steps.forEach((step, position) => {
    if (!step.phase || !reached.has(step.id)) return;
    let marks = firstBefore.get(step.phase.name);
    if (!marks) {
      marks = new Map();
      firstBefore.set(step.phase.name, marks);
    }
    if (!marks.has(step.id)) reach([step.id], next, marks, position);
  });
  const index = { byId, overview: phaseOverview(flow), firstBefore };
  indexes.set(flow.steps, index);
  return index;
}

/** Marks every id reachable from `roots` through `next` (roots included) that `marks` lacks, with `mark`; returns `marks`. */
function reach(roots: string[], next: (id: string) => string[], marks: Map<string, number>, mark = 0): Map<string, number> {
  const queue = roots.filter((id) => !marks.has(id));
  for (const id of queue) marks.set(id, mark);
  for (let head = 0; head < queue.length; head++) {
    for (const to of next(queue[head]!)) {
      if (!marks.has(to)) {
        marks.set(to, mark);
        queue.push(to);
      }
    }
  }
  return marks;
}
