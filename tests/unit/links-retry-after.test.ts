import { describe, expect, it } from "vitest";
import { classify } from "../../tools/links/classify.ts";
import { waitAsked } from "../../tools/links/report.ts";
import { MAX_RETRY_AFTER_SECONDS, retryAfterSeconds } from "../../tools/links/retry.ts";

/** A Retry-After of any size reads as a wait a person understands (red team C-N04). */
describe("an absurd Retry-After", () => {
  it("counts as a year at most, by number and by date", () => {
    expect(MAX_RETRY_AFTER_SECONDS).toBe(365 * 86_400);
    expect(retryAfterSeconds("99999999999999999999999")).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds("Fri, 31 Dec 9999 23:59:59 GMT", Date.parse("2026-01-05T00:00:00Z"))).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds("3600")).toBe(3600);
  });

  it("is said in days, or as a year or more, never as 1e+23 s", () => {
    expect(waitAsked(3600)).toBe("3600 s (60 min)");
    expect(waitAsked(3 * 86_400)).toBe("259200 s (3 days)");
    expect(waitAsked(MAX_RETRY_AFTER_SECONDS)).toBe("a year or more");
    const answer = {
      kind: "http" as const,
      status: 429,
      finalUrl: "https://example.org/",
      redirected: false,
      contentType: undefined,
      retryAfter: "99999999999999999999999",
      cfMitigated: false,
    };
    const asked = retryAfterSeconds(answer.retryAfter);
    expect(classify("https://example.org/", answer, { promisesPdf: false, askedSeconds: asked, beyondBudget: true })).toMatchObject({
      status: "rate-limited",
      retryAfterSeconds: MAX_RETRY_AFTER_SECONDS,
      reason: "the server asked to wait a year or more (Retry-After), longer than the run had left",
    });
  });
});
