/**
 * Every page search indexes, as search sees it: derived once per build from
 * the model, so the pages' hidden search fields and the search page's word list
 * (woorden.bin) are made from one computation of the same texts.
 */
import { titleTails, wordsOf } from "../../shared/search/compounds.ts";
import { formKey } from "../../shared/search/inflections.ts";
import { vocabularyText } from "../../shared/search/vocabulary.ts";
import { stepPlainText } from "../flow/step-text.ts";
import type { Routebook } from "../model/model.ts";
import { blockTexts } from "../rich/text.ts";
import { dictionaryFamilies, dutchLexicon } from "../search/dictionary.ts";
import { searchTerms, synonymGroups, synonymTerms } from "../search/terms.ts";
import { chapterUrl, routebookPageTitle, routebookPageUrl, routebookUrl, stepUrl } from "../urls/scheme.ts";

/** A page's extra search words: from its text, and the other names of its title. */
export interface SearchPage {
  /** Compound parts, singulars, forms without diacritics and site-wide synonyms of the page's text. */
  terms: string[];
  /** The title's synonyms in its own routebook's glossary and the tails of its compounds: they weigh as the title does. */
  titleSynonyms: string[];
}

export interface SiteSearch {
  /** By the page's URL. */
  pages: ReadonlyMap<string, SearchPage>;
  /** The search page's word list: each page's own words and its extra terms. */
  vocabulary: string;
}

/** What a page is found by: its URL, its title and its searchable text (empty when its words are in the index only). */
interface IndexedPage {
  url: string;
  title: string;
  text: string;
}

/** The glossary page's searchable text. */
const glossaryText = (routebook: Routebook) =>
  routebook.glossary.map((entry) => [entry.term, entry.meaning, entry.po, entry.vo].filter(Boolean).join(" ")).join(" ");

/**
 * The pages of a routebook that search indexes: its own page (title and introductions), every step (the map's
 * text list repeats them), every chapter, the glossary, the signal check, the map and the Verantwoording.
 */
function indexedPages(routebook: Routebook): IndexedPage[] {
  const { id } = routebook;
  const page = (name: "begrippen" | "signalen" | "kaart" | "verantwoording", text: string): IndexedPage => ({
    url: routebookPageUrl(id, name),
    title: routebookPageTitle(name),
    text,
  });
  return [
    {
      url: routebookUrl(id),
      title: routebook.title,
      text: [routebook.title, ...blockTexts(routebook.description.blocks), ...blockTexts(routebook.flow.intro.blocks)].join(" "),
    },
    ...routebook.flow.steps.map((step) => ({ url: stepUrl(id, step.id), title: step.title, text: stepPlainText(step) })),
    ...routebook.documents.flatMap((source) =>
      (source.text?.chapters ?? []).map((chapter) => ({
        url: chapterUrl(id, source.slug, chapter.slug),
        title: chapter.title,
        text: `${chapter.title} ${chapter.text}`,
      })),
    ),
    page("begrippen", glossaryText(routebook)),
    page("signalen", routebook.signals.map((signal) => `${signal.signal} ${signal.action}`).join(" ")),
    page("kaart", ""),
    page("verantwoording", ""),
  ];
}

/**
 * The search model of the whole site. A glossary's synonyms count site-wide for a page's text ("LPA" is the
 * "leerplichtambtenaar" in every routebook), but a title's synonyms come from its own routebook's glossary:
 * they weigh as much as the title, so another routebook's terms find the page through its text only.
 */
export async function deriveSiteSearch(routebooks: readonly Routebook[]): Promise<SiteSearch> {
  const lexicon = await dutchLexicon();
  const siteGroups = routebooks.flatMap((routebook) => synonymGroups(routebook.glossary));
  const pages = new Map<string, SearchPage>();
  const vocabularyPages: string[] = [];
  for (const routebook of routebooks) {
    const ownGroups = synonymGroups(routebook.glossary);
    for (const { url, title, text } of indexedPages(routebook)) {
      const terms = searchTerms(text, lexicon, siteGroups);
      pages.set(url, { terms, titleSynonyms: [...new Set([...synonymTerms(title, ownGroups), ...titleTails(title, lexicon)])] });
      if (text) vocabularyPages.push(`${text} ${terms.join(" ")}`);
    }
  }
  const words = new Set(vocabularyPages.flatMap((page) => wordsOf(page).map(formKey)));
  return { pages, vocabulary: vocabularyText(vocabularyPages, await dictionaryFamilies(words)) };
}
