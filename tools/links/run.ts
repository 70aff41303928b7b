import type { Routebook } from "../../pipeline/model/model.ts";
import type { LinkReport } from "../../pipeline/schema/link-report.ts";
import { collectExternalLinks } from "./collect.ts";
import { checkExternalLinks, type ExternalCheckOptions } from "./external.ts";
import { buildReport } from "./report.ts";
import { flagLinks } from "./stale.ts";

export interface LinkRunOptions extends ExternalCheckOptions {
  /**
   * URL prefixes to check elsewhere, e.g. `{ from: "https://pro.sppoh.nl/", to: "http://127.0.0.1:8080/" }`;
   * the report keeps the original URLs. For tests and mirrors: a rewrite's target is trusted,
   * so it is requested even on a local address, while every other internal address is not.
   */
  rewrites?: { from: string; to: string }[];
}

/** Collects, checks and flags every external URL of the content, into a report. */
export async function runLinkReport(routebooks: readonly Routebook[], options: LinkRunOptions = {}): Promise<LinkReport> {
  const started = performance.now();
  const uses = collectExternalLinks(routebooks);
  const rewrite = (url: string) => {
    const rule = options.rewrites?.find(({ from }) => url.startsWith(from));
    return rule ? new URL(rule.to + url.slice(rule.from.length)).href : new URL(url).href;
  };
  const checkedUrls = new Map([...uses.keys()].map((url) => [rewrite(url), url]));
  // A source document with a PDF file promises a PDF at its URL, whatever the URL's path says.
  const pdfUrls = new Set(
    routebooks.flatMap((routebook) => routebook.documents.flatMap((source) => (source.url && source.pdf ? [rewrite(source.url)] : []))),
  );
  const stats = { requests: 0 };
  const trustedOrigins = [...(options.trustedOrigins ?? []), ...(options.rewrites ?? []).map(({ to }) => new URL(to).origin)];
  const check = { ...options, pdfUrls, trustedOrigins };
  const checked = (await checkExternalLinks([...checkedUrls.keys()], check, stats)).map((result) => ({
    ...result,
    url: checkedUrls.get(result.url) ?? result.url,
  }));
  const documents = routebooks.flatMap((routebook) =>
    routebook.documents.flatMap((source) => (source.url ? [{ routebook: routebook.id, alias: source.alias, url: source.url }] : [])),
  );
  return buildReport({
    uses,
    checked,
    flags: flagLinks(uses, documents),
    durationMs: performance.now() - started,
    generatedAt: new Date(),
    requests: stats.requests,
  });
}
