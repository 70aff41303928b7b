import type { Flow } from "../schema/flow.ts";
import type { PhaseDescription } from "../schema/phase-description.ts";
import { type RoutePhase, routePhases } from "../../shared/phases/timeline.ts";

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
  return [...byName.values()].map(({ name, description, durations, steps }) => ({
    name,
    ...(description ? { description } : {}),
    durations,
    steps,
  }));
}

/**
 * A step's phase as a route carries it: its name and duration as the step names
 * them, with its title, its event and their marks from the flow's description.
 */
export function routePhaseOf(phase: NonNullable<PhaseFlow["steps"][number]["phase"]>, described: readonly PhaseDescription[]): RoutePhase {
  const description = described.find((candidate) => candidate.name === phase.name);
  return {
    name: phase.name,
    ...(description?.editorialName ? { editorialName: true } : {}),
    ...(phase.duration ? { duration: phase.duration } : {}),
    ...(description?.title ? { title: description.title, ...(description.editorialTitle ? { editorialTitle: true } : {}) } : {}),
    ...(description?.startsWith
      ? { startsWith: description.startsWith, ...(description.editorialStartsWith ? { editorialStartsWith: true } : {}) }
      : {}),
  };
}

/**
 * The phases of the shortest route from the start to a step (fewest answers;
 * among equals, the answers in page order), by the one rule of `routePhases`:
 * what a step page shows before the user has chosen a route, and what the case
 * note of that very route shows. Empty when the step has no phase.
 */
export function phasesUpTo(flow: PhaseFlow, stepId: string): RoutePhase[] {
  const index = routeIndex(flow);
  const step = index.byId.get(stepId);
  if (!step?.phase) return [];
  return index.phases.get(stepId) ?? [routePhaseOf(step.phase, flow.phases)];
}

interface RouteIndex {
  byId: Map<string, PhaseFlow["steps"][number]>;
  /** Per step reached from the start: the phases of the shortest route to it. */
  phases: Map<string, RoutePhase[]>;
}

/** Made once per flow: every step page asks for its phases, and a search per page would make the build quadratic. */
const indexes = new WeakMap<PhaseFlow["steps"], RouteIndex>();

function routeIndex(flow: PhaseFlow): RouteIndex {
  const cached = indexes.get(flow.steps);
  if (cached) return cached;
  const byId = new Map<string, PhaseFlow["steps"][number]>();
  for (const step of flow.steps) if (!byId.has(step.id)) byId.set(step.id, step);
  const own = (id: string) => {
    const phase = byId.get(id)?.phase;
    return phase ? routePhaseOf(phase, flow.phases) : undefined;
  };
  // Breadth first, so each step is reached by a shortest route; a step's phases extend its predecessor's
  // (routePhases keeps each phase once), so the whole walk is linear in the steps times the phases.
  const phases = new Map<string, RoutePhase[]>();
  if (byId.has(flow.start)) phases.set(flow.start, routePhases([own(flow.start)]));
  const queue = [...phases.keys()];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    for (const option of byId.get(at)?.options ?? []) {
      if (phases.has(option.to) || !byId.has(option.to)) continue;
      phases.set(option.to, routePhases([...phases.get(at)!, own(option.to)]));
      queue.push(option.to);
    }
  }
  const index = { byId, phases };
  indexes.set(flow.steps, index);
  return index;
}
