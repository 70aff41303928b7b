import { describe, expect, it } from "vitest";
import { siteTab } from "../support/site-tab.ts";

const view = siteTab();

/**
 * The search page's answer to a query: each shown result's address, label and excerpt, the status and the note.
 * `all` shows every result first, with "Meer resultaten".
 */
async function search(query: string, all = false, filters: Record<string, string> = {}) {
  await view.tab.goto(`${view.origin}/zoeken/?${new URLSearchParams({ q: query, ...filters })}`);
  await view.tab.locator("site-search[data-done]").waitFor();
  const more = view.tab.locator("[data-more]");
  while (all && (await more.isVisible())) {
    const shown = await view.tab.locator(".search-results > li").count();
    await more.click();
    await view.tab.locator(".search-results > li").nth(shown).waitFor();
  }
  const results = await view.tab.locator(".search-results > li").evaluateAll((items) =>
    items.map((item) => ({
      url: new URL(item.querySelector<HTMLAnchorElement>("a[data-result]")!.href).pathname,
      label: item.querySelector(".result-label")!.textContent ?? "",
      excerpt: item.querySelector(".result-excerpt")!.textContent ?? "",
    })),
  );
  const note = view.tab.locator("[data-suggestion]");
  return {
    results,
    urls: results.map((result) => result.url),
    status: await view.tab.locator("[data-status]").innerText(),
    note: (await note.isVisible()) ? await note.innerText() : "",
  };
}

const LDOS_STUB = "/den-bosch-schoolverzuim/preventieve-aanpak-schoolverzuim/bijlage-handleiding-registreren-thuiszitterstool-ldos/";

describe("search: every page with an answer, in its place", () => {
  it("finds the signal check by a threshold as the source words it, labelled as the thresholds", async () => {
    const { results } = await search("vier keer ziek");
    const signals = results.find((result) => result.url === "/den-haag-tien-stappen/signalen/");
    expect(signals?.label).toMatch(/^Drempels · /);
    expect(signals?.excerpt).toContain("Vier keer ziek in 12 schoolweken");
  });

  it("shows the Verantwoording after every page with an answer, labelled as the editors' text", async () => {
    const { results } = await search("vier keer ziek", true);
    const accounts = results.flatMap((result, index) => (result.label.startsWith("Verantwoording") ? [index] : []));
    expect(accounts.length).toBeGreaterThan(0);
    // The map and the routebook page repeat other pages' words: they come after those pages too.
    const lastContent = results.findLastIndex((result) => !/^(Verantwoording|Kaart|Routeboek) · /.test(result.label));
    expect(Math.min(...accounts)).toBeGreaterThan(lastContent);
    for (const index of accounts) expect(results[index]!.label).toMatch(/^Verantwoording · tekst van de redactie · /);
  });

  it("shows a chapter that only says its document is not on the site after the pages with content", async () => {
    // Its title names the query; the pages that say what a thuiszitter is and does come first.
    const { urls } = await search("thuiszitter");
    expect(urls.length).toBe(10);
    expect(urls).not.toContain(LDOS_STUB);
    const tool = await search("thuiszitterstool");
    expect(tool.urls.length).toBeGreaterThan(1);
    expect(tool.urls[0]).not.toBe(LDOS_STUB);
  });

  it("finds a step by its links' descriptions (ours), which its excerpt does not show", async () => {
    const { results } = await search("loketrouteboek");
    const step = results.find((result) => result.url === "/den-haag-tien-stappen/stap/adviestafel/");
    expect(step).toBeDefined();
    expect(step!.excerpt).not.toContain("loketrouteboek");
    expect(step!.excerpt).not.toMatch(/\bLinks\b/);
  });
});

describe("search: messages true to the count", () => {
  it("searches a nearer word when only the Verantwoording has the query's, not saying no page has it", async () => {
    // The Verantwoording quotes the source's misreading "codrdinatoren"; the pages with an answer say "coördinatoren".
    const { results, note } = await search("codrdinatoren");
    expect(results[0]?.label).toMatch(/^(Stap|Hoofdstuk|Begrippen|Drempels) · /);
    // Only pages without an answer have the word as typed, so the site's nearest form is searched instead.
    expect(note).toBe(
      "Alleen een verantwoording, overzicht of ontbrekende bijlage noemt “codrdinatoren”. " +
        "Hieronder de resultaten voor “coordinatoren”.",
    );
    expect(note).not.toMatch(/Geen pagina heeft/);
    // A reader who asks for the Verantwoording gets it, word as typed.
    const asked = await search("codrdinatoren", false, { soort: "Verantwoording" });
    expect(asked.urls).toEqual(["/swvzhw-vo/verantwoording/"]);
    expect(asked.note).toBe("");
  });

  it("with a filter, says that no page the filter keeps has the word, not that no page has it", async () => {
    // Only Den Bosch's routebook uses "LDOS"; the filter keeps SPPOH's.
    const filter = { routeboek: "Routeboek Verzuim & Thuiszitters PO — Den Haag" };
    const { urls, status, note } = await search("LDOS", false, filter);
    expect(urls).toEqual([]);
    expect(status).toMatch(/^Geen resultaten voor “LDOS” \(met filter\)\. /);
    expect(note).toBe("Geen pagina binnen het filter heeft het woord “LDOS”.");
    const two = await search("LDOS school", false, filter);
    expect(two.note).toBe(
      "Geen pagina binnen het filter heeft het woord “LDOS”. " +
        "Geen pagina binnen het filter heeft alle woorden samen: hieronder de pagina’s met een deel ervan.",
    );
  });

  it("shows excerpts without a stray comma where ignored text stood", async () => {
    // "Lees verder" heads the references, beside the links and notes the index leaves out.
    const { results } = await search("lees verder", true);
    expect(results.length).toBeGreaterThan(10);
    const stray = results.filter(({ excerpt }) => /(?:^|\s),/.test(excerpt)).map(({ url }) => url);
    expect(stray).toEqual([]);
  });

  it("with no results, names the missing word without speaking of results", async () => {
    const { urls, status, note } = await search("kan mijn kind vrijstelling krijgen");
    if (urls.length === 0) {
      expect(status).toMatch(/^Geen resultaten voor /);
      expect(note).not.toMatch(/resultaten/);
    } else {
      // Once the query is understood better, there are results: the status then counts them.
      expect(status).toMatch(/^\d+ (resultaat|resultaten) voor /);
    }
  });

  it("counts the results it lists", async () => {
    const { urls, status } = await search("vier keer ziek");
    const count = Number(status.match(/^(\d+) resulta/)?.[1]);
    expect(urls.length).toBe(Math.min(count, 10));
  });
});
