import type { Routebook } from "../../pipeline/model/model.ts";
import { answerTokens, routeEdition } from "../../pipeline/editions/route-edition.ts";
import { type Graph, play, routeQuery, type Visit } from "../../shared/route/history.ts";

/** One answer on a walk: at `step`, the `option`-th answer (from 1) leads to `to`. */
export interface WalkAnswer {
  step: string;
  option: number;
  to: string;
}

/** For every end step, the shortest answers from the start that reach it (breadth-first over the options). */
export function pathsToEnds(routebook: Routebook): { end: string; answers: WalkAnswer[] }[] {
  const steps = new Map(routebook.flow.steps.map((step) => [step.id, step]));
  const via = new Map<string, WalkAnswer | null>([[routebook.flow.start, null]]);
  const queue = [routebook.flow.start];
  while (queue.length) {
    const id = queue.shift()!;
    steps.get(id)!.options.forEach((option, index) => {
      if (via.has(option.to)) return;
      via.set(option.to, { step: id, option: index + 1, to: option.to });
      queue.push(option.to);
    });
  }
  return routebook.flow.steps
    .filter((step) => step.end)
    .map((step) => {
      const answers: WalkAnswer[] = [];
      for (let at = via.get(step.id); at; at = via.get(at.step)) answers.unshift(at);
      return { end: step.id, answers };
    });
}

/** What "Jouw route" should list for a walk: question and answer of each step with a choice. */
export function expectedRoute(routebook: Routebook, answers: readonly WalkAnswer[]): [string, string][] {
  const steps = new Map(routebook.flow.steps.map((step) => [step.id, step]));
  return answers
    .filter(({ step }) => steps.get(step)!.options.length > 1)
    .map(({ step, option }) => [steps.get(step)!.title, steps.get(step)!.options[option - 1]!.label]);
}

/** The answer tokens of a walk as the site writes them into `antwoorden` (shared/route/history.ts). */
export function walkTokens(routebook: Routebook, answers: readonly Pick<WalkAnswer, "step" | "option">[]): string[] {
  const steps = new Map(routebook.flow.steps.map((step) => [step.id, step]));
  return answers.map(({ step, option }) => answerTokens(steps.get(step)!.options)[option - 1]!);
}

/**
 * The query the site writes for a route given as option positions from the start (and a pending change after
 * it): `antwoorden=…&wijzig=…&editie=…`. Lets a test name a route as the reviews did ("1-2-1") in today's form.
 */
export function routeQueryOf(routebook: Routebook, positions: readonly number[], change: readonly number[] = []): string {
  const steps = new Map(routebook.flow.steps.map((step) => [step.id, step]));
  const tokens: string[] = [];
  let at = routebook.flow.start;
  for (const position of [...positions, ...change]) {
    const step = steps.get(at)!;
    tokens.push(answerTokens(step.options)[position - 1]!);
    at = step.options[position - 1]!.to;
  }
  return routeQuery(tokens.slice(0, positions.length), routeEdition(routebook.flow), tokens.slice(positions.length));
}

/** Option positions played from the start, or undefined when one does not fit: the tests' shorthand for a route. */
export function replay(graph: Graph, positions: readonly number[]): Visit[] | undefined {
  const { visits, misfit } = play(graph, positions);
  return misfit ? undefined : visits;
}
