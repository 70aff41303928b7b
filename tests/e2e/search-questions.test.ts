import { describe, expect, it } from "vitest";
import { siteTab } from "../support/site-tab.ts";

const view = siteTab();

/** The search page's answer to a query: result paths in order, the status and the note above the results. */
async function search(query: string) {
  await view.tab.goto(`${view.origin}/zoeken/?${new URLSearchParams({ q: query })}`);
  await view.tab.locator("site-search[data-done]").waitFor();
  const links = view.tab.locator(".search-results > li a[data-result]");
  const note = view.tab.locator("[data-suggestion]");
  return {
    urls: await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    status: await view.tab.locator("[data-status]").innerText(),
    note: (await note.isVisible()) ? await note.innerText() : "",
  };
}

describe("search: questions and sentences a coordinator types", () => {
  it("answers a question whose words are not all on one page, the page about its rarest word first", async () => {
    // No page has "mijn", nor all of "kind", "vrijstelling" and "krijgen": Pagefind alone finds nothing.
    const { urls, note } = await search("kan mijn kind vrijstelling krijgen");
    expect(urls.slice(0, 2).toSorted()).toEqual(["/swvzhw-vo/stap/vrijstelling-afgegeven/", "/swvzhw-vo/stap/vrijstelling-leerplicht/"]);
    expect(note).toBe("Gezocht zonder “kan” en “mijn”. Geen pagina heeft alle woorden samen: hieronder de pagina’s met een deel ervan.");
  });

  it("names a content word that no page has, and still finds the pages with the others", async () => {
    // Pagefind leaves out a word it does not know; "vrijstelling" and "doorbraaktafel" share no page.
    const { urls, note } = await search("vrijstelling doorbraaktafel qxzvwkje");
    expect(urls).toContain("/swvzhw-vo/stap/vrijstelling-leerplicht/");
    expect(urls).toContain("/den-haag-tien-stappen/stap/doorbraaktafel/");
    expect(note).toContain("Geen pagina heeft het woord “qxzvwkje”.");
  });

  it("drops the function words of a question, and says so", async () => {
    const { urls, note } = await search("wie organiseert het doorbraakoverleg");
    expect(urls.slice(0, 3)).toContain(
      "/den-bosch-schoolverzuim/preventieve-aanpak-schoolverzuim/bijlage-8-opschaling-naar-doorbraakoverleg/",
    );
    expect(note).toMatch(/^Gezocht zonder “wie” en “het”\./);
  });

  it("ranks first the page with the phrase as typed, though its function words are not searched alone", async () => {
    const { urls, note, status } = await search("niet naar school");
    expect(urls[0]).toBe("/west-brabant-thuiszitterspact/stap/niet-naar-school/");
    expect(note).toBe("Gezocht zonder “niet” en “naar”.");
    expect(status).toMatch(/resultaten voor “school”/);
  });

  it("says how many pages have all the words together before the pages with part of them", async () => {
    const { urls, note } = await search("wat doet de jeugdarts bij ziekteverzuim");
    expect(urls.slice(0, 3)).toContain("/den-bosch-schoolverzuim/stap/jeugdarts/");
    const together = /\d+ pagina’s hebben alle woorden samen; daarna volgen pagina’s met een deel ervan\.$/;
    expect(note).toMatch(/^Gezocht zonder “wat”, “de” en “bij”\. /);
    expect(note).toMatch(together);
  });
});

describe("search: a compound in the query", () => {
  it("searches a compound that finds little by its parts too, the pages with the compound first", async () => {
    // Den Haag's routebook writes "doorbraaktafel" where Den Bosch's says "doorbraakoverleg".
    const { urls, note } = await search("doorbraakoverleg");
    expect(urls.slice(0, 2).toSorted()).toEqual([
      "/den-bosch-schoolverzuim/preventieve-aanpak-schoolverzuim/5-van-stagnatie-naar-doorbraak/",
      "/den-bosch-schoolverzuim/preventieve-aanpak-schoolverzuim/bijlage-8-opschaling-naar-doorbraakoverleg/",
    ]);
    expect(urls).toContain("/den-haag-tien-stappen/stap/doorbraaktafel/");
    expect(note).toBe("Gezocht op “doorbraakoverleg” ook als “doorbraak overleg”.");
  });

  it("searches a compound no page has by its parts only, though Pagefind finds pages by its first letters", async () => {
    // Pagefind answers "verzuimoverleg" with a hundred pages that merely have a word starting "verzuim…".
    const { urls, note, status } = await search("verzuimoverleg");
    expect(note).toBe("Geen pagina heeft “verzuimoverleg”; gezocht op “verzuim overleg”.");
    expect(urls.length).toBeGreaterThan(0);
    const texts = await Promise.all(urls.slice(0, 5).map((url) => fetch(view.origin + url).then((page) => page.text())));
    for (const text of texts) expect(text.toLowerCase()).toMatch(/overleg/);
    expect(Number(status.match(/^(\d+) resultaten/)?.[1])).toBeLessThan(60);
  });

  it("says what the results of a word no page has, with no parts, have in common with it", async () => {
    // "komer" is no word of the site, so "telaatkomer" has no parts to search; Pagefind finds "tellen" and the like.
    const { note } = await search("telaatkomer");
    expect(note).toBe("Geen pagina heeft “telaatkomer”. De resultaten hebben alleen een woord dat net zo begint.");
  });
});

describe("search: glossary synonyms across the site", () => {
  it("finds a routebook's abbreviation on the pages of routebooks whose glossary lacks it", async () => {
    // Only Den Bosch's glossary says that "LPA" is the "leerplichtambtenaar"; the other routebooks name them in full.
    const { urls } = await search("LPA");
    const elsewhere = urls.filter((url) => !url.startsWith("/den-bosch-schoolverzuim/"));
    expect(elsewhere.length, urls.join(", ")).toBeGreaterThan(0);
  });
});

describe("search: 'Bedoelde je …?'", () => {
  it("suggests an inflection of the word typed rather than another word as near", async () => {
    // "bepaalt" is one letter from "betaalt" as "betaald" is, and on more pages.
    const { status } = await search("betaalt");
    expect(status).toMatch(/resultaa?t(en)? voor “betaald”/);
  });

  it("offers no suggestion whose own search does not find its words", async () => {
    // A word list with a word no page has: the nearest word to the typo, but searching it finds nothing.
    const listed = await view.browser.newPage();
    await listed.route("**/zoeken/woorden.bin", (route) => route.fulfill({ body: "verzuim\nqxzvwkjes\n" }));
    try {
      await listed.goto(`${view.origin}/zoeken/?q=${encodeURIComponent("verzuim qxzvwkjse")}`);
      await listed.locator("site-search[data-done]").waitFor();
      expect(await listed.locator("[data-suggested]").count()).toBe(0);
      expect(await listed.locator(".search-results > li").count()).toBeGreaterThan(0);
    } finally {
      await listed.close();
    }
  });
});

describe("search: from a routebook's page", () => {
  it("ranks that routebook's results first, with a filter the user can change, the other regions below", async () => {
    await view.tab.goto(`${view.origin}/swvzhw-vo/`);
    await view.tab.locator("#header-zoekterm").fill("MDO");
    await view.tab.locator("#header-zoekterm").press("Enter");
    await view.tab.locator("site-search[data-done]").waitFor();
    const paths = await view.tab
      .locator(".search-results > li a[data-result]")
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const own = paths.filter((path) => path.startsWith("/swvzhw-vo/"));
    expect(own.length).toBeGreaterThan(0);
    expect(paths.slice(0, own.length)).toEqual(own);
    expect(paths.length).toBeGreaterThan(own.length);
    const first = view.tab.locator("select[name=eerst]");
    expect(await first.locator("option:checked").innerText()).toMatch(/Zuid-Holland West/);
    expect(await view.tab.locator("[data-status]").innerText()).toMatch(/eerst uit .*Zuid-Holland West/);

    // Choosing "Alle routeboeken gelijk" searches again without the preference.
    await first.selectOption("");
    await view.tab.locator(".search-form button[type=submit]").click();
    await view.tab.locator("site-search[data-done]").waitFor();
    expect(new URL(view.tab.url()).searchParams.get("eerst")).toBe("");
    expect(await view.tab.locator("[data-status]").innerText()).not.toMatch(/eerst uit/);
  });
});

describe("search: a word the site has only in another form", () => {
  it("searches the other forms the dictionary's affix rules give a word that finds too little", async () => {
    // Only the Verantwoording has "dagdeel" as written; the steps and chapters say "dagdelen".
    const { urls, note } = await search("dagdeel");
    expect(urls.slice(0, 3)).toContain("/den-bosch-schoolverzuim/stap/spijbelen/");
    expect(note).toBe("Gezocht op “dagdeel” ook als “dagdelen”.");
  });

  it("searches a word no page has by the site's nearest form of it as well, and says so", async () => {
    // The pages say "financiële"; none has "financieel" as written.
    const { urls, note } = await search("wie betaalt financieel");
    expect(urls).toContain("/swvzhw-vo/stap/opschaling-financieel/");
    expect(note).toContain("“financieel” ook als “financiele”");
  });
});
