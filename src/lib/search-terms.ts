import { deriveSiteSearch, type Routebook, type SiteSearch } from "../../pipeline/index.ts";
import { getRoutebooks } from "./routebooks.ts";

let cached: Promise<SiteSearch> | undefined;

/** The site's search model, derived once per build from the routebooks (under `astro dev`, from each reading of them). */
export function getSiteSearch(): Promise<SiteSearch> {
  if (import.meta.env.DEV) return getRoutebooks().then(deriveSiteSearch);
  cached ??= getRoutebooks().then(deriveSiteSearch);
  return cached;
}

/** What a result is, as the results page labels and filters it (a Verantwoording tells about the site). */
export const SEARCH_KINDS = ["Stap", "Hoofdstuk", "Begrippen", "Drempels", "Routeboek", "Kaart", "Verantwoording"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A routebook as the results page names it: two routebooks may share a title, never with the same region. */
export const routebookFilterLabel = (routebook: Routebook): string =>
  // Pagefind reads "key:value" and separates several by commas, so a label carries none.
  `${routebook.title} — ${routebook.region}`.replaceAll(",", "");

/**
 * A routebook as the search page shows it, in its filter and in each result's label: the filter's
 * label with "(redactie)" after a title or region that is the editors' reading, not the source's.
 */
export const routebookShownName = (routebook: Pick<Routebook, "title" | "region" | "editorialFields">): string => {
  const marked = (field: "title" | "region") => `${routebook[field]}${routebook.editorialFields.includes(field) ? " (redactie)" : ""}`;
  return `${marked("title")} — ${marked("region")}`;
};
