/** What on a page is the editors' as a whole, as a result's label says (`EDITORIAL_LABELS` in src/elements/site-search.ts). */
export type EditorialPart = "titel" | "titels" | "samenvatting" | "omschrijvingen" | "tekst";
