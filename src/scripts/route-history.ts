/**
 * "Jouw route": the answers given so far in this browser tab. Pure functions,
 * so the rules are testable without a browser; the custom element does the I/O.
 */

/** One answer on the route. */
export interface Answer {
  /** Id of the step that was answered. */
  step: string;
  /** That step's question or title. */
  question: string;
  /** The chosen option's label. */
  answer: string;
  /** Id of the step the answer led to. */
  to: string;
  /** The question is a title of the editors (the source page has none). */
  editorialQuestion?: boolean;
  /** The answer's label is the editors' (the source shows no such button text). */
  editorialAnswer?: boolean;
}

/**
 * The route as it stands on arriving at `step`:
 * - reached by the last answer (also round a loop): the route goes on;
 * - a step answered earlier (a change link, the browser's back button): later answers no longer hold;
 * - anything else (a bookmark, a shared link): the route starts afresh here.
 */
export function arriveAt(route: readonly Answer[], step: string): Answer[] {
  if (route.at(-1)?.to === step) return [...route];
  const earlier = route.findIndex((answer) => answer.step === step);
  return earlier >= 0 ? route.slice(0, earlier) : [];
}

/** The route after answering the current step. */
export function choose(route: readonly Answer[], answer: Answer): Answer[] {
  return [...route, answer];
}

/** Reads a stored route, ignoring anything that is not one (an old format, a hand edit). */
export function parseRoute(stored: string | null): Answer[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [];
    const valid = value.every(
      (item) =>
        item &&
        ["step", "question", "answer", "to"].every((key) => typeof item[key] === "string") &&
        ["editorialQuestion", "editorialAnswer"].every((key) => item[key] === undefined || typeof item[key] === "boolean"),
    );
    return valid ? (value as Answer[]) : [];
  } catch {
    return [];
  }
}
