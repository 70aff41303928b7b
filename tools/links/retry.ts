/**
 * When to ask a URL again. Pure: the checker passes in what it saw and how
 * much of the run is left. Our own back-off is the floor, whatever the server
 * says: `Retry-After: 0` on every answer would otherwise make us ask as fast
 * as the network allows.
 */

/**
 * True when an answer asks us to come back later rather than saying the URL is broken:
 * a 429, or a 503 that says when (Retry-After), as a site in maintenance does. One rule
 * for both: retried at our back-off or the asked wait, whichever is longer, and reported
 * as rate-limited when it never ends. A 503 without Retry-After is a failing server.
 */
export function asksToWait(status: number, retryAfter: string | null | undefined): boolean {
  return status === 429 || (status === 503 && retryAfter != null && retryAfter.trim() !== "");
}

/**
 * The longest wait we record: no run waits that long anyway, and a report that says
 * "1e+23 s" (or its hours) only makes the reader distrust the rest of it.
 */
export const MAX_RETRY_AFTER_SECONDS = 365 * 86_400;

/**
 * The seconds a Retry-After header asks for (delta-seconds or an HTTP date), at most
 * MAX_RETRY_AFTER_SECONDS, or undefined when it cannot be read.
 */
export function retryAfterSeconds(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text), MAX_RETRY_AFTER_SECONDS);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, Math.ceil((date - now) / 1000)), MAX_RETRY_AFTER_SECONDS);
}

/** "3600 s (60 min)": the wait a server asked for, readable; "a year or more" at the cap. */
export function waitAsked(seconds: number): string {
  if (seconds >= MAX_RETRY_AFTER_SECONDS) return "a year or more";
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${seconds} s (${Math.round(seconds / 60)} min)`;
  if (seconds < 2 * 86_400) return `${seconds} s (${Math.round(seconds / 360) / 10} h)`;
  return `${seconds} s (${Math.round(seconds / 8640) / 10} days)`;
}

export interface RetryPolicy {
  /** Retries allowed per URL. */
  retries: number;
  /** The first back-off; it doubles with each retry. */
  backoffMs: number;
}

export type RetryDecision =
  | { retry: true; delayMs: number }
  /** No retry: out of retries, or the wait would not end before the run does (`beyondBudget`). */
  | { retry: false; beyondBudget: boolean };

/**
 * Whether to retry after the `attempt`-th failed try (0 for the first), and after how long:
 * the back-off (doubling each time) or what the server asked, whichever is longer.
 */
export function retryDecision(input: {
  attempt: number;
  askedSeconds?: number | undefined;
  remainingMs: number;
  policy: RetryPolicy;
}): RetryDecision {
  const { attempt, askedSeconds, remainingMs, policy } = input;
  const delayMs = Math.max(policy.backoffMs * 2 ** attempt, (askedSeconds ?? 0) * 1000);
  if (attempt >= policy.retries) return { retry: false, beyondBudget: false };
  // A wait that outlasts the run would only end in a timeout; the report says what the server asked instead.
  if (delayMs >= remainingMs) return { retry: false, beyondBudget: true };
  return { retry: true, delayMs };
}
