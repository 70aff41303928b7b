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
  const names = [...new Set([...flow.phases.map((phase) => phase.name), ...flow.steps.flatMap((step) => step.phase?.name ?? [])])];
  return names.map((name) => {
    const steps = flow.steps.filter((step) => step.phase?.name === name);
    const description = flow.phases.find((phase) => phase.name === name);
    return {
      name,
      ...(description ? { description } : {}),
      durations: [...new Set(steps.flatMap((step) => step.phase?.duration ?? []))],
      steps: steps.map((step) => step.id),
    };
  });
}

/**
 * The phases a route passes on its way to a step, the step's own phase last:
 * the phases of every step that lies on some path from the start to this step,
 * in route order. Each takes the duration its steps name (the step's own for
 * its phase). Empty when the step has no phase.
 */
export function phasesUpTo(flow: PhaseFlow, stepId: string): RoutePhase[] {
  const step = flow.steps.find((candidate) => candidate.id === stepId);
  if (!step?.phase) return [];
  const reachable = reach(flow.start, (id) => flow.steps.find((s) => s.id === id)?.options.map((option) => option.to) ?? []);
  const before = reach(stepId, (id) => flow.steps.filter((s) => s.options.some((option) => option.to === id)).map((s) => s.id));
  const onTheWay = flow.steps.filter((s) => s.phase && reachable.has(s.id) && before.has(s.id) && s.phase.name !== step.phase!.name);
  const current = step.phase.name;
  return phaseOverview(flow)
    .filter((phase) => phase.name === current || onTheWay.some((s) => s.phase!.name === phase.name))
    .map((phase): RoutePhase => {
      const title = phase.description?.title;
      const duration = phase.name === current ? step.phase!.duration : onTheWay.find((s) => s.phase!.name === phase.name)?.phase?.duration;
      return { name: phase.name, ...(title ? { title } : {}), ...(duration ? { duration } : {}) };
    })
    // The step's own phase comes last, even if the frontmatter lists it earlier (a route that goes back).
    .sort((a, b) => Number(a.name === current) - Number(b.name === current));
}

/** Every id reachable from `from` through `next`, `from` included. */
function reach(from: string, next: (id: string) => string[]): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next(id)) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}
