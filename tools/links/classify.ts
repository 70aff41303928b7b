import type { ReportedLink } from "../../pipeline/schema/link-report.ts";
import { networkErrorReason } from "./network-error.ts";
import type { ChainAnswer } from "./request-chain.ts";
import { asksToWait, MAX_RETRY_AFTER_SECONDS, waitAsked } from "./retry.ts";

/** One URL's check result: the report's entry without its flags and uses. */
export type CheckedLink = Omit<ReportedLink, "flags" | "uses">;

/** Said of a PDF address that now redirects to a web page: usually the site's new page for it, or its "not found" page. */
export const PDF_NOW_WEB_PAGE = "the PDF now leads to a web page";

/** Said of a PDF address that answers 200 with a web page: a "not found" page that does not say 404. */
export const SOFT_404 = "soft 404: a web page where a PDF was promised";

/** Said of a URL on a loopback, link-local or private address: no reader can reach it, and we do not request it. */
export const INTERNAL_ADDRESS = "an internal address, not on the public internet";

/** Said of a URL that redirects to such an address. */
export const REDIRECTS_INTERNAL = "redirects to an internal address";

/** True when the address or the link promises a PDF: its path ends in .pdf, or the content lists it as a PDF document. */
export function promisesPdf(url: string, pdfUrls: ReadonlySet<string>): boolean {
  return pdfUrls.has(url) || /\.pdf$/i.test(new URL(url).pathname);
}

const isWebPage = (contentType: string | undefined) => /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? "");

/**
 * What became of a URL, from the last try's answer. Pure.
 * `askedSeconds` is what the last Retry-After asked; `beyondBudget` says that
 * this wait was longer than the run had left, so it was not waited for.
 */
export function classify(
  url: string,
  answer: ChainAnswer,
  context: { promisesPdf: boolean; askedSeconds?: number | undefined; beyondBudget?: boolean },
): CheckedLink {
  if (answer.kind === "loop") return { url, status: "broken", reason: answer.reason };
  if (answer.kind === "internal") {
    // Broken for every reader: no visitor of the site can reach an address on our own machine or network.
    const { address, hostname } = answer.target;
    const where = hostname ? `${hostname}, ${address}` : address;
    if (answer.redirected) {
      const reason = `${REDIRECTS_INTERNAL} (${where}); not followed`;
      return { url, status: "broken", target: answer.finalUrl, reason };
    }
    return { url, status: "broken", reason: `${INTERNAL_ADDRESS} (${where}); not requested` };
  }
  if (answer.kind === "error") {
    if (answer.timedOut) return { url, status: "timeout", reason: "no answer in time" };
    return { url, status: "unreachable", reason: networkErrorReason(answer.error) || "no connection" };
  }
  const { status } = answer;
  const base = { url, httpStatus: status };
  const target = answer.redirected ? { target: answer.finalUrl } : {};
  if (status >= 200 && status < 300) {
    if (context.promisesPdf && isWebPage(answer.contentType)) {
      const type = answer.contentType!.split(";")[0]!.trim();
      if (answer.redirected) return { ...base, status: "moved", ...target, reason: `${PDF_NOW_WEB_PAGE} (${type})` };
      return { ...base, status: "soft-404", reason: `${SOFT_404} (HTTP ${status}, ${type})` };
    }
    return answer.redirected ? { ...base, status: "moved", ...target } : { ...base, status: "ok" };
  }
  if (asksToWait(status, answer.retryAfter)) {
    const asked = context.askedSeconds;
    const wait = asked !== undefined && asked >= MAX_RETRY_AFTER_SECONDS ? waitAsked(asked) : `${asked} s`;
    const reason =
      asked !== undefined && context.beyondBudget
        ? `the server asked to wait ${wait} (Retry-After), longer than the run had left`
        : status === 429
          ? "the server kept answering 429 Too Many Requests"
          : "the server kept answering 503 Service Unavailable with a Retry-After";
    return { ...base, status: "rate-limited", reason, ...(asked !== undefined ? { retryAfterSeconds: asked } : {}) };
  }
  if (status === 999 || (status === 403 && answer.cfMitigated)) {
    return { ...base, status: "blocked", reason: "bot protection answered; check it in a browser" };
  }
  if (status >= 400)
    return { ...base, status: "broken", ...target, reason: answer.redirected ? `HTTP ${status} after a redirect` : `HTTP ${status}` };
  return { ...base, status: "broken", reason: `HTTP ${status} without a usable Location` };
}
