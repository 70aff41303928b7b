import { load } from "cheerio";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { wordsOf } from "../../shared/search/compounds.ts";
import { boundQuery, QUERY_LIMITS } from "../../shared/search/query-bounds.ts";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

const siteDir = inject("siteDir");
let site: StaticSite;
beforeAll(async () => {
  site = await serveStatic(siteDir);
});
afterAll(() => site.close());

/** Pages of the built site with their visible indexed words and their extra compound terms. */
async function indexedPages() {
  const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith("index.html"));
  return Promise.all(
    files.map(async (file) => {
      const $ = load(await readFile(join(siteDir, file), "utf8"));
      const terms = wordsOf(($("[data-search-terms]").attr("data-pagefind-meta") ?? "").replace(/^terms:/, ""));
      $("[data-search-terms]").remove();
      // Each text node apart, as a reader sees them: text() would glue "aanbod" in one block to "Alle" in the next.
      const body = $("[data-pagefind-body]").find("*").addBack();
      const texts = body
        .contents()
        .toArray()
        .filter((node) => node.type === "text");
      const visible = new Set(wordsOf(texts.map((node) => $(node).text()).join(" ")));
      return { url: `/${file.replace(/index\.html$/, "")}`, visible, terms };
    }),
  );
}

describe("Dutch search", () => {
  it("finds a compound's tail on a page that has the word only inside a compound", async () => {
    const pages = await indexedPages();
    // The rarest compound tail that some page has only inside a compound: few results, all on one screen.
    const candidates = pages.flatMap((page) => page.terms.filter((term) => !page.visible.has(term)).map((term) => ({ page, term })));
    const frequency = (term: string) => pages.filter((page) => page.visible.has(term) || page.terms.includes(term)).length;
    const { page, term } = candidates.sort((a, b) => frequency(a.term) - frequency(b.term))[0]!;

    const browser = await launchBrowser(true);
    const tab = await browser.newPage();
    await tab.goto(`${site.origin}/zoeken/?q=${encodeURIComponent(term)}`);
    await tab.locator("site-search[data-done]").waitFor();
    const found = await tab
      .locator(".search-results a")
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    await browser.close();
    expect(found, `search for "${term}"`).toContain(page.url);
  });

  it("finds every routebook's own pages: a word that only one routebook uses leads to that routebook", async () => {
    const pages = await indexedPages();
    const routebookOf = (url: string) => url.split("/")[1]!;
    const routebooks = [
      ...new Set(pages.map((page) => routebookOf(page.url)).filter((id) => pages.some((page) => page.url === `/${id}/`))),
    ];
    const browser = await launchBrowser(true);
    const tab = await browser.newPage();
    for (const routebook of routebooks) {
      // A long word that appears on this routebook's pages and on no other routebook's: search must find one of them.
      const own = pages.filter((page) => routebookOf(page.url) === routebook);
      const elsewhere = new Set(pages.filter((page) => routebookOf(page.url) !== routebook).flatMap((page) => [...page.visible]));
      const word = [...new Set(own.flatMap((page) => [...page.visible]))]
        .filter((candidate) => candidate.length >= 9 && !elsewhere.has(candidate))
        .sort()[0];
      if (!word) continue;
      await tab.goto(`${site.origin}/zoeken/?q=${encodeURIComponent(word)}`);
      await tab.locator("site-search[data-done]").waitFor();
      const found = await tab
        .locator(".search-results a")
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(
        found.some((url) => routebookOf(url) === routebook),
        `search for "${word}" (${routebook})`,
      ).toBe(true);
    }
    expect(routebooks.length).toBeGreaterThanOrEqual(5);
    await browser.close();
  });

  it("finds a step by the text of one of its answers, and shows no hidden search terms in any excerpt", async () => {
    const browser = await launchBrowser(true);
    const tab = await browser.newPage();
    // An answer of SPPOH's first question page, not in any step's title or body.
    await tab.goto(`${site.origin}/zoeken/?q=${encodeURIComponent("dreigt thuis te zitten")}`);
    await tab.locator("site-search[data-done]").waitFor();
    const found = await tab
      .locator(".search-results a")
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(found).toContain("/sppoh-po/stap/welk-verzuim/");
    for (const query of ["verzuim", "leerplicht", "MDO"]) {
      await tab.goto(`${site.origin}/zoeken/?q=${encodeURIComponent(query)}`);
      await tab.locator("site-search[data-done]").waitFor();
      const excerpts = await tab.locator(".search-results li p").allInnerTexts();
      expect(excerpts.length, query).toBeGreaterThan(0);
      for (const excerpt of excerpts) expect(excerpt, query).not.toMatch(/Zoektermen/i);
    }
    await browser.close();
  });

  it("answers from the header form on any page", async () => {
    const browser = await launchBrowser(true);
    const tab = await browser.newPage();
    await tab.goto(`${site.origin}/sppoh-po/`);
    await tab.getByRole("searchbox", { name: "Zoeken" }).fill("MDO");
    await Promise.all([tab.waitForURL(/\/zoeken\/\?q=MDO/), tab.getByRole("button", { name: "Zoeken" }).click()]);
    await tab.locator("site-search[data-done]").waitFor();
    expect(await tab.locator(".search-results li").count()).toBeGreaterThan(0);
    await browser.close();
  });
});

describe("a crafted search address", () => {
  it("is cut to a bounded query before any work, and the page says so in Dutch", async () => {
    const page = await readFile(join(siteDir, "zoeken", "index.html"), "utf8");
    // Letters only, all different, none a site word: every one is unknown and would ask for a suggestion.
    const letters = (i: number) => i.toString(36).replace(/\d/g, (digit) => "jklmnopqrs"[Number(digit)]!);
    const distinct = Array.from({ length: 20_000 }, (_, i) => `qz${letters(i)}`);
    const browser = await launchBrowser(true);
    const tab = await browser.newPage();
    // Our test server, like many hosts, refuses an address this long; the page is what must cope with it.
    await tab.route(
      (url) => url.pathname === "/zoeken/" && url.search.length > 8_000,
      (route) => route.fulfill({ body: page, contentType: "text/html; charset=utf-8" }),
    );
    const cases = [
      {
        query: "a".repeat(1_500_000),
        notice: /^Je zoekvraag is ingekort tot het eerste woord\. Woorden van meer dan 48 letters zijn ingekort/,
      },
      { query: distinct.join(" "), notice: /^Je zoekvraag is ingekort tot de eerste \d+ woorden\.$/ },
    ];
    for (const { query, notice } of cases) {
      await tab.goto(`${site.origin}/zoeken/?q=${encodeURIComponent(query)}`);
      await tab.locator("site-search[data-done]").waitFor();
      // The work count: what the page searched and checked for typos is the bounded query, shown in the field.
      const searched = await tab.locator("#zoekterm").inputValue();
      expect(searched).toBe(boundQuery(query).query);
      expect(wordsOf(searched).length).toBeLessThanOrEqual(QUERY_LIMITS.words);
      expect(searched.length).toBeLessThanOrEqual(QUERY_LIMITS.characters);
      expect(await tab.locator("[data-status]").innerText()).toContain(`“${searched}”`);
      expect(await tab.locator("[data-bounded]").innerText()).toMatch(notice);
    }
    // A normal query is searched as typed, with no notice.
    await tab.goto(`${site.origin}/zoeken/?q=${encodeURIComponent("aanmelding bij de jeugdarts")}`);
    await tab.locator("site-search[data-done]").waitFor();
    expect(await tab.locator("#zoekterm").inputValue()).toBe("aanmelding bij de jeugdarts");
    expect(await tab.locator("[data-bounded]").isVisible()).toBe(false);
    await browser.close();
  });
});
