import { createHash } from "node:crypto";
import type { Routebook } from "../model/model.ts";
import { slugify } from "../ids/slug.ts";
import type { RouteOption } from "../../shared/route/data.ts";
import { tokenOf } from "../../shared/route/history.ts";

/**
 * What a route address (`?antwoorden=…&editie=…`, see shared/route/history.ts)
 * is made of, derived at build time from the flow so that the step pages and
 * route.json say the same:
 *
 * - An answer's id is the id of the step it leads to ("welk-verzuim"): it survives
 *   reordering and rewording of the answers. Where two or more answers of one step
 *   lead to the same step, each gets an id of its own: the target, "--", and the
 *   first words of its label as a slug, as few as tell it apart from the others and
 *   at least two ("situatie--1-volledig"). Step ids never hold "--", so the two kinds
 *   never clash. Labels that slug alike get "-2", "-3" in their order.
 * - An answer's check is two letters or digits from a hash of its label: an address
 *   saved before the label changed, or before two answers swapped their targets, is
 *   recognised as no longer meaning the same.
 * - The edition is a short hash of everything that decides what a route means: the
 *   start, and each step's id, title, end and answers (id, label, target). Text,
 *   actions and references do not change what an address means, so they leave it be.
 */

type Flow = Routebook["flow"];
type Answer = { label: string; to: string };

/** Hex characters of the edition: 8 of them leave 4 billion values, ample for a routebook's history. */
const EDITION_LENGTH = 8;
const MIN_LABEL_WORDS = 2;

const hash = (text: string) => createHash("sha256").update(text).digest("hex");

/** The label as compared: case, accents and spacing fixes do not change what an answer means. */
const labelKey = (label: string) => slugify(label, Number.POSITIVE_INFINITY);

/** Two base-36 characters from the label's hash. */
export const labelCheck = (label: string) =>
  (Number.parseInt(hash(labelKey(label)).slice(0, 8), 16) % 36 ** 2).toString(36).padStart(2, "0");

/** The ids of a step's answers, in their order (see the rule above). */
export function answerIds(answers: readonly Answer[]): string[] {
  return answers.map((answer) => {
    const siblings = answers.filter((other) => other.to === answer.to);
    if (siblings.length === 1) return answer.to;
    const words = (label: string) => labelKey(label).split("-").filter(Boolean);
    const own = words(answer.label);
    const others = siblings.filter((other) => other !== answer).map((other) => words(other.label));
    let length = Math.min(MIN_LABEL_WORDS, own.length);
    const prefix = (list: string[]) => list.slice(0, length).join("-");
    while (length < own.length && others.some((other) => prefix(other) === prefix(own))) length++;
    const slug = prefix(own) || "antwoord";
    const alike = siblings.filter((other) => (prefix(words(other.label)) || "antwoord") === slug);
    return `${answer.to}--${slug}${alike.length > 1 ? `-${alike.indexOf(answer) + 1}` : ""}`;
  });
}

/** The answer tokens of a step as the address holds them (tokenOf in shared/route/history.ts). */
export const answerTokens = (answers: readonly Answer[]) =>
  answerIds(answers).map((id, index) => tokenOf({ id, check: labelCheck(answers[index]!.label) }));

/** A step's answers as route.json gives them: label, target, id and check, and whether the label is the editors'. */
export function routeOptions(options: readonly (Answer & { editorialLabel?: boolean })[]): RouteOption[] {
  const ids = answerIds(options);
  return options.map(({ label, to, editorialLabel }, index) => ({
    label,
    to,
    id: ids[index]!,
    check: labelCheck(label),
    ...(editorialLabel ? { editorialLabel: true as const } : {}),
  }));
}

const editions = new WeakMap<Flow, string>();

/** The flow's edition: a short hash of what decides the meaning of a route. */
export function routeEdition(flow: Flow): string {
  let edition = editions.get(flow);
  if (edition) return edition;
  const meaning = {
    start: flow.start,
    steps: [...flow.steps]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((step) => [step.id, step.title, step.end, answerIds(step.options), step.options.map(({ label, to }) => [label, to])]),
  };
  edition = hash(JSON.stringify(meaning)).slice(0, EDITION_LENGTH);
  editions.set(flow, edition);
  return edition;
}
