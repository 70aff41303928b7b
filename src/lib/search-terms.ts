import {
  blockTexts,
  dictionaryFamilies,
  dutchLexicon,
  type Routebook,
  searchTerms,
  stepPlainText,
  synonymGroups,
  synonymTerms,
} from "../../pipeline/index.ts";
import { formKey } from "../../shared/search/inflections.ts";
import { titleTails, wordsOf } from "../../shared/search/compounds.ts";
import { vocabularyText } from "../../shared/search/vocabulary.ts";
import { getRoutebooks } from "./routebooks.ts";

/**
 * The glossary synonyms of every routebook: a term one routebook explains ("LPA" is the "leerplichtambtenaar")
 * finds its meaning in every routebook, and the meaning finds the term.
 */
let synonyms: Promise<ReturnType<typeof synonymGroups>> | undefined;
/** Read once per build, as getRoutebooks is: every page's search terms ask for them. */
const siteSynonymGroups = () => {
  const groups = (routebooks: Routebook[]) => routebooks.flatMap((routebook) => synonymGroups(routebook.glossary));
  synonyms ??= getRoutebooks().then(groups);
  return synonyms;
};

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

/** Extra search terms for a page's text: compound parts, singulars, forms without diacritics, site-wide synonyms. */
export async function searchTermsFor(text: string): Promise<string[]> {
  return searchTerms(text, await dutchLexicon(), await siteSynonymGroups());
}

/**
 * Other names for what a title names: its own routebook's glossary synonyms (a page titled "JGZ"
 * is about "jeugdarts" too) and the tails of its compounds ("Adviestafel" is a "tafel"). They weigh
 * as much as the title, so they come from the routebook's own glossary; other routebooks' terms find
 * the page through its text's terms (searchTermsFor), which weigh less.
 */
export const titleSynonymsFor = async (title: string, routebook: Routebook): Promise<string[]> => [
  ...new Set([...synonymTerms(title, synonymGroups(routebook.glossary)), ...titleTails(title, await dutchLexicon())]),
];

/** The glossary page's searchable text. */
export const glossaryText = (routebook: Routebook): string =>
  routebook.glossary.map((entry) => [entry.term, entry.meaning, entry.po, entry.vo].filter(Boolean).join(" ")).join(" ");

/** The routebook page's searchable text: its title and introductions. */
export const routebookPageText = (routebook: Routebook): string =>
  [routebook.title, ...blockTexts(routebook.description.blocks), ...blockTexts(routebook.flow.intro.blocks)].join(" ");

/** The signal check's searchable text: each threshold and action in the source's words. */
export const signalsPageText = (routebook: Routebook): string =>
  routebook.signals.map((signal) => `${signal.signal} ${signal.action}`).join(" ");

/**
 * The text of every page search indexes in a routebook: steps (the map's text list repeats them), chapters,
 * the glossary, the routebook page and the signal check. The Verantwoording's words are in the index only.
 */
const searchablePageTexts = (routebook: Routebook): string[] => [
  ...routebook.flow.steps.map(stepPlainText),
  ...routebook.documents.flatMap((source) => (source.text?.chapters ?? []).map((chapter) => `${chapter.title} ${chapter.text}`)),
  glossaryText(routebook),
  routebookPageText(routebook),
  signalsPageText(routebook),
];

/** The site's vocabulary file: each page's own words and its extra search terms. */
export async function siteVocabulary(routebooks: readonly Routebook[]): Promise<string> {
  const pages: string[] = [];
  for (const routebook of routebooks) {
    for (const text of searchablePageTexts(routebook)) pages.push(`${text} ${(await searchTermsFor(text)).join(" ")}`);
  }
  const words = new Set(pages.flatMap((page) => wordsOf(page).map(formKey)));
  return vocabularyText(pages, await dictionaryFamilies(words));
}
