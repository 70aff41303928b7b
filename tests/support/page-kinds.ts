/**
 * One sample of every kind of HTML page the site makes, by the file in
 * src/pages/ that makes it. The accessibility, reflow and CSP tests each visit
 * all of them (besides samples of their own), and tests/unit/page-kinds.test.ts
 * keeps the list equal to the page files: a new kind cannot miss those checks.
 */
import { CHAPTER_PAGE_SOURCE } from "../../pipeline/urls/scheme.ts";

export interface PageKind {
  /** The page file, as in pipeline/urls/site-urls.ts. */
  source: string;
  /** A page of that kind on the site built from the real content. */
  path: string;
  /** The HTTP status the page is served with. */
  status: number;
}

export const PAGE_KINDS: readonly PageKind[] = [
  { source: "src/pages/index.astro", path: "/", status: 200 },
  { source: "src/pages/zoeken/index.astro", path: "/zoeken/?q=verzuim", status: 200 },
  { source: "src/pages/linkrapport.astro", path: "/linkrapport/", status: 200 },
  { source: "src/pages/404.astro", path: "/bestaat-niet/", status: 404 },
  { source: "src/pages/[routebook]/index.astro", path: "/sppoh-po/", status: 200 },
  { source: "src/pages/[routebook]/begrippen.astro", path: "/sppoh-po/begrippen/", status: 200 },
  { source: "src/pages/[routebook]/kaart.astro", path: "/sppoh-po/kaart/", status: 200 },
  { source: "src/pages/[routebook]/samenvatting.astro", path: "/sppoh-po/samenvatting/?antwoorden=1-1", status: 200 },
  { source: "src/pages/[routebook]/signalen.astro", path: "/den-bosch-schoolverzuim/signalen/", status: 200 },
  { source: "src/pages/[routebook]/stap/[step].astro", path: "/sppoh-po/stap/schoolinschrijving/", status: 200 },
  { source: "src/pages/[routebook]/verantwoording.astro", path: "/sppoh-po/verantwoording/", status: 200 },
  { source: "src/pages/[routebook]/wijzigingen.astro", path: "/sppoh-po/wijzigingen/", status: 200 },
  { source: CHAPTER_PAGE_SOURCE, path: "/den-haag-tien-stappen/de-route-in-tien-stappen/2-verzuim/", status: 200 },
];

/** A page to visit: on the site built from the real content, or on the one built from the test routebook. */
export type Sample = ["site" | "fixture", string];

/** The sample of every kind, then a test's own samples that are not among them. */
export function withEveryKind(own: readonly Sample[]): Sample[] {
  const kinds = PAGE_KINDS.map(({ path }): Sample => ["site", path]);
  const listed = new Set(kinds.map(([, path]) => path));
  return [...kinds, ...own.filter(([site, path]) => site !== "site" || !listed.has(path))];
}
