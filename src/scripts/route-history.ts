/**
 * "Jouw route" lives in the page's address: `?antwoorden=1-3` holds the number of
 * the option chosen at each step from the flow's start (1-based, in page order).
 * Pure functions, so the rules are testable without a browser; the custom
 * elements do the I/O.
 */

/** What replaying needs of the flow: its start and each step's option targets. */
export interface Graph {
  start: string;
  steps: Record<string, { options?: readonly { to: string }[] }>;
}

/** One answer on the route: at `step` the `option`-th answer (from 1) was chosen, which led to `to`. */
export interface Visit {
  step: string;
  option: number;
  to: string;
}

export const ANSWERS_PARAM = "antwoorden";
/** The answers a "Wijzig" link takes away, from the question being changed on; the page marks the old one. */
export const CHANGE_PARAM = "wijzig";

/** A longer route is surely not a real one (the longest real path is some 15 answers; loops add a few rounds). */
const MAX_ANSWERS = 200;
const ANSWERS_PATTERN = /^[1-9]\d{0,2}(?:-[1-9]\d{0,2})*$/;

export const encodeAnswers = (answers: readonly number[]) => answers.join("-");

/** `"1-3"` → `[1, 3]`; anything else (absent, empty, a typo, absurdly long) → undefined. */
export function decodeAnswers(value: string | null | undefined): number[] | undefined {
  if (!value || !ANSWERS_PATTERN.test(value)) return undefined;
  const answers = value.split("-").map(Number);
  return answers.length <= MAX_ANSWERS ? answers : undefined;
}

/** The answers played from the start, or undefined when one names an option its step does not have. */
export function replay(graph: Graph, answers: readonly number[]): Visit[] | undefined {
  const visits: Visit[] = [];
  let at = graph.start;
  for (const option of answers) {
    const to = graph.steps[at]?.options?.[option - 1]?.to;
    if (to === undefined) return undefined;
    visits.push({ step: at, option, to });
    at = to;
  }
  return visits;
}

/** Where the answers lead: the step the last one reached, or the start. */
export const endOf = (graph: Graph, visits: readonly Visit[]) => visits.at(-1)?.to ?? graph.start;

/** The route to `here`, or undefined when the answers are invalid or lead elsewhere (the page is then a static page). */
export function routeTo(graph: Graph, answers: readonly number[], here: string): Visit[] | undefined {
  const visits = replay(graph, answers);
  return visits && endOf(graph, visits) === here ? visits : undefined;
}

/**
 * A route remembered in this tab, for a page opened without one (a search result, a
 * bookmark of the static page): the longest part of it that ends at `here`, if any.
 */
export function restoreRoute(graph: Graph, stored: readonly number[], here: string): number[] | undefined {
  const visits = replay(graph, stored);
  if (!visits) return undefined;
  for (let length = visits.length; length > 0; length--) if (visits[length - 1]!.to === here) return stored.slice(0, length);
  return undefined;
}

/** A step's address with the route in it: `/<id>/stap/<step>/?antwoorden=1-3&wijzig=2-1`. */
export function stepHref(stepBase: string, step: string, answers: readonly number[], change: readonly number[] = []): string {
  const query = [answers.length ? `${ANSWERS_PARAM}=${encodeAnswers(answers)}` : "", change.length ? `${CHANGE_PARAM}=${encodeAnswers(change)}` : ""].filter(Boolean);
  return `${stepBase}${step}/${query.length ? `?${query.join("&")}` : ""}`;
}

/** Address of a page that takes the whole route (the case note). */
export const routeHref = (path: string, answers: readonly number[]) => `${path}?${ANSWERS_PARAM}=${encodeAnswers(answers)}`;

/** The link to the next step for the `option`-th answer here. */
export const optionHref = (stepBase: string, to: string, answers: readonly number[], option: number) => stepHref(stepBase, to, [...answers, option]);

/** "Wijzig" on the `index`-th visit: back to its question, with the answers before it, and from it on as the change marker. */
export function changeHref(stepBase: string, visits: readonly Visit[], index: number): string {
  const answers = visits.map((visit) => visit.option);
  return stepHref(stepBase, visits[index]!.step, answers.slice(0, index), answers.slice(index));
}

/** The previous step, with the route as it stood there; undefined at the start of a route. */
export function backHref(stepBase: string, visits: readonly Visit[]): string | undefined {
  const previous = visits.at(-1);
  return previous && stepHref(stepBase, previous.step, visits.slice(0, -1).map((visit) => visit.option));
}

/** A change in progress: the old answer at this question, the later answers another answer drops, and where the old route ended. */
export interface PendingChange {
  old: number;
  dropped: Visit[];
  /** The old route's last page, to go back to when the old answer is chosen again. */
  resume: string;
}

/** Reads the change marker against the route to this question; undefined when it does not fit (a hand edit, an old link). */
export function pendingChange(graph: Graph, stepBase: string, answers: readonly number[], change: readonly number[]): PendingChange | undefined {
  if (!change.length) return undefined;
  const all = [...answers, ...change];
  const visits = replay(graph, all);
  if (!visits) return undefined;
  return { old: change[0]!, dropped: visits.slice(answers.length + 1), resume: stepHref(stepBase, endOf(graph, visits), all) };
}

/** Steps with one way on ("Volgende", "Ga naar vervolgstap …") ask nothing: "Jouw route" lists only real questions. */
export const isQuestion = (graph: Graph, step: string) => (graph.steps[step]?.options?.length ?? 0) > 1;
