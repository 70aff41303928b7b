/**
 * <site-search> runs the query from `?q=` against the Pagefind index, which it
 * loads only on the search page and only once a query is given.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;

class SiteSearch extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const query = new URLSearchParams(location.search).get("q")?.trim();
    const status = this.querySelector<HTMLElement>("[data-status]")!;
    const list = this.querySelector<HTMLOListElement>("ol")!;
    const input = this.querySelector<HTMLInputElement>("input[name=q]");
    if (input && query) input.value = query;
    if (!query) return this.setAttribute("data-done", "");
    status.textContent = "Zoeken…";
    // A path in a variable keeps the bundler from resolving an index that only exists after the build.
    const indexPath = "/pagefind/pagefind.js";
    const pagefind = (await import(/* @vite-ignore */ indexPath)) as Pagefind;
    const { results } = await pagefind.search(query);
    const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
    for (const result of shown) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = result.url;
      link.dataset.result = "";
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement("p");
      // Pagefind's excerpt is escaped page text with <mark> around the hits.
      excerpt.innerHTML = result.excerpt;
      item.append(link, excerpt);
      list.append(item);
    }
    status.textContent = results.length === 0 ? `Geen resultaten voor “${query}”.` : `${results.length} resultaten voor “${query}”.`;
    this.setAttribute("data-done", "");
  }
}

customElements.define("site-search", SiteSearch);
