/** Said of a URL whose host name the resolver does not know (or could not ask about). */
export const DNS_FAILURE = "the host name could not be resolved";

/** getaddrinfo's codes for "no such host" and "could not ask the name server now": offline looks like either. */
const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN"]);

/** Failures a maintainer meets often, in words; the system's code follows in brackets. */
const IN_WORDS: Record<string, string> = {
  ECONNREFUSED: "the host refused the connection",
  ECONNRESET: "the connection was cut off before an answer",
  UND_ERR_SOCKET: "the connection was cut off before an answer",
  EPIPE: "the connection was cut off before an answer",
  EHOSTUNREACH: "the host cannot be reached on the network",
  ENETUNREACH: "the network cannot be reached",
  UND_ERR_HEADERS_OVERFLOW: "the answer's headers were too large to read",
  HPE_HEADER_OVERFLOW: "the answer's headers were too large to read",
};

/** What is wrong with a certificate, by Node's code for it. */
const CERTIFICATE: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: "it is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "it is signed by a self-signed certificate",
  CERT_HAS_EXPIRED: "it has expired",
  CERT_NOT_YET_VALID: "it is not valid yet",
  ERR_TLS_CERT_ALTNAME_INVALID: "it is made out for another host name",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "its issuer is unknown (an incomplete chain?)",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "its issuer is unknown (an incomplete chain?)",
  UNABLE_TO_GET_ISSUER_CERT: "its issuer is unknown (an incomplete chain?)",
  CERT_REVOKED: "it has been revoked",
};

/**
 * OpenSSL's error text, `<thread>:error:<code>:<library>:<function>:<reason>:<file>:<line>:…`,
 * as its reason alone ("wrong version number"): its source paths and codes mean nothing to a
 * maintainer. Other text loses file paths and line breaks, and is kept short.
 */
function plainMessage(message: string): string {
  const openssl = /(?:^|\s|:)error:[0-9A-F]+:[^:]*:[^:]*:([^:\n]+)/i.exec(message);
  const text = openssl ? openssl[1]! : message.replace(/(^|[\s'"(=])(?:\.{1,2}\/|\/|[A-Za-z]:\\)[^\s'")]+/g, "$1…").replace(/\s+/g, " ");
  const trimmed = text.trim().replace(/[\s:]+$/, "");
  return trimmed.length > 160 ? `${trimmed.slice(0, 159)}…` : trimmed;
}

/**
 * A network error in words for the report. A DNS failure gets a plain sentence,
 * because the system's text ("getaddrinfo ENOTFOUND host") reads like a broken
 * link to a maintainer, while it usually means a typo in the host or no network.
 * Other failures are said in words where they are common, and as the system's text
 * without OpenSSL's paths otherwise; the code, where there is one, follows in brackets.
 * undici wraps the system error (ECONNREFUSED, certificate errors) in `cause`.
 */
export function networkErrorReason(error: Error | undefined): string {
  if (!error) return "";
  const cause = error.cause as { code?: string; message?: string; reason?: string } | undefined;
  const code = cause?.code ?? (error as NodeJS.ErrnoException).code;
  const withCode = (words: string) => (code ? `${words} (${code})` : words);
  if (code && DNS_CODES.has(code)) return `${DNS_FAILURE} (${code})`;
  if (code && IN_WORDS[code]) return withCode(IN_WORDS[code]);
  if (code && CERTIFICATE[code]) return withCode(`the site's certificate is not accepted: ${CERTIFICATE[code]}`);
  const detail = plainMessage(cause?.reason ?? cause?.message ?? "");
  if (code?.startsWith("ERR_SSL_") || /\bSSL routines\b/.test(cause?.message ?? "")) {
    return withCode(`the secure connection (TLS) failed${detail ? `: ${detail}` : ""}`);
  }
  if (detail) return withCode(detail);
  return withCode(plainMessage(`${error.name}: ${error.message}`));
}
