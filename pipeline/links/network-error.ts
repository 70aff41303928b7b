/** Said of a URL whose host name the resolver does not know (or could not ask about). */
export const DNS_FAILURE = "the host name could not be resolved";

/** getaddrinfo's codes for "no such host" and "could not ask the name server now": offline looks like either. */
const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN"]);

/**
 * A network error in words for the report. A DNS failure gets a plain sentence,
 * because the system's text ("getaddrinfo ENOTFOUND host") reads like a broken
 * link to a maintainer, while it usually means a typo in the host or no network.
 * Anything else keeps its most telling text: undici wraps the system error
 * (ECONNREFUSED, certificate errors) in `cause`.
 */
export function networkErrorReason(error: Error | undefined): string {
  if (!error) return "";
  const cause = error.cause as { code?: string; message?: string } | undefined;
  const code = cause?.code ?? (error as NodeJS.ErrnoException).code;
  if (code && DNS_CODES.has(code)) return `${DNS_FAILURE} (${code})`;
  return [error.name, error.message, cause?.code, cause?.message].filter(Boolean).join(": ");
}
