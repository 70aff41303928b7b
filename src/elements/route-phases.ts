import { type RoutePhase, routePhases } from "../../shared/phases/timeline.ts";
import type { RouteData } from "../../shared/route/data.ts";

/**
 * The phases of a route (its steps in the order passed, repeats included) by
 * the pipeline's one rule (`routePhases`): the step page's timeline and the
 * case note both call this, so the same route and start give the same dates.
 */
export const routePhasesOf = (data: Pick<RouteData, "steps">, route: readonly string[]): RoutePhase[] =>
  routePhases(route.map((id) => data.steps[id]?.phase));
