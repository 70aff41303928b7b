/**
 * Every URL the site will publish, each with what makes it and where, so that
 * two things never share one: a routebook named like a page of the site, two
 * document aliases that slugify alike, a document named like a routebook's own
 * page. Astro would only warn and serve one of them; here it is a problem with
 * both places named, found before Astro starts. Pure: model in, problems out.
 */
import type { Problem } from "../problems/problems.ts";
import { chapterUrl, documentUrl, pdfUrl, ROUTEBOOK_PAGES, routebookUrl, SITE_PAGES, type SitePage, stepUrl } from "./scheme.ts";

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
      url: routebookUrl(book.id),
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
    claims.push({ url: documentUrl(book.id, document.slug), what, place: document.place, hint: renameDocument, group });
    if (document.pdf)
      claims.push({
        url: pdfUrl(book.id, document.slug),
        what: `the PDF of ${what}`,
        place: document.place,
        hint: renameDocument,
        group,
      });
    for (const chapter of document.chapters) {
      claims.push({
        url: chapterUrl(book.id, document.slug, chapter.slug),
        what: `the chapter "${chapter.title}" of ${what}`,
        place: chapter.place,
        hint: "rename one of the chapters",
        group,
      });
    }
  }
  for (const step of book.steps) {
    claims.push({
      url: stepUrl(book.id, step.id),
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
