import { describe, expect, it } from "vitest";
import type { CheckedLink } from "../../tools/links/external.ts";
import { networkErrorReason } from "../../tools/links/network-error.ts";
import { advice, buildReport, looksOffline, reportMarkdown } from "../../tools/links/report.ts";
import type { LinkUse } from "../../tools/links/collect.ts";

const DNS = "the host name could not be resolved (ENOTFOUND)";
const use: LinkUse = { routebook: "regio-po", where: "stap start", file: "content/regio-po/flow.md", line: 3 };

function report(checked: CheckedLink[]) {
  return buildReport({
    uses: new Map(checked.map((link) => [link.url, [use]])),
    checked,
    flags: new Map(),
    durationMs: 40,
    generatedAt: new Date("2026-01-05T06:00:00Z"),
  });
}

/** An error as undici's fetch gives it: the system error is its cause. */
function fetchError(code: string): Error {
  const cause = Object.assign(new Error(`getaddrinfo ${code} example.org`), { code });
  return new TypeError("fetch failed", { cause });
}

describe("network errors in the link report", () => {
  it("say that the host name could not be resolved for both DNS failures", () => {
    expect(networkErrorReason(fetchError("ENOTFOUND"))).toBe(DNS);
    expect(networkErrorReason(fetchError("EAI_AGAIN"))).toBe("the host name could not be resolved (EAI_AGAIN)");
  });

  it("say common failures in words, with the system's code apart", () => {
    expect(networkErrorReason(fetchError("ECONNREFUSED"))).toBe("the host refused the connection (ECONNREFUSED)");
    expect(networkErrorReason(fetchError("UND_ERR_SOCKET"))).toBe("the connection was cut off before an answer (UND_ERR_SOCKET)");
    expect(networkErrorReason(fetchError("UND_ERR_HEADERS_OVERFLOW"))).toBe(
      "the answer's headers were too large to read (UND_ERR_HEADERS_OVERFLOW)",
    );
    expect(networkErrorReason(fetchError("DEPTH_ZERO_SELF_SIGNED_CERT"))).toBe(
      "the site's certificate is not accepted: it is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)",
    );
    expect(networkErrorReason(fetchError("CERT_HAS_EXPIRED"))).toBe(
      "the site's certificate is not accepted: it has expired (CERT_HAS_EXPIRED)",
    );
    expect(networkErrorReason(undefined)).toBe("");
  });

  it("never carry OpenSSL's source paths, codes or line breaks, nor a local file path (red team C-N27)", () => {
    const tls = (code: string | undefined, message: string) =>
      new TypeError("fetch failed", { cause: Object.assign(new Error(message), code ? { code } : {}) });
    expect(
      networkErrorReason(
        tls(
          "ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE",
          "C0:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:918:SSL alert number 40\n",
        ),
      ),
    ).toBe("the secure connection (TLS) failed: sslv3 alert handshake failure (ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE)");
    expect(networkErrorReason(tls(undefined, "error:0A000086:SSL routines::certificate verify failed"))).toBe(
      "the secure connection (TLS) failed: certificate verify failed",
    );
    expect(networkErrorReason(tls("EACCES", "open /etc/ssl/private/routeboek.pem: permission denied\nat line 3"))).toBe(
      "open … permission denied at line 3 (EACCES)",
    );
    const long = networkErrorReason(tls("EWHATEVER", "x".repeat(1_000)));
    expect(long.length).toBeLessThan(200);
  });

  it("advise checking the host name, not the address, after a DNS failure", () => {
    const [link] = report([{ url: "https://nonexistent.invalid/", status: "unreachable", reason: DNS }]).links;
    expect(advice(link!)).toBe("Check the host name: it could not be resolved (or the check ran without a network).");
  });
});

describe("a run in which no URL could be reached", () => {
  const offline = report([
    { url: "https://pro.sppoh.nl/a.pdf", status: "unreachable", reason: DNS },
    { url: "https://www.augeo.nl/", status: "unreachable", reason: DNS },
    { url: "http://127.0.0.1:9/", status: "unreachable", reason: "TypeError: fetch failed: ECONNREFUSED" },
  ]);

  it("looks offline, and report.md says so in its summary line, which the CLI prints", () => {
    expect(looksOffline(offline)).toBe(true);
    const summary = reportMarkdown(offline).split("\n")[2];
    expect(summary).toBe(
      "3 distinct external URLs in 3 places, checked in 0.0 s on 2026-01-05T06:00:00.000Z: 3 unreachable. " +
        "No URL could be reached, so this run looks offline (no network): the links were not checked, not found broken. " +
        "Run it again on a machine with a network.",
    );
  });

  it("is not offline when one URL answered, even with an error", () => {
    const online = report([
      { url: "https://pro.sppoh.nl/a.pdf", status: "unreachable", reason: DNS },
      { url: "https://www.augeo.nl/", status: "broken", httpStatus: 404, reason: "HTTP 404" },
    ]);
    expect(looksOffline(online)).toBe(false);
    expect(reportMarkdown(online)).not.toContain("offline");
    expect(looksOffline(report([]))).toBe(false);
  });
});

describe("what report.md advises for a PDF that became a web page (issue 13, item 10)", () => {
  it("says a soft 404 is no PDF, and tells which page a redirected PDF now leads to", () => {
    const markdown = reportMarkdown(
      report([
        {
          url: "https://example.org/a.pdf",
          status: "soft-404",
          httpStatus: 200,
          reason: "soft 404: a web page where a PDF was promised (HTTP 200, text/html)",
        },
        {
          url: "https://example.org/b.pdf",
          status: "moved",
          httpStatus: 200,
          target: "https://example.org/niet-gevonden/",
          reason: "the PDF now leads to a web page (text/html)",
        },
      ]),
    );
    expect(markdown).toContain(
      '| soft-404 (200) | https://example.org/a.pdf | content/regio-po/flow.md:3 | The address answers with a web page, not the PDF (a "not found" page that does not say so): find the document\'s new address, or remove the link. |',
    );
    expect(markdown).toContain(
      "| moved (200) | https://example.org/b.pdf | content/regio-po/flow.md:3 | The PDF is gone from this address and it now leads to a web page: link that page (https://example.org/niet-gevonden/) if it offers the document, or find the document's new address. |",
    );
  });
});

describe("what report.md advises for an internal address (red team C-N10, C-N11)", () => {
  it("says no reader can reach it, for a link to one and for a redirect into one", () => {
    const links = report([
      {
        url: "http://10.0.0.5/a.pdf",
        status: "broken",
        reason: "an internal address, not on the public internet (10.0.0.5); not requested",
      },
      {
        url: "https://example.org/b",
        status: "broken",
        target: "http://169.254.169.254/latest/meta-data/",
        reason: "redirects to an internal address (169.254.169.254); not followed",
      },
    ]).links;
    for (const link of links) {
      expect(advice(link)).toBe("No reader can reach an internal address: link the document's public address, or remove the link.");
    }
  });
});
