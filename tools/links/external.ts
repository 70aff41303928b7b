import { type AddressGuardOptions, addressGuard } from "./address-guard.ts";
import { type CheckedLink, classify, promisesPdf } from "./classify.ts";
import { HostPacer } from "./host-pacer.ts";
import { type LimitName, resolveLimits } from "./limits.ts";
import { type ChainAnswer, type ChainContext, requestChain } from "./request-chain.ts";
import { asksToWait, retryAfterSeconds, retryDecision } from "./retry.ts";

export type { CheckedLink } from "./classify.ts";
export type { LinkStatusName as LinkStatus } from "../../pipeline/schema/link-report.ts";

/** The limits of a run (see limits.ts for ranges and defaults); a value out of range is a RangeError. */
export interface ExternalCheckOptions extends Partial<Record<LimitName, number>>, AddressGuardOptions {
  /** URLs the content lists as PDF documents: a web page there is a soft 404, whatever the path says. */
  pdfUrls?: ReadonlySet<string>;
}

/** What a run did, besides its results. */
export interface CheckStats {
  /** HTTP requests sent, every hop and retry included. */
  requests: number;
}

/**
 * Checks each distinct URL once: HEAD first, GET where HEAD fails; redirects
 * followed by hand up to a cap, never to an internal address (address-guard.ts);
 * 429, 5xx and network errors retried a few
 * times with a growing back-off that no Retry-After can shorten. Every request
 * goes through the host pacer (see host-pacer.ts). When the run's time is up,
 * what is not done is reported as a timeout.
 */
export async function checkExternalLinks(
  urls: readonly string[],
  options: ExternalCheckOptions = {},
  stats: CheckStats = { requests: 0 },
): Promise<CheckedLink[]> {
  const limits = resolveLimits(options);
  const pdfUrls = new Set([...(options.pdfUrls ?? [])].map(withoutFragment));
  const distinct = [...new Set(urls.map((url) => new URL(url).href))];
  // A fragment names a place in a document, not another request: `doc.pdf#page=5` is checked as `doc.pdf`.
  const requested = [...new Set(distinct.map(withoutFragment))];
  const results = new Map<string, CheckedLink>();
  const run = new AbortController();
  const deadline = performance.now() + limits.runTimeoutMs;
  const timer = setTimeout(() => run.abort(new Error("the run's time limit")), limits.runTimeoutMs);
  const pacer = new HostPacer({ perHost: limits.perHost, total: limits.requestsAtOnce, intervalMs: limits.hostIntervalMs });
  const context: ChainContext = {
    pacer,
    runSignal: run.signal,
    requestTimeoutMs: limits.requestTimeoutMs,
    maxRedirects: limits.maxRedirects,
    onRequest: () => stats.requests++,
    guard: addressGuard(options),
  };
  const policy = { retries: limits.retries, backoffMs: limits.backoffMs };

  const checkOne = async (url: string) => {
    for (let attempt = 0; ; attempt++) {
      const answer = await tryOnce(url, context);
      if (run.signal.aborted) return; // cut off by the run's limit: reported below
      const waiting = answer.kind === "http" && asksToWait(answer.status, answer.retryAfter);
      const asked = waiting ? retryAfterSeconds(answer.retryAfter) : undefined;
      if (!shouldRetry(answer)) return results.set(url, classify(url, answer, { promisesPdf: promisesPdf(url, pdfUrls) }));
      const decision = retryDecision({ attempt, askedSeconds: asked, remainingMs: deadline - performance.now(), policy });
      if (!decision.retry) {
        return results.set(
          url,
          classify(url, answer, { promisesPdf: promisesPdf(url, pdfUrls), askedSeconds: asked, beyondBudget: decision.beyondBudget }),
        );
      }
      const host = new URL(url).host;
      // A request to wait (429, 503 + Retry-After) slows the whole host down by our back-off,
      // never by the server's (possibly hour-long) wish.
      if (waiting) pacer.pause(host, policy.backoffMs * 2 ** attempt);
      await sleep(decision.delayMs, run.signal).catch(() => undefined);
    }
  };

  // One URL's surprise (a bug, an odd answer) is that URL's result, not the end of the run.
  const guarded = (url: string) =>
    checkOne(url).catch((error: unknown) => {
      results.set(url, { url, status: "unreachable", reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    });

  try {
    await Promise.race([
      Promise.all(requested.map(guarded)),
      new Promise((done) => run.signal.addEventListener("abort", done, { once: true })),
    ]);
  } finally {
    clearTimeout(timer);
    run.abort(new Error("the run is over"));
    pacer.close();
  }
  return distinct.map((url) => {
    const result = results.get(withoutFragment(url));
    return result
      ? { ...result, url }
      : { url, status: "timeout", reason: `not checked within the run's limit of ${limits.runTimeoutMs / 1000} s` };
  });
}

/**
 * HEAD, and GET where HEAD failed: many servers refuse or mishandle HEAD.
 * A request to wait, a loop or an internal address is the host's answer to either.
 */
async function tryOnce(url: string, context: ChainContext): Promise<ChainAnswer> {
  const head = await requestChain(url, "HEAD", context);
  const headFailed =
    (head.kind === "http" && head.status >= 400 && !asksToWait(head.status, head.retryAfter)) || (head.kind === "error" && !head.timedOut);
  return headFailed && !context.runSignal.aborted ? requestChain(url, "GET", context) : head;
}

/** Worth another try: the server was busy or failing, or the network was. A timeout is not retried: it costs a whole request limit each time. */
function shouldRetry(answer: ChainAnswer): boolean {
  if (answer.kind === "http") return answer.status === 429 || answer.status >= 500;
  if (answer.kind === "error")
    return !answer.timedOut && !/ENOTFOUND/.test(String((answer.error.cause as { code?: string } | undefined)?.code));
  return false;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed.href;
}
