/**
 * The link checker's limits: defaults and the ranges a caller may choose from.
 * Kept apart from the checker so the CLI can validate its options without
 * loading it. Every time stays far below Node's timer limit (2^31-1 ms, about
 * 24.8 days): a longer delay fires at once, which would end a run before its
 * first request.
 */

/** An inclusive range of a limit, in the unit the checker uses (ms, or a count). */
export interface LimitRange {
  min: number;
  max: number;
  /** Whole numbers only (counts). */
  integer?: boolean;
}

export const LIMITS = {
  /** Requests in flight to one host at once. */
  perHost: { min: 1, max: 10, integer: true },
  /** Requests in flight in all, over every host. */
  requestsAtOnce: { min: 1, max: 100, integer: true },
  /** Time limit per request: at least 0.1 s, at most 10 minutes. */
  requestTimeoutMs: { min: 100, max: 600_000 },
  /** Time limit for the whole run: at least 1 s, at most one day. */
  runTimeoutMs: { min: 1_000, max: 86_400_000 },
  /** Retries of one URL after a 429, a 5xx or a network error. */
  retries: { min: 0, max: 3, integer: true },
  /** The first back-off before a retry; it doubles with each retry, whatever Retry-After says. */
  backoffMs: { min: 10, max: 60_000 },
  /** Least time between the starts of two requests to one host. */
  hostIntervalMs: { min: 0, max: 60_000 },
  /** Redirects followed before a URL counts as a redirect loop. */
  maxRedirects: { min: 0, max: 20, integer: true },
} as const satisfies Record<string, LimitRange>;

export type LimitName = keyof typeof LIMITS;

export const DEFAULTS: Record<LimitName, number> = {
  perHost: 2,
  requestsAtOnce: 12,
  requestTimeoutMs: 15_000,
  runTimeoutMs: 300_000,
  retries: 2,
  backoffMs: 1_000,
  hostIntervalMs: 250,
  maxRedirects: 10,
};

/** True when `value` lies in the limit's range. */
export function withinLimit(name: LimitName, value: number): boolean {
  const range: LimitRange = LIMITS[name];
  return Number.isFinite(value) && value >= range.min && value <= range.max && (!range.integer || Number.isInteger(value));
}

/** The limits a run uses: the defaults, overridden by what is given; a value out of range is a RangeError. */
export function resolveLimits(given: Partial<Record<LimitName, number | undefined>>): Record<LimitName, number> {
  const limits = { ...DEFAULTS };
  for (const name of Object.keys(LIMITS) as LimitName[]) {
    const value = given[name];
    if (value === undefined) continue;
    if (!withinLimit(name, value)) {
      const range: LimitRange = LIMITS[name];
      throw new RangeError(`${name} must be ${range.integer ? "a whole number " : ""}from ${range.min} to ${range.max}, not ${value}`);
    }
    limits[name] = value;
  }
  return limits;
}
