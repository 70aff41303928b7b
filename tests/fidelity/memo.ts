/**
 * Remembers a pure function's answers for long texts: the fidelity checks read the same source (a whole seed,
 * its sections) again for every chapter, every check and every changed copy a test makes, and those texts never
 * change. Short texts are worked out each time; they are many and cheap. The answers are frozen, so a caller that
 * changed one would fail at once instead of changing what the next caller gets.
 */
const LONG = 2_000;
/** Enough for every seed and section the tests read; the oldest answers go first beyond it. */
const KEPT = 500;

export function forLongTexts<A extends unknown[], R>(work: (text: string, ...rest: A) => R, key: (...rest: A) => string = () => "") {
  const answers = new Map<string, R>();
  return (text: string, ...rest: A): R => {
    if (text.length < LONG) return work(text, ...rest);
    const id = `${key(...rest)}\u0000${text}`;
    const known = answers.get(id);
    if (known !== undefined) return known;
    const answer = deepFreeze(work(text, ...rest));
    if (answers.size >= KEPT) answers.delete(answers.keys().next().value!);
    answers.set(id, answer);
    return answer;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
