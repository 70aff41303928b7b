import type { HostPacer } from "./host-pacer.ts";

/**
 * One try at a URL: a request and the redirects it leads to, followed by hand
 * (`redirect: "manual"`), so that every hop is paced, counted and capped. A
 * chain that comes back to an address it has seen, or is longer than the cap,
 * ends at once as a redirect loop.
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
  | { kind: "error"; error: Error; timedOut: boolean };

export interface ChainContext {
  pacer: HostPacer;
  /** Aborted when the whole run's time is up. */
  runSignal: AbortSignal;
  requestTimeoutMs: number;
  maxRedirects: number;
  /** Counts every request sent, for the run's own statistics. */
  onRequest?: () => void;
}

const HEADERS = { "user-agent": "Mozilla/5.0 (compatible; routeboek-links/1; link-rot check)", accept: "*/*" };

export async function requestChain(url: string, method: "HEAD" | "GET", context: ChainContext): Promise<ChainAnswer> {
  const seen = new Set<string>([url]);
  let current = url;
  for (let hop = 0; ; hop++) {
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
    if (hop + 1 > context.maxRedirects) return { kind: "loop", finalUrl: target, reason: `redirect loop (more than ${context.maxRedirects} redirects)` };
    seen.add(target);
    current = target;
  }
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
