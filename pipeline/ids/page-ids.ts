import { slugify, uniqueSlug } from "./slug.ts";

/**
 * The ids the site's own templates give elements: the one list content anchors must
 * stay clear of, so that a section named "Inhoud" or "Voetnoot 1" never takes
 * the id of the page's table of contents or of a footnote. A test holds this
 * list to the templates.
 */
const PAGE_IDS: readonly string[] = [
  "afgeleid",
  "alle-stappen",
  "bronnen",
  "controleren",
  "correcties",
  "documenten",
  "einde",
  "fasen",
  "header-zoekterm",
  "inhoud",
  "jouw-route",
  "lees-verder",
  "links",
  "normalisaties",
  "pijl",
  "redactie",
  "startdatum",
  "startdatum-fout",
  "startdatum-gebeurtenis",
  "startdatum-uitleg",
  "tijdlijn",
  "tool",
  "weggelaten",
  "zoek-eerst",
  "zoek-routeboek",
  "zoek-soort",
  "zoekterm",
  "zoekterm-404",
];

/**
 * Numbered ids on the pages that hold content anchors (chapter pages, the
 * glossary): footnotes (`voetnoot-1`, `voetnoot-lijst`). Other pages number
 * their own (`stap-…` on the map), but hold no content anchors.
 */
const PAGE_ID_PREFIXES: readonly string[] = ["voetnoot"];

/** Whether `id` is, or could be, one the page gives itself. */
export function isPageId(id: string): boolean {
  return PAGE_IDS.includes(id) || PAGE_ID_PREFIXES.some((prefix) => id === prefix || id.startsWith(`${prefix}-`));
}

/**
 * An anchor for content on a page: the title's slug, or `fallback` when the title
 * has no letters or digits ("§"); `kind-…` in front when the slug is one of the
 * page's own ids; then unique among `used`.
 */
export function contentAnchor(title: string, used: Set<string>, kind: string, maxWords = 6): string {
  const slug = slugify(title, maxWords) || kind;
  return uniqueSlug(isPageId(slug) ? `${kind}-${slug}` : slug, used);
}
