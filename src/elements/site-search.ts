/**
 * <site-search> runs the query from `?q=` (with the filters `routeboek` and
 * `soort`) against the Pagefind index, which it loads only on the search page
 * and only once a query is given. It puts the results in our order
 * (shared/search/rank.ts), labels each with its kind and routebook, shows ten
 * at a time, and offers "Bedoelde je …?" from the site's own words when a query
 * word is unknown (shared/search/typo.ts). The address may hold anything: the
 * query is bounded before any of this (shared/search/query-bounds.ts).
 */
import { boundQuery, QUERY_LIMITS, type BoundedQuery } from "../../shared/search/query-bounds.ts";
import { checkQuery, unmatchedWords } from "../../shared/search/typo.ts";
import { ownFirst } from "../../shared/search/own-first.ts";
import { parseVocabulary, type Vocabulary } from "../../shared/search/vocabulary.ts";
import { quotedList, queryWords } from "../../shared/search/query-words.ts";
import { rankResults, SECONDARY, type WordWeights } from "../../shared/search/rank.ts";
import { wordsOf } from "../../shared/search/compounds.ts";
import type { EditorialPart } from "../../shared/search/editorial-part.ts";
import { widen } from "./search-widen.ts";

interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string; terms?: string; aka?: string; links?: string };
  filters: Record<string, string[]>;
  sub_results: { url: string; title: string; excerpt: string; locations?: number[] }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const PAGE_SIZE = 10;
/** How many of Pagefind's best results we read to put in our order: enough to lift the right page, few enough to load little. */
const RERANKED = 12;

const FILTERS = ["routeboek", "soort"] as const;
type Filters = Record<string, string>;
/** Whether a filter keeps part of the site: every count and "no page has" is then of that part. */
const isFiltered = (filters: Filters) => FILTERS.some((name) => filters[name]);

/** What the result's label adds when a part of the page is the editors' (the `redactie` filter SearchTerms.astro sets). */
const EDITORIAL_LABELS: Record<EditorialPart, string> = {
  titel: "titel van de redactie",
  titels: "titels deels van de redactie",
  samenvatting: "samenvatting van de redactie",
  omschrijvingen: "omschrijvingen zonder bron van de redactie",
  tekst: "tekst van de redactie",
};

/** A result as the page shows it. */
interface Shown {
  url: string;
  title: string;
  excerpt: string;
  /** Kind and what is the editors', e.g. "Stap · titel van de redactie". */
  label: string;
  /** The routebook: its filter value, and its name as the filter shows it (with "(redactie)" marks). */
  routebook?: { value: string; name: string };
}

const resultsLabel = (count: number) => (count === 1 ? "1 resultaat" : `${count} resultaten`);

async function loadPagefind(): Promise<Pagefind> {
  // A path in a variable keeps the bundler from resolving an index that only exists after the build.
  const indexPath = "/pagefind/pagefind.js";
  const pagefind = (await import(/* @vite-ignore */ indexPath)) as Pagefind;
  // No web worker: it would load a second copy of Pagefind's script for an index this small.
  // Extra terms count a little; the title counts most (Pagefind's meta weights add to its body score).
  // A long chapter counts its words less (BM25's length normalisation in full): a short step is more about a word.
  const ranking = { pageLength: 1, metaWeights: { terms: 0.5, aka: 5, title: 5 } };
  await pagefind.options({ noWorker: true, excerptLength: 24, ranking });
  return pagefind;
}

/** The word list's text: the build gzips it; a host that sent it with `Content-Encoding: gzip` has unpacked it already. */
async function vocabularyText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!gzipped) return new TextDecoder().decode(bytes);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
}

let vocabulary: Promise<Vocabulary> | undefined;
const loadVocabulary = () => {
  const none: Vocabulary = { words: [], forms: new Map() };
  vocabulary ??= fetch("/zoeken/woorden.bin").then(
    async (response) => (response.ok ? parseVocabulary(await vocabularyText(response)) : none),
    () => none,
  );
  return vocabulary;
};

/** A chapter hit inside one of its sections links to that section: the sub-result with the most hits. A step is short: it links to itself. */
function bestUrl(data: PagefindData): string {
  if (!data.filters.soort?.includes("Hoofdstuk")) return data.url;
  const sections = data.sub_results.filter((sub) => sub.url.includes("#"));
  const best = sections.toSorted((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  return best && (best.locations?.length ?? 0) > 0 ? best.url : data.url;
}

/** `names` maps a routebook filter value to its name as the filter shows it, marks included. */
function toShown(data: PagefindData, names: ReadonlyMap<string, string>): Shown {
  const routebook = data.filters.routeboek?.[0];
  return {
    url: bestUrl(data),
    title: data.meta.title ?? data.url,
    excerpt: data.excerpt,
    label: [data.filters.soort?.[0], ...(data.filters.redactie ?? []).map((part) => EDITORIAL_LABELS[part as EditorialPart])]
      .filter(Boolean)
      .join(" · "),
    ...(routebook ? { routebook: { value: routebook, name: names.get(routebook) ?? routebook } } : {}),
  };
}

/**
 * Pagefind's results read for our order: the best of `read` (the pages with an answer of their own first, see
 * SECONDARY), with how much of the query each holds (`coverage`) when merged, and whether it has no answer of its
 * own. `unread` are the rest of `results`, in the order they are shown, read only when shown.
 */
async function readCandidates(results: PagefindResult[], read: PagefindResult[], coverage?: ReadonlyMap<string, number>) {
  const best = read.slice(0, RERANKED);
  const candidates = await Promise.all(
    best.map(async (result) => {
      const data = await result.data();
      const { id } = result;
      const title = data.meta.title ?? data.url;
      const secondary = data.filters[SECONDARY.filter]?.includes(SECONDARY.after) ?? false;
      // A merged page's score is its summed words' scores (query-plan.ts): Pagefind's own is for one word only.
      const score = coverage?.get(id) ?? result.score;
      const step = data.filters.soort?.includes("Stap") ?? false;
      return { ...data, id, title, aka: data.meta.aka, score, secondary, step };
    }),
  );
  return { results, candidates, unread: results.filter((result) => !best.includes(result)) };
}

/** Pagefind's results for a query: the pages with an answer of their own, then the others, each in Pagefind's order. */
async function searchBoth(pagefind: Pagefind, query: string, filters: Filters) {
  const search = (standing: string) => pagefind.search(query, { filters: { ...filters, [SECONDARY.filter]: standing } });
  const [first, after] = await Promise.all([search(SECONDARY.first), search(SECONDARY.after)]);
  return { first: first.results, results: [...first.results, ...after.results] };
}

/**
 * Pagefind's results for a query, the best of them read for our order: those with an answer of their own, or the
 * others when none has the words. `answers` counts the pages with an answer of their own.
 */
async function findCandidates(pagefind: Pagefind, query: string, filters: Filters) {
  const { first, results } = await searchBoth(pagefind, query, filters);
  // A reader who chose a kind (the Verantwoording, say) asked for those pages: each of them answers.
  const answers = filters.soort ? results.length : first.length;
  return { ...(await readCandidates(results, first.length > 0 ? first : results)), answers };
}

/**
 * A query's words also searched apart, each by its other forms and compound parts too (src/elements/search-widen.ts),
 * the pages merged by how well they answer the whole; then the pages of `found` with no answer of their own.
 * Imported, not loaded on demand: a dynamic import brings the bundler's preload helper, which weighs more than the
 * widening itself.
 */
async function widenedSearch(
  pagefind: Pagefind,
  words: readonly string[],
  typed: string,
  found: Awaited<ReturnType<typeof findCandidates>>,
  filters: Filters,
  unknown: readonly string[],
) {
  // Widened over the pages with an answer of their own: a Verantwoording quoting a word is no reason not to widen.
  const standing: Filters = filters.soort ? {} : { [SECONDARY.filter]: SECONDARY.first };
  const answers = (query: string) => pagefind.search(query, { filters: { ...filters, ...standing } });
  const options = { typed, filtered: isFiltered(filters), unknown };
  const widened = await widen(answers, words, found.answers, loadVocabulary, options);
  if (!widened) return undefined;
  // A page the search of all words found keeps that search's excerpt, which marks every word.
  const together = new Map(found.results.map((result) => [result.id, result]));
  const merged = widened.results.map((result) => together.get(result.id) ?? result);
  // Pagefind found the query's pages by a shorter start of a word the site lacks: not the word's own pages.
  const rest = widened.searchedInstead ? [] : found.results.filter((result) => !widened.coverage.has(result.id));
  const read = await readCandidates([...merged, ...rest], merged, widened.coverage);
  return { found: { ...read, answers: merged.length }, weights: widened.weights, notice: widened.notice };
}

/** Whether a query's search finds pages that have every one of its words. */
async function findsAll(pagefind: Pagefind, query: string, filters: Filters): Promise<boolean> {
  const { results, candidates } = await findCandidates(pagefind, query, filters);
  return results.length > 0 && unmatchedWords(query, candidates.map(searchableText)).length === 0;
}

/** Everything a found page is found by: title, text, extra terms and its links' descriptions. */
const searchableText = ({ meta, content }: PagefindData) => [meta.title, content, meta.terms, meta.aka, meta.links].join(" ");

function searchUrl(query: string, filters: Record<string, string>): string {
  const params = new URLSearchParams({ q: query, ...filters });
  return `/zoeken/?${params}`;
}

/** What the page says when it searched less than the address asked for; empty when it searched the query as given. */
function boundNotice({ query, cut }: BoundedQuery): string {
  const count = wordsOf(query).length;
  const words = count === 1 ? "het eerste woord" : `de eerste ${count} woorden`;
  const kept = count === 0 ? `de eerste ${QUERY_LIMITS.characters} tekens` : words;
  const letters = QUERY_LIMITS.wordLength;
  return [
    cut.includes("characters") || cut.includes("words") ? `Je zoekvraag is ingekort tot ${kept}.` : "",
    cut.includes("word length") ? `Woorden van meer dan ${letters} letters zijn ingekort tot ${letters} letters.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** Which function words the search left out of a question; empty when none. */
const droppedNotice = (dropped: readonly string[]) => (dropped.length ? `Gezocht zonder ${quotedList(dropped)}.` : "");

class SiteSearch extends HTMLElement {
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;

  async connectedCallback(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const bounded = boundQuery(params.get("q")?.trim() ?? "");
    const query = bounded.query;
    const status = this.querySelector<HTMLElement>("[data-status]")!;
    const suggestion = this.querySelector<HTMLElement>("[data-suggestion]")!;
    this.list = this.querySelector<HTMLOListElement>("ol")!;
    this.more = this.querySelector<HTMLButtonElement>("[data-more]")!;
    const names = new Map(
      [...this.querySelectorAll<HTMLOptionElement>("select[name=routeboek] option")].map((option) => [option.value, option.text]),
    );
    const filters: Record<string, string> = {};
    for (const name of FILTERS) {
      const value = params.get(name);
      const field = this.querySelector<HTMLSelectElement>(`select[name=${name}]`);
      if (value && field && [...field.options].some((option) => option.value === value)) {
        field.value = value;
        filters[name] = value;
      }
    }
    // The routebook searched from (the header form's `eerst`): its results first, unless a filter keeps one routebook.
    const firstField = this.querySelector<HTMLSelectElement>("select[name=eerst]");
    const first = params.get("eerst") ?? "";
    const own = [...(firstField?.options ?? [])].some((option) => option.value && option.value === first) ? first : "";
    if (firstField) firstField.value = own;
    const input = this.querySelector<HTMLInputElement>("input[name=q]");
    if (input && query) input.value = query;
    const notice = this.querySelector<HTMLElement>("[data-bounded]")!;
    notice.textContent = boundNotice(bounded);
    notice.hidden = !notice.textContent;
    if (!query) return this.setAttribute("data-done", "");
    status.textContent = "Zoeken…";

    const pagefind = await loadPagefind();
    // A question's function words ("wie", "het") go, as no page need have them; the status names what was searched.
    const asked = queryWords(query);
    const dropped = asked.dropped;
    let searched = dropped.length > 0 ? asked.content.join(" ") : query;
    let found = await findCandidates(pagefind, searched, filters);
    const uncorrected = searched;
    // Only pages without an answer of their own have the words (a Verantwoording quoting a misreading, say):
    // a nearer word that a page with an answer has is worth searching instead, as for a word no page has.
    // Not when the reader chose a kind: the Verantwoording alone, say.
    const onlyAfter = !filters.soort && found.candidates.length > 0 && found.candidates.every((candidate) => candidate.secondary);
    const unmatched = onlyAfter ? wordsOf(searched) : unmatchedWords(searched, found.candidates.map(searchableText));
    const check = unmatched.length > 0 ? checkQuery(searched, (await loadVocabulary()).words, unmatched) : undefined;
    // A suggestion is offered only when its own search finds pages with its words (Pagefind drops unknown words).
    if (check?.suggestion && !(await findsAll(pagefind, check.suggestion, filters))) delete check.suggestion;
    // A typo with a suggestion is the reader's to correct; otherwise the words are also searched apart.
    const widened = check?.suggestion
      ? undefined
      : await widenedSearch(pagefind, asked.content, query, found, filters, check?.unknown ?? []);
    let weights: WordWeights | undefined;
    if (widened) {
      ({ found, weights } = widened);
      this.showNotice(suggestion, [droppedNotice(dropped), widened.notice].filter(Boolean).join(" "));
    } else if (check) {
      const nothingMatched = unmatched.length === wordsOf(searched).length;
      if (nothingMatched && check.suggestion) {
        const corrected = await findCandidates(pagefind, check.suggestion, filters);
        const answers = !onlyAfter || corrected.candidates.some((candidate) => !candidate.secondary);
        const allWords = unmatchedWords(check.suggestion, corrected.candidates.map(searchableText)).length === 0;
        if (answers && allWords) [searched, found] = [check.suggestion, corrected];
      }
      this.showSuggestion(suggestion, uncorrected, searched, { ...check, onlyAfter }, filters, found.results.length);
    } else this.showNotice(suggestion, droppedNotice(dropped));
    const { results, candidates, unread } = found;

    // Our order for the best results, Pagefind's for the rest; the rest is read only when shown.
    const ordered: { id: string; read: () => Promise<PagefindData> }[] = [
      ...rankResults(searched, candidates, query, weights).map((data) => ({
        id: data.id,
        read: () => Promise.resolve(data),
      })),
      ...unread.map((result) => ({ id: result.id, read: () => result.data() })),
    ];
    // Which results are the routebook's own, from Pagefind's filter: no page is read to know it.
    const ownIds =
      own && !filters.routeboek
        ? new Set((await pagefind.search(searched, { filters: { ...filters, routeboek: own } })).results.map(({ id }) => id))
        : undefined;
    const inOrder = (ownIds ? ownFirst(ordered, ({ id }) => ownIds.has(id)) : ordered).map(({ read }) => read);
    let shownCount = 0;
    const showMore = async () => {
      const next = await Promise.all(inOrder.slice(shownCount, shownCount + PAGE_SIZE).map((read) => read()));
      shownCount += next.length;
      this.more.hidden = shownCount >= inOrder.length;
      return this.addResults(next.map((data) => toShown(data, names)));
    };
    await showMore();
    this.more.addEventListener("click", async () => {
      // Keyboard users land on the first new result instead of losing their place.
      (await showMore())?.focus();
    });

    const scope = `${isFiltered(filters) ? " (met filter)" : ""}${ownIds ? `, eerst uit ${names.get(own)}` : ""}`;
    status.textContent =
      results.length === 0
        ? `Geen resultaten voor “${query}”${scope}. Probeer een ander of korter woord, of zoek zonder filter.`
        : `${resultsLabel(results.length)} voor “${searched}”${scope}.`;
    this.setAttribute("data-done", "");
  }

  /** "Bedoelde je …?", or which words the site lacks, above the results. */
  private showSuggestion(
    element: HTMLElement,
    query: string,
    searched: string,
    check: { unknown: string[]; suggestion?: string; onlyAfter: boolean },
    filters: Record<string, string>,
    count: number,
  ): void {
    if (searched !== query) {
      const found = check.onlyAfter
        ? `Alleen een verantwoording, overzicht of ontbrekende bijlage noemt “${query}”.`
        : `Geen resultaten voor “${query}”.`;
      element.textContent = `${found} Hieronder de resultaten voor “${searched}”. `;
    } else if (check.suggestion) {
      const link = document.createElement("a");
      link.href = searchUrl(check.suggestion, filters);
      link.textContent = check.suggestion;
      link.dataset.suggested = "";
      element.append("Bedoelde je ", link, "?");
    } else if (check.unknown.length > 0 && !check.onlyAfter) {
      // The word list is the whole site's: no page at all has these words, with a filter or without.
      const missing = `Geen pagina heeft ${check.unknown.map((word) => `“${word}”`).join(" of ")}.`;
      // With nothing found, the status says so; a sentence about "the results" would promise some.
      // Pagefind answers an unknown word with pages whose words merely start as it does ("telaatkomer": "tellen").
      const rest =
        check.unknown.length === wordsOf(query).length
          ? "De resultaten hebben alleen een woord dat net zo begint."
          : "De resultaten hebben de andere woorden, of een woord dat net zo begint.";
      element.textContent = count > 0 ? `${missing} ${rest}` : missing;
    } else if (count === 0 && isFiltered(filters) && wordsOf(searched).length === 1) {
      // Other pages have the word; none of those the filter keeps.
      element.textContent = `Geen pagina binnen het filter heeft het woord “${searched}”.`;
    } else return;
    element.hidden = false;
  }

  /** A note above the results, when there is one. */
  private showNotice(element: HTMLElement, text: string): void {
    element.textContent = text;
    element.hidden = !text;
  }

  /** Adds results to the list; returns the first new link. */
  private addResults(shown: readonly Shown[]): HTMLAnchorElement | undefined {
    let first: HTMLAnchorElement | undefined;
    for (const result of shown) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = result.url;
      link.dataset.result = "";
      link.textContent = result.title;
      first ??= link;
      const label = document.createElement("p");
      label.className = "result-label";
      label.textContent = result.label;
      if (result.routebook) {
        const routebook = document.createElement("span");
        routebook.dataset.routeboek = result.routebook.value;
        routebook.textContent = result.routebook.name;
        label.append(result.label ? " · " : "", routebook);
      }
      const excerpt = document.createElement("p");
      excerpt.className = "result-excerpt";
      // Pagefind's excerpt is escaped page text with <mark> around the hits.
      excerpt.innerHTML = result.excerpt;
      item.append(link, label, excerpt);
      this.list.append(item);
    }
    return first;
  }
}

customElements.define("site-search", SiteSearch);
