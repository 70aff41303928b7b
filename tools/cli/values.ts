import { UsageError } from "./errors.ts";

/**
 * Option values checked before a command loads anything, so a typo costs
 * no content read and no PDF library start-up.
 */

/** A positive number of `unit`s (1 s → 1000 with unit 1000), or undefined when the option is absent. */
export function positive(value: string | undefined, name: string, unit = 1): number | undefined {
  if (value === undefined) return undefined;
  if (!(Number(value) > 0)) throw new UsageError(`${name} takes a positive number, not "${value}"`);
  return Number(value) * unit;
}

/**
 * A positive number of `unit`s within a range given in the checker's own units (ms for
 * seconds with unit 1000), or undefined when the option is absent. Huge values are refused
 * rather than passed on: Node's timers fire at once above 2^31-1 ms, which would end a
 * link check before its first request.
 */
export function ranged(
  value: string | undefined,
  name: string,
  range: { min: number; max: number; integer?: boolean },
  unit = 1,
): number | undefined {
  const number = positive(value, name, unit);
  if (number === undefined) return undefined;
  if (number < range.min || number > range.max || (range.integer && !Number.isInteger(number))) {
    const units = unit === 1000 ? " (seconds)" : "";
    throw new UsageError(
      `${name} takes ${range.integer ? "a whole number" : "a number"} from ${range.min / unit} to ${range.max / unit}${units}, not "${value}"`,
    );
  }
  return number;
}

/** One of a fixed set of words. */
export function oneOf<Word extends string>(value: string | undefined, name: string, words: readonly Word[]): Word | undefined {
  if (value === undefined || (words as readonly string[]).includes(value)) return value as Word | undefined;
  throw new UsageError(`${name} takes ${words.join(", ")}, not "${value}"`);
}

/** A URL prefix rewrite `<from>=<to>`; the part after "=" must be a URL. */
export function rewriteRule(rule: string): { from: string; to: string } {
  const split = rule.indexOf("=");
  const [from, to] = [rule.slice(0, split), rule.slice(split + 1)];
  if (split < 1 || !URL.canParse(to)) throw new UsageError(`--rewrite takes <from>=<to> with a URL prefix after "=", not "${rule}"`);
  return { from, to };
}
