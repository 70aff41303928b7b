import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LinkChecker, LinkState, type HttpResponse, type LinkResult } from "linkinator";

import type { LinkStatusName, ReportedLink } from "../schema/link-report.ts";
import { networkErrorReason } from "./network-error.ts";

/** What became of an external URL. */
export type LinkStatus = LinkStatusName;

/** One URL's check result: the report's entry without its flags and uses. */
export type CheckedLink = Omit<ReportedLink, "flags" | "uses">;

export interface ExternalCheckOptions {
  /** Requests at once to one host: be a good citizen. */
  perHost?: number;
  /** Hosts checked at once. */
  hostsAtOnce?: number;
  /** Time limit per request. */
  requestTimeoutMs?: number;
  /** Time limit for the whole run; what is not done by then is reported as a timeout. */
  runTimeoutMs?: number;
  /** How often 5xx answers and network errors are retried (with backoff); 429 with Retry-After is always retried once it may. */
  retries?: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * Checks each distinct URL once with linkinator: HEAD first, GET where HEAD
 * fails; retries honouring Retry-After; redirects followed and reported. URLs
 * are checked per host, a few at a time, hosts in parallel.
 */
export async function checkExternalLinks(urls: readonly string[], options: ExternalCheckOptions = {}): Promise<CheckedLink[]> {
  const { perHost = 2, hostsAtOnce = 6, requestTimeoutMs = 15_000, runTimeoutMs = 300_000, retries = 2 } = options;
  const distinct = [...new Set(urls.map((url) => new URL(url).href))];
  // A fragment names a place in a document, not another request: `doc.pdf#page=5` is checked as `doc.pdf`.
  const requested = [...new Set(distinct.map(withoutFragment))];
  const byHost = Map.groupBy(requested, (url) => new URL(url).host);
  const results = new Map<string, CheckedLink>();
  const work = await mkdtemp(join(tmpdir(), "routeboek-links-"));

  const checkHost = async (hostUrls: string[], index: number) => {
    // linkinator checks the links of a page: one small local page per host lists that host's URLs.
    const dir = join(work, String(index));
    await mkdir(dir);
    await writeFile(join(dir, "index.html"), `<!doctype html>${hostUrls.map((url) => `<a href="${escapeHtml(url)}">x</a>`).join("\n")}`);
    const wanted = new Set(hostUrls);
    const redirects = new Map<string, string>();
    const checker = new LinkChecker();
    checker.on("redirect", (info) => {
      if (info.targetUrl && !redirects.has(info.url)) redirects.set(info.url, info.targetUrl);
    });
    checker.on("link", (result) => {
      if (wanted.has(result.url)) results.set(result.url, classify(result, finalTargets(redirects)));
    });
    await checker.check({
      path: dir,
      recurse: false,
      concurrency: perHost,
      timeout: requestTimeoutMs,
      retry: true,
      retryErrors: retries > 0,
      retryErrorsCount: retries,
      retryErrorsJitter: 200,
      // The page holds only this host's URLs and nothing is crawled, so nothing needs skipping (a skip rule would also stop redirects).
      redirects: "warn",
    });
  };

  const queue = [...byHost.values()].map((hostUrls, index) => () => checkHost(hostUrls, index));
  const workers = Array.from({ length: Math.min(hostsAtOnce, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await next();
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((done) => {
    timer = setTimeout(() => {
      queue.length = 0; // no host starts after the limit
      done();
    }, runTimeoutMs);
  });
  try {
    await Promise.race([Promise.all(workers), deadline]);
  } finally {
    clearTimeout(timer);
    await rm(work, { recursive: true, force: true });
  }
  return distinct.map((url) => {
    const result = results.get(withoutFragment(url));
    return result ? { ...result, url } : { url, status: "timeout", reason: `not checked within the run's limit of ${runTimeoutMs / 1000} s` };
  });
}

function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed.href;
}

/** Each redirected URL with where its chain of redirects ends (a → b → c gives c). */
function finalTargets(redirects: ReadonlyMap<string, string>): Map<string, string> {
  const ends = new Map<string, string>();
  for (const start of redirects.keys()) {
    const seen = new Set([start]);
    let target = redirects.get(start)!;
    while (redirects.has(target) && !seen.has(target)) {
      seen.add(target);
      target = redirects.get(target)!;
    }
    ends.set(start, target);
  }
  return ends;
}

function classify(result: LinkResult, redirects: ReadonlyMap<string, string>): CheckedLink {
  const url = result.url;
  const status = result.status || undefined;
  const detail = result.failureDetails?.at(-1);
  const response = detail && !(detail instanceof Error) ? (detail as HttpResponse) : undefined;
  const error = detail instanceof Error ? detail : undefined;
  const base = { url, ...(status ? { httpStatus: status } : {}) };

  if (result.state === LinkState.OK) {
    const target = redirects.get(url);
    return target ? { ...base, status: "moved", target } : { ...base, status: "ok" };
  }
  if (status === 999 || (status === 403 && (result.state === LinkState.SKIPPED || response?.headers?.["cf-mitigated"]))) {
    return { ...base, status: "blocked", reason: "bot protection answered; check it in a browser" };
  }
  if (status === 429) return { ...base, status: "rate-limited", reason: "the server kept answering 429 Too Many Requests" };
  if (status && status >= 400) return { ...base, status: "broken", reason: `HTTP ${status}` };
  const message = networkErrorReason(error);
  if (/timeout|timed out|aborted/i.test(message)) return { ...base, status: "timeout", reason: "no answer in time" };
  if (/redirect/i.test(message)) return { ...base, status: "broken", reason: "redirect loop" };
  return { ...base, status: "unreachable", reason: message || "no connection" };
}
