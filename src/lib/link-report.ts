import { CONTENT_DIR, readPublishedReport } from "../../pipeline/index.ts";

let cached: Promise<boolean> | undefined;

/**
 * Whether the content folder holds a link report, as the Linkrapport page reads it: the footer
 * links there only then, since an empty report page helps no visitor. Read once per build;
 * under `astro dev` on every request, so a report placed while the server runs shows on reload.
 */
export function hasLinkReport(): Promise<boolean> {
  const read = () => readPublishedReport(CONTENT_DIR).then((report) => report !== undefined);
  if (import.meta.env.DEV) return read();
  cached ??= read();
  return cached;
}
