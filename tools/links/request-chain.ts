import type { InternalTarget } from "./address-guard.ts";
import type { HostPacer } from "./host-pacer.ts";

/**
 * One try at a URL: a request and the redirects it leads to, followed by hand
 * (`redirect: "manual"`), so that every hop is paced, counted and capped. A
 * chain that comes back to an address it has seen, or is longer than the cap,
 * ends at once as a redirect loop. An address the guard calls internal is never
 * requested, neither as the URL itself nor as a redirect's target.
 */
export type ChainAnswer =
  | {
      kind: "http";
      /** The last answer's status; a 3xx only when it had no usable Location. */
      status: number;
      /** Where the chain ended (the URL itself when nothing redirected). */
      finalUrl: string;
      redirected: boolean;
      contentType: string | undefined;
      /** The Retry-After header, as sent. */
      retryAfter: string | undefined;
      cfMitigated: boolean;
    }
  | { kind: "loop"; finalUrl: string; reason: string }
  /** Not requested: `finalUrl` (the URL itself, or where a redirect led) is an internal address. */
  | { kind: "internal"; finalUrl: string; redirected: boolean; target: InternalTarget }
  | { kind: "error"; error: Error; timedOut: boolean };

export interface ChainContext {
  pacer: HostPacer;
  /** Aborted when the whole run's time is up. */
  runSignal: AbortSignal;
  requestTimeoutMs: number;
  maxRedirects: number;
  /** Counts every request sent, for the run's own statistics. */
  onRequest?: () => void;
  /** Says which URLs lead to an internal address; asked before every request (see address-guard.ts). */
  guard?: (url: string) => Promise<InternalTarget | undefined>;
}

const HEADERS = { "user-agent": "Mozilla/5.0 (compatible; routeboek-links/1; link-rot check)", accept: "*/*" };

export async function requestChain(url: string, method: "HEAD" | "GET", context: ChainContext): Promise<ChainAnswer> {
  const seen = new Set<string>([url]);
  let current = url;
  for (let hop = 0; ; hop++) {
    let internal: InternalTarget | undefined;
    try {
      internal = await untilAborted(context.guard?.(current), context.runSignal);
    } catch (error) {
      // A failed lookup is the request's failure, in the shape fetch gives it (the system error as `cause`).
      if (context.runSignal.aborted) return { kind: "error", error: new Error("the run ended"), timedOut: true };
      return { kind: "error", error: new TypeError("fetch failed", { cause: error }), timedOut: false };
    }
    if (internal) return { kind: "internal", finalUrl: current, redirected: hop > 0, target: internal };
    let response: Response;
    try {
      const release = await context.pacer.acquire(new URL(current).host, context.runSignal);
      try {
        context.onRequest?.();
        response = await fetch(current, {
          method,
          redirect: "manual",
          headers: HEADERS,
          signal: AbortSignal.any([context.runSignal, AbortSignal.timeout(context.requestTimeoutMs)]),
        });
        // Only the headers count; the body (of a GET or a redirect) is not read.
        await response.body?.cancel().catch(() => undefined);
      } finally {
        release();
      }
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      return { kind: "error", error: failure, timedOut: failure.name === "TimeoutError" || context.runSignal.aborted };
    }
    const location = response.headers.get("location");
    const target = response.status >= 300 && response.status < 400 && location ? resolveLocation(location, current) : undefined;
    if (!target) {
      return {
        kind: "http",
        status: response.status,
        finalUrl: current,
        redirected: hop > 0,
        contentType: response.headers.get("content-type") ?? undefined,
        retryAfter: response.headers.get("retry-after") ?? undefined,
        cfMitigated: response.headers.has("cf-mitigated"),
      };
    }
    if (seen.has(target)) return { kind: "loop", finalUrl: target, reason: `redirect loop (back to ${target} after ${hop + 1} redirects)` };
    if (hop + 1 > context.maxRedirects)
      return { kind: "loop", finalUrl: target, reason: `redirect loop (more than ${context.maxRedirects} redirects)` };
    seen.add(target);
    current = target;
  }
}

/** `work`'s result, or the run's abort reason thrown as soon as the run ends: a name server may take its time. */
function untilAborted<T>(work: Promise<T> | undefined, signal: AbortSignal): Promise<T | undefined> {
  if (!work) return Promise.resolve(undefined);
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** A Location header as an absolute http(s) URL, or undefined when it is none. */
function resolveLocation(location: string, base: string): string | undefined {
  try {
    const target = new URL(location, base);
    return target.protocol === "http:" || target.protocol === "https:" ? target.href : undefined;
  } catch {
    return undefined;
  }
}
