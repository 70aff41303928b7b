/**
 * Every URL the site will publish, each with what makes it and where, so that
 * two things never share one: a routebook named like a page of the site, two
 * document aliases that slugify alike, a document named like a routebook's own
 * page. Astro would only warn and serve one of them; here it is a problem with
 * both places named, found before Astro starts. Pure: model in, problems out.
 */
import type { Problem } from "../problems/problems.ts";

/** Where something that takes a URL is written: a content file and line, or the site's source file. */
export type UrlPlace = Pick<Problem, "file" | "line" | "column" | "page">;

/** One URL (or folder of URLs, ending in `/`) and what takes it. */
export interface UrlClaim {
  url: string;
  /** What takes the URL, for messages: `the routebook "proef"`, `the site's search page`. */
  what: string;
  place: UrlPlace;
  /** The site's own page: never the one to change. */
  site?: true;
  /** What to do when this claim is the one in the way. */
  hint?: string;
  /** Claims that stand or fall together (a document's folder, PDF and chapters): after one collides, the rest are not reported. */
  group?: string;
}

/** A page or folder the site makes itself, and the file that makes it. */
interface SitePage {
  path: string;
  what: string;
  source: string;
  /** Content may link to the page as `pagina:<link>` (a routebook page only). */
  link?: string;
  /** The page exists only when the routebook has thresholds in signalen.yml. */
  needs?: "thresholds";
}

/**
 * The site's own URLs at its top. tests/unit/site-urls.test.ts keeps this list
 * equal to src/pages/ and public/, so a new page cannot slip past the check.
 */
export const SITE_PAGES: readonly SitePage[] = [
  { path: "", what: "the home page", source: "src/pages/index.astro" },
  { path: "zoeken/", what: "the search page", source: "src/pages/zoeken/index.astro" },
  { path: "zoeken/woorden.bin", what: "the search page's word list", source: "src/pages/zoeken/woorden.bin.ts" },
  { path: "linkrapport/", what: "the link report page", source: "src/pages/linkrapport.astro" },
  { path: "404.html", what: "the page-not-found page", source: "src/pages/404.astro" },
  { path: "favicon.svg", what: "the site's icon", source: "public/favicon.svg" },
  { path: "pagefind/", what: "the search index's folder", source: "tools/search-index/pagefind-integration.ts" },
  { path: "_astro/", what: "the folder of the site's scripts and styles", source: "astro.config.mjs" },
];

/** The pages every routebook has under `/<id>/`; kept equal to src/pages/[routebook]/ by the same test. */
export const ROUTEBOOK_PAGES = [
  { path: "", what: "the routebook's page", source: "src/pages/[routebook]/index.astro" },
  {
    path: "begrippen/",
    what: "the routebook's glossary page",
    source: "src/pages/[routebook]/begrippen.astro",
    link: "begrippen",
  },
  { path: "bronnen/", what: "the folder of the routebook's PDFs", source: "src/pages/[routebook]/bronnen/[document].pdf.ts" },
  { path: "kaart/", what: "the routebook's map page", source: "src/pages/[routebook]/kaart.astro", link: "kaart" },
  { path: "route.json", what: "the routebook's route data", source: "src/pages/[routebook]/route.json.ts" },
  { path: "samenvatting/", what: "the routebook's case note page", source: "src/pages/[routebook]/samenvatting.astro" },
  {
    path: "signalen/",
    what: "the routebook's thresholds page",
    source: "src/pages/[routebook]/signalen.astro",
    link: "signalen",
    needs: "thresholds",
  },
  { path: "stap/", what: "the folder of the routebook's step pages", source: "src/pages/[routebook]/stap/[step].astro" },
  {
    path: "verantwoording/",
    what: "the routebook's Verantwoording page",
    source: "src/pages/[routebook]/verantwoording.astro",
    link: "verantwoording",
  },
] as const satisfies readonly SitePage[];

/** The name of a routebook page in content: `pagina:signalen`. */
export type PageName = Extract<(typeof ROUTEBOOK_PAGES)[number], { link: string }>["link"];
/** A routebook page that content may link to. */
interface LinkedPage extends SitePage {
  link: PageName;
}

/** The routebook pages content may link to as `pagina:<name>`, in the list's order. */
export const LINKED_PAGES = (ROUTEBOOK_PAGES as readonly SitePage[]).filter((page): page is LinkedPage => page.link !== undefined);
export const PAGE_NAMES = LINKED_PAGES.map((page) => page.link) as [PageName, ...PageName[]];

/** The URL of a routebook's own page: `/<id>/signalen/`. */
export const routebookPageUrl = (id: string, name: PageName) => `/${id}/${LINKED_PAGES.find((page) => page.link === name)!.path}`;

/** The page that shows a chapter of a source document: `/<id>/<document>/<chapter>/`. */
export const CHAPTER_PAGE_SOURCE = "src/pages/[routebook]/[document]/[chapter].astro";

/** What a routebook publishes, with the places that name each part. */
export interface RoutebookUrls {
  id: string;
  /** Where the routebook's id is written (its routeboek.md). */
  place: UrlPlace;
  documents: readonly {
    alias: string;
    slug: string;
    place: UrlPlace;
    pdf: boolean;
    chapters: readonly { slug: string; title: string; place: UrlPlace }[];
  }[];
  steps: readonly { id: string; place: UrlPlace }[];
}

/** The site's own URLs: its top pages, and each routebook's fixed pages (its own page `/<id>/` is the routebook's claim). */
export function siteClaims(ids: readonly string[]): UrlClaim[] {
  const own = (path: string, page: SitePage): UrlClaim => ({
    url: `/${path}`,
    what: `${page.what} (${page.source})`,
    place: { file: page.source },
    site: true,
  });
  const fixed = ROUTEBOOK_PAGES.filter((page) => page.path !== "");
  return [...SITE_PAGES.map((page) => own(page.path, page)), ...ids.flatMap((id) => fixed.map((page) => own(`${id}/${page.path}`, page)))];
}

/** The URLs a routebook's content takes: its folder, each document's folder, chapter pages and PDF, each step page. */
export function routebookClaims(book: RoutebookUrls): UrlClaim[] {
  const claims: UrlClaim[] = [
    {
      url: `/${book.id}/`,
      what: `the routebook "${book.id}"`,
      place: book.place,
      hint: "choose another id for the routebook (and give its folder that name)",
    },
  ];
  const renameDocument = "give the document another alias: its URL is the alias in lowercase words joined by hyphens";
  // A document without a URL segment is its own problem (emptySlugProblems).
  for (const [index, document] of book.documents.entries()) {
    if (document.slug === "") continue;
    const what = `the document "${document.alias}"`;
    const group = `${book.id} document ${index}`;
    claims.push({ url: `/${book.id}/${document.slug}/`, what, place: document.place, hint: renameDocument, group });
    if (document.pdf)
      claims.push({
        url: `/${book.id}/bronnen/${document.slug}.pdf`,
        what: `the PDF of ${what}`,
        place: document.place,
        hint: renameDocument,
        group,
      });
    for (const chapter of document.chapters) {
      claims.push({
        url: `/${book.id}/${document.slug}/${chapter.slug}/`,
        what: `the chapter "${chapter.title}" of ${what}`,
        place: chapter.place,
        hint: "rename one of the chapters",
        group,
      });
    }
  }
  for (const step of book.steps) {
    claims.push({
      url: `/${book.id}/stap/${step.id}/`,
      what: `the step "${step.id}"`,
      place: step.place,
      hint: "give the step another id",
    });
  }
  return claims;
}

/** `/404.html`, `/404/` and `/404` are one address to a web server; so are `/x/index.html` and `/x/`. */
function addressKey(url: string): string {
  return url.replace(/(?:\/index)?\.html$/, "").replace(/\/+$/, "") || "/";
}

const placeText = (place: UrlPlace) =>
  place.line !== undefined
    ? `${place.file}:${place.line}:${place.column ?? 1}`
    : place.page !== undefined
      ? `${place.file}, page ${place.page}`
      : place.file;

/**
 * Claims that take a URL already taken, as problems at the later claim naming
 * the earlier one. A document whose own folder is taken is not looked at
 * further (its chapters would only repeat the one problem), and steps that
 * share an id are left to the flow's graph check, which reports them already.
 */
export function urlCollisions(claims: readonly UrlClaim[]): Problem[] {
  const taken = new Map<string, UrlClaim>();
  const problems: Problem[] = [];
  const failed = new Set<string>();
  for (const claim of claims) {
    if (claim.group !== undefined && failed.has(claim.group)) continue;
    const key = addressKey(claim.url);
    const first = taken.get(key);
    if (!first) {
      taken.set(key, claim);
      continue;
    }
    // The same thing named twice (an alias, a step id) is reported by its own check.
    if (first.what === claim.what) continue;
    if (claim.group !== undefined) failed.add(claim.group);
    const where = first.site ? first.what : `${first.what} (${placeText(first.place)})`;
    problems.push({
      ...claim.place,
      message: `${claim.what} would be published at ${claim.url}, which is ${first.site ? "" : "taken by "}${where}`,
      ...(claim.hint ? { hint: claim.hint } : {}),
    });
  }
  return problems;
}

/** A document alias with no letter or digit gives no URL at all. */
export function emptySlugProblems(book: RoutebookUrls): Problem[] {
  return book.documents
    .filter((document) => document.slug === "")
    .map((document) => ({
      ...document.place,
      message: `the document alias "${document.alias}" gives no URL (it has no letter or digit)`,
      hint: "use words in the alias",
    }));
}
