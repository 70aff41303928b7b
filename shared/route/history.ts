import { SLUG_PATTERN } from "../schema/slug.ts";
import { startDate } from "../phases/timeline.ts";
import type { EarlierRoute } from "./data.ts";
/**
 * "Jouw route" lives in the page's address, e.g.
 *
 *   /sppoh-po/stap/ziekteverzuim/?antwoorden=welk-verzuim_3f.ziekteverzuim_k0&editie=1a2b3c4d&start=2026-09-01
 *
 * - `antwoorden`: one token per answer from the flow's start, joined by ".". A token is the answer's id (the
 *   step it leads to, or an id of its own where answers of one step share a target), "_", and a two-character
 *   check of its label. Ids and checks are derived at build time (pipeline/editions/route-edition.ts) and come with the
 *   page (`data-tokens`) and route.json.
 * - `editie`: the routebook's edition when the address was written: a hash of what decides what a route means.
 *   An address of another edition is applied only where each answer still means the same. Ids without a
 *   readable `editie` (cut off, or edited by hand) are judged the same way, but nothing is claimed of their edition.
 * - `wijzig`: the answers a "Wijzig" link takes away, from the question being changed on (same tokens).
 * - `start`: the case's start date (YYYY-MM-DD), written by the phase timeline. Every route link carries it on,
 *   because it belongs to the case; only "Opnieuw beginnen" drops it with the answers, as a restart may be for
 *   another pupil and a date of one case must not pass as a fact of another.
 *
 * Legacy, read only: `?antwoorden=1-3-1` (option positions from 1, no edition), the form before ids. Such an
 * address is replayed by position against the current flow, with a notice that its meaning cannot be checked;
 * no link is written in that form any more.
 *
 * Pure functions, so the rules are testable without a browser; the custom elements do the I/O.
 */

/** An answer as replaying needs it: where it leads, its id and its label's check. */
export interface GraphOption {
  to: string;
  id: string;
  check: string;
}

/** What replaying needs of the flow: its start, each step's answers, and the earlier editions it can carry forward. */
export interface Graph {
  start: string;
  steps: Record<string, { options?: readonly GraphOption[] }>;
  history?: readonly EarlierRoute[];
}

/** One answer on the route: at `step` the `option`-th answer (from 1, in page order) was chosen, which led to `to`. */
export interface Visit {
  step: string;
  option: number;
  to: string;
}

export const ANSWERS_PARAM = "antwoorden";
export const EDITION_PARAM = "editie";
/** The answers a "Wijzig" link takes away, from the question being changed on; the page marks the old one. */
export const CHANGE_PARAM = "wijzig";
export const START_PARAM = "start";
/** Fired on `document` when the phase timeline changes `start` in the address (src/elements/start-date.ts). */
export const START_EVENT = "routeboek:start";

/** A longer route is surely not a real one (the longest real path is some 15 answers; loops add a few rounds). */
export const MAX_ANSWERS = 200;
/** Far above 200 real tokens; a longer value is not read at all. */
const MAX_CHARS = 10_000;
/** An answer's id is a slug (the target), or the target, "--" and a slug of its own (pipeline/editions/route-edition.ts). */
const SLUG = SLUG_PATTERN.source.slice(1, -1);
/** The two base-36 characters of a label's check. */
const CHECK = "[0-9a-z]{2}";
const TOKEN = new RegExp(`^${SLUG}(?:--${SLUG})?_${CHECK}$`);
const POSITIONS = /^[1-9]\d{0,2}(?:-[1-9]\d{0,2})*$/;
const EDITION = /^[0-9a-f]{8}$/;

/** The token of an answer as the address holds it: `<id>_<check>`. The one place that writes this form. */
export const tokenOf = (option: Pick<GraphOption, "id" | "check">) => `${option.id}_${option.check}`;
/** The answer id in a token. */
const idOf = (token: string) => token.split("_")[0]!;
/** The step a token's answer led to: its id up to an own suffix ("situatie--1-volledig" → "situatie"). */
export const targetOf = (token: string) => idOf(token).split("--")[0]!;

/** What `antwoorden` (or `wijzig`) holds. */
export type Answers =
  | { kind: "none" }
  | { kind: "unreadable"; why: "garbage" | "too-long" }
  | { kind: "ids"; tokens: string[] }
  /** Legacy: option positions, from before answers had ids. */
  | { kind: "positions"; positions: number[] };

export function decodeAnswers(value: string | null | undefined): Answers {
  if (!value) return { kind: "none" };
  if (value.length > MAX_CHARS) return { kind: "unreadable", why: "too-long" };
  const parts = value.split(POSITIONS.test(value) ? "-" : ".");
  if (parts.length > MAX_ANSWERS) return { kind: "unreadable", why: "too-long" };
  if (POSITIONS.test(value)) return { kind: "positions", positions: parts.map(Number) };
  return parts.every((part) => TOKEN.test(part)) ? { kind: "ids", tokens: parts } : { kind: "unreadable", why: "garbage" };
}

/** The route part of an address: answers, the edition they were written in, a pending change, the case's start. */
export interface Address {
  answers: Answers;
  edition?: string;
  change: Answers;
  start?: string;
}

/** Reads `location.search` (or a remembered query); with repeated parameters the first counts. */
export function readAddress(search: string): Address {
  const params = new URLSearchParams(search);
  const edition = params.get(EDITION_PARAM) ?? "";
  const start = readStart(search);
  return {
    answers: decodeAnswers(params.get(ANSWERS_PARAM)),
    ...(EDITION.test(edition) ? { edition } : {}),
    change: decodeAnswers(params.get(CHANGE_PARAM)),
    ...(start ? { start } : {}),
  };
}

/** `start=YYYY-MM-DD` when it is a real calendar day in START_YEARS (shared/phases/timeline.ts); else ignored. */
export const readStart = (search: string): string | undefined => startDate(new URLSearchParams(search).get(START_PARAM));

/** `href` with the case's start date in its query (replacing one already there), before any #fragment. */
export function withStart(href: string, start: string | undefined): string {
  const hashAt = href.indexOf("#");
  const [base, hash] = hashAt < 0 ? [href, ""] : [href.slice(0, hashAt), href.slice(hashAt)];
  const queryAt = base.indexOf("?");
  const path = queryAt < 0 ? base : base.slice(0, queryAt);
  const kept = (queryAt < 0 ? "" : base.slice(queryAt + 1)).split("&").filter((part) => part && !part.startsWith(`${START_PARAM}=`));
  if (start) kept.push(`${START_PARAM}=${start}`);
  return `${path}${kept.length ? `?${kept.join("&")}` : ""}${hash}`;
}

/** Why an answer does not fit the current flow. */
export type MisfitReason =
  /** No answer of this step has the token's id. */
  | "unknown"
  /** The answer with this id has another label now (reworded, or two answers swapped their targets). */
  | "changed"
  /** The route ended at the step before; nothing can be answered there. */
  | "ended"
  /** Legacy: the step has no answer at this position. */
  | "position";

/** The first answer that does not fit: its place in the address (from 0) and the step it was given at. */
export interface Misfit {
  index: number;
  step: string;
  why: MisfitReason;
  /** For an id: the step it led to. */
  target?: string;
  /** For "changed": the answer's position at this step now; for "position": the position asked for. */
  option?: number;
}

/** Answers played from the start: the visits that fit, and the first answer that does not, if any. */
export interface Replayed {
  visits: Visit[];
  misfit?: Misfit;
}

/** Plays tokens (or legacy positions) from the flow's start as far as they fit. */
export function play(graph: Graph, answers: readonly string[] | readonly number[]): Replayed {
  const visits: Visit[] = [];
  let at = graph.start;
  for (const [index, answer] of answers.entries()) {
    const options = graph.steps[at]?.options ?? [];
    if (!options.length) return { visits, misfit: { index, step: at, why: "ended", ...targetPart(answer) } };
    let option: number;
    if (typeof answer === "number") {
      option = answer;
      if (!options[option - 1]) return { visits, misfit: { index, step: at, why: "position", option } };
    } else {
      const id = idOf(answer);
      option = options.findIndex((candidate) => candidate.id === id) + 1;
      if (!option) return { visits, misfit: { index, step: at, why: "unknown", target: targetOf(answer) } };
      if (tokenOf(options[option - 1]!) !== answer)
        return { visits, misfit: { index, step: at, why: "changed", target: targetOf(answer), option } };
    }
    const to = options[option - 1]!.to;
    visits.push({ step: at, option, to });
    at = to;
  }
  return { visits };
}

const targetPart = (answer: string | number) => (typeof answer === "string" ? { target: targetOf(answer) } : {});

/**
 * Whether the address was written in this edition, another, an unknown one (ids without a readable `editie`), or
 * (legacy positions) before there were editions.
 */
export type EditionMatch = "same" | "changed" | "unknown" | "legacy";

/** An address of an earlier edition the site keeps: that edition, as route.json describes it. */
interface Since {
  earlier?: EarlierRoute;
}

/** What an address's answers mean on this page. */
export type Verdict =
  | { kind: "none" }
  | { kind: "unreadable"; why: "garbage" | "too-long" }
  /** Every answer fits and the route leads here (or, without `here`, anywhere). */
  | ({ kind: "fits"; visits: Visit[]; edition: EditionMatch } & Since)
  /** Every answer fits, but the route leads to another step. */
  | ({ kind: "elsewhere"; visits: Visit[]; end: string; edition: EditionMatch } & Since)
  /** An answer does not fit: `visits` are those before it; `later` the answers after it, not applied. */
  | ({ kind: "breaks"; visits: Visit[]; misfit: Misfit; later: (string | number)[]; edition: EditionMatch } & Since);

/**
 * A token of an earlier edition in today's words: an answer that led to a step whose id changed since leads to
 * that step under its new id, and means the same as long as its label's check still matches.
 */
function carriedForward(token: string, renamed: Readonly<Record<string, string>>): string {
  const [id, check] = token.split("_") as [string, string];
  const [target, own] = id.split("--");
  const now = Object.hasOwn(renamed, target!) ? renamed[target!]! : target!;
  return `${now}${own === undefined ? "" : `--${own}`}_${check}`;
}

/** Classifies an address's answers against the current flow (`edition` is the current one). */
export function judge(graph: Graph, edition: string, address: Pick<Address, "answers" | "edition">, here?: string): Verdict {
  const { answers } = address;
  if (answers.kind === "none" || answers.kind === "unreadable") return answers;
  const list = answers.kind === "ids" ? answers.tokens : answers.positions;
  const match: EditionMatch =
    answers.kind === "positions" ? "legacy" : address.edition === undefined ? "unknown" : address.edition === edition ? "same" : "changed";
  const earlier = match === "changed" ? graph.history?.find((kept) => kept.edition === address.edition) : undefined;
  const since = earlier ? { earlier } : {};
  const tokens = earlier?.renamed && answers.kind === "ids" ? answers.tokens.map((token) => carriedForward(token, earlier.renamed!)) : list;
  const { visits, misfit } = play(graph, tokens);
  if (misfit) return { kind: "breaks", visits, misfit, later: tokens.slice(misfit.index + 1), edition: match, ...since };
  const end = endOf(graph, visits);
  if (here !== undefined && end !== here) return { kind: "elsewhere", visits, end, edition: match, ...since };
  return { kind: "fits", visits, edition: match, ...since };
}

/** Where the answers lead: the step the last one reached, or the start. */
export const endOf = (graph: Pick<Graph, "start">, visits: readonly Visit[]) => visits.at(-1)?.to ?? graph.start;

/** The tokens of visits, as the current flow names their answers. */
export const tokensOf = (graph: Graph, visits: readonly Visit[]) =>
  visits.map((visit) => tokenOf(graph.steps[visit.step]!.options![visit.option - 1]!));

/**
 * A route remembered in this tab (its tokens), for a page opened without one (a search result, a
 * bookmark of the static page): the longest part of it that ends at `here`, if any.
 */
export function restoreRoute(graph: Graph, stored: readonly string[], here: string): string[] | undefined {
  const { visits, misfit } = play(graph, stored);
  if (misfit) return undefined;
  for (let length = visits.length; length > 0; length--) if (visits[length - 1]!.to === here) return stored.slice(0, length);
  return undefined;
}

/** A route this tab remembers, as a page may offer it: its answers and the step they lead to. */
export interface Remembered {
  answers: string[];
  end: string;
}

/**
 * The tab's remembered route (`stored`, a query as routeQuery writes it) when every answer of it fits this
 * very edition: the part that leads `here` if there is one, else all of it. Anything less sure is not offered.
 */
export function rememberedRoute(graph: Graph, edition: string, stored: string | null | undefined, here?: string): Remembered | undefined {
  if (!stored) return undefined;
  const verdict = judge(graph, edition, readAddress(stored));
  if (verdict.kind !== "fits" || verdict.edition !== "same" || !verdict.visits.length) return undefined;
  const answers = tokensOf(graph, verdict.visits);
  const upToHere = here === undefined ? undefined : restoreRoute(graph, answers, here);
  if (upToHere && here !== undefined) return { answers: upToHere, end: here };
  return { answers, end: endOf(graph, verdict.visits) };
}

/** The query of a route: answers, a pending change, the edition they belong to. */
export function routeQuery(answers: readonly string[], edition: string, change: readonly string[] = []): string {
  const parts = [
    answers.length ? `${ANSWERS_PARAM}=${answers.join(".")}` : "",
    change.length ? `${CHANGE_PARAM}=${change.join(".")}` : "",
    answers.length || change.length ? `${EDITION_PARAM}=${edition}` : "",
  ].filter(Boolean);
  return parts.join("&");
}

/** A step's address with the route in it: `/<id>/stap/<step>/?antwoorden=…&wijzig=…&editie=…`. */
export function stepHref(
  stepBase: string,
  step: string,
  answers: readonly string[],
  edition: string,
  change: readonly string[] = [],
): string {
  const query = routeQuery(answers, edition, change);
  return `${stepBase}${step}/${query ? `?${query}` : ""}`;
}

/** Address of a page that takes the whole route (the case note). */
export const routeHref = (path: string, answers: readonly string[], edition: string) => `${path}?${routeQuery(answers, edition)}`;

/** The link to the next step for an answer here (`token`), after the answers so far. */
export const optionHref = (stepBase: string, to: string, answers: readonly string[], token: string, edition: string) =>
  stepHref(stepBase, to, [...answers, token], edition);

/** "Wijzig" on the `index`-th visit: back to its question, with the answers before it, and from it on as the change marker. */
export function changeHref(stepBase: string, visits: readonly Visit[], answers: readonly string[], index: number, edition: string): string {
  return stepHref(stepBase, visits[index]!.step, answers.slice(0, index), edition, answers.slice(index));
}

/** The previous step, with the route as it stood there; undefined at the start of a route. */
export function backHref(stepBase: string, visits: readonly Visit[], answers: readonly string[], edition: string): string | undefined {
  const previous = visits.at(-1);
  return previous && stepHref(stepBase, previous.step, answers.slice(0, -1), edition);
}

/** A change in progress: the old answer at this question, the later answers another answer drops, and where the old route ended. */
export interface PendingChange {
  old: number;
  dropped: Visit[];
  /** The old route's last page, to go back to when the old answer is chosen again. */
  resume: string;
}

/** Reads the change marker against the route to this question; undefined when it does not fit (a hand edit, an old link). */
export function pendingChange(
  graph: Graph,
  stepBase: string,
  edition: string,
  answers: readonly string[],
  change: readonly string[],
): PendingChange | undefined {
  if (!change.length) return undefined;
  const all = [...answers, ...change];
  const { visits, misfit } = play(graph, all);
  if (misfit) return undefined;
  return {
    old: visits[answers.length]!.option,
    dropped: visits.slice(answers.length + 1),
    resume: stepHref(stepBase, endOf(graph, visits), all, edition),
  };
}

/** Steps with one way on ("Volgende", "Ga naar vervolgstap …") ask nothing: "Jouw route" lists only real questions. */
export const isQuestion = (graph: { steps: Record<string, { options?: readonly unknown[] }> }, step: string) =>
  (graph.steps[step]?.options?.length ?? 0) > 1;
