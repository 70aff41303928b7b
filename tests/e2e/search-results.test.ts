import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { siteTab } from "../support/site-tab.ts";

const view = siteTab();

const pathOf = (url: string) => new URL(url).pathname + new URL(url).hash;

/** The search page's answer to a query: result links in order, their labels, the status and the note above them. */
async function search(query: string, filters: Record<string, string> = {}) {
  await view.tab.goto(`${view.origin}/zoeken/?${new URLSearchParams({ q: query, ...filters })}`);
  await view.tab.locator("site-search[data-done]").waitFor();
  const links = view.tab.locator(".search-results > li a[data-result]");
  return {
    urls: (await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))).map(pathOf),
    labels: await view.tab.locator(".search-results .result-label").allInnerTexts(),
    status: await view.tab.locator("[data-status]").innerText(),
    note: (await view.tab.locator("[data-suggestion]").isVisible()) ? await view.tab.locator("[data-suggestion]").innerText() : "",
  };
}

describe("search results: the expected page first, for each kind of query", () => {
  const cases: { kind: string; query: string; first: string[] }[] = [
    { kind: "compound tail", query: "mishandeling", first: ["/sppoh-po/stap/opschaling-gezin/", "/swvzhw-vo/stap/opschaling-gezin/"] },
    { kind: "compound tail", query: "steunpunt", first: ["/sppoh-po/stap/steunpunten/"] },
    // The question offering the thresholds as answers, the summary's station naming them, or the signal check.
    {
      kind: "answer text",
      query: "16 uur in 4 weken",
      first: [
        "/den-haag-tien-stappen/stap/verzuim/",
        "/den-haag-tien-stappen/de-route-in-tien-stappen/2-verzuim/",
        "/den-haag-tien-stappen/signalen/",
      ],
    },
    { kind: "answer text", query: "ambulante team", first: ["/swvzhw-vo/stap/sot-opdc/", "/swvzhw-vo/stap/andere-expertise/"] },
    { kind: "abbreviation", query: "JGZ", first: ["/den-haag-tien-stappen/stap/jgz/"] },
    {
      kind: "synonym from the glossary",
      query: "jeugdarts",
      first: ["/den-haag-tien-stappen/stap/jgz/", "/den-haag-tien-stappen/stap/ziekteverzuim/", "/den-bosch-schoolverzuim/stap/jeugdarts/"],
    },
    {
      kind: "abbreviation written out",
      query: "multidisciplinair overleg",
      first: ["/west-brabant-thuiszitterspact/stap/mdo/", "/den-haag-tien-stappen/stap/mdo/", "/swvzhw-vo/stap/jes-organiseren/"],
    },
    {
      kind: "phrase",
      query: "te laat komen",
      first: ["/den-bosch-schoolverzuim/stap/te-laat-komen/", "/sppoh-po/stap/beperkte-aanwezigheid/"],
    },
    { kind: "phrase", query: "vakantie buiten de schoolvakanties", first: ["/den-haag-tien-stappen/stap/verzuim/"] },
    { kind: "typo", query: "leerplict", first: ["/swvzhw-vo/stap/vrijstelling-leerplicht/"] },
  ];
  for (const { kind, query, first } of cases) {
    it(`${kind}: "${query}"`, async () => {
      const { urls } = await search(query);
      expect(first, `first of ${urls.join(", ")}`).toContain(urls[0]);
    });
  }

  it("a typo with no results searches the site's nearest word instead, and says so", async () => {
    const { urls, note, status } = await search("verzium");
    expect(note).toBe("Geen resultaten voor “verzium”. Hieronder de resultaten voor “verzuim”.");
    expect(status).toMatch(/resultaten voor “verzuim”/);
    expect(urls[0]).toBe("/den-haag-tien-stappen/stap/verzuim/");
  });

  it("reads the word list also when the host has already unpacked it", async () => {
    // A host that sends the gzipped list with `Content-Encoding: gzip` hands the page plain text.
    const packed = await (await fetch(`${view.origin}/zoeken/woorden.bin`)).arrayBuffer();
    const unpacked = await view.browser.newPage();
    await unpacked.route("**/zoeken/woorden.bin", (route) =>
      route.fulfill({ body: gunzipSync(packed), contentType: "application/octet-stream" }),
    );
    try {
      await unpacked.goto(`${view.origin}/zoeken/?q=verzium`);
      await unpacked.locator("site-search[data-done]").waitFor();
      expect(await unpacked.locator("[data-suggestion]").innerText()).toBe(
        "Geen resultaten voor “verzium”. Hieronder de resultaten voor “verzuim”.",
      );
    } finally {
      await unpacked.close();
    }
  });

  it("a typo beside a known word gets 'Bedoelde je …?' with a link to that search", async () => {
    const { note } = await search("vrijstelling leerplict");
    expect(note).toBe("Bedoelde je vrijstelling leerplicht?");
    await view.tab.locator("[data-suggested]").click();
    await view.tab.locator("site-search[data-done]").waitFor();
    expect(new URL(view.tab.url()).searchParams.get("q")).toBe("vrijstelling leerplicht");
  });
});

describe("search results: what is the editors' says so", () => {
  it("says in the label when the title, the chapter or the descriptions are the editors'", async () => {
    const titled = await search("financiële discussie", { routeboek: "Routeboek Verzuim & Thuiszitters — Zuid-Holland West" });
    // The routebook's region is the editors' too: the label marks it, as the filter does.
    expect(titled.labels[titled.urls.indexOf("/swvzhw-vo/stap/opschaling-financieel/")]).toBe(
      "Stap · titel van de redactie · Routeboek Verzuim & Thuiszitters — Zuid-Holland West (redactie)",
    );
    const summary = await search("doorbraaktafel", { soort: "Hoofdstuk" });
    expect(summary.labels[summary.urls.indexOf("/den-haag-tien-stappen/de-route-in-tien-stappen/10-doorbraaktafel/")]).toBe(
      "Hoofdstuk · samenvatting van de redactie · Den Haag — de route in tien stappen (redactie) — Den Haag",
    );
    const glossary = await search("multidisciplinair", { soort: "Begrippen" });
    expect(glossary.labels[0]).toMatch(/^Begrippen · omschrijvingen zonder bron van de redactie · /);
    // A step whose title is the source's says nothing of the kind.
    const own = await search("schoolinschrijving", { soort: "Stap", routeboek: "Routeboek Verzuim & Thuiszitters PO — Den Haag" });
    expect(own.labels[own.urls.indexOf("/sppoh-po/stap/schoolinschrijving/")]).toBe(
      "Stap · Routeboek Verzuim & Thuiszitters PO (redactie) — Den Haag (redactie)",
    );
  });

  it("keeps the words of table cells and glossary entries apart", async () => {
    // The words of a table's header and its first row, only there: each cell a word apart from the next.
    const table = await search("wie in rijswijk regisseur", { soort: "Hoofdstuk" });
    expect(table.urls[0]).toBe("/den-haag-tien-stappen/de-route-in-tien-stappen/9-de-adviestafel/");
    expect(await view.tab.locator(".result-excerpt").first().innerText()).toContain("Adviestafel Wie In Rijswijk een regisseur");
    await search("Dienst Uitvoering Onderwijs", { soort: "Begrippen" });
    expect(await view.tab.locator(".result-excerpt").first().innerText()).toMatch(/DUO Dienst Uitvoering Onderwijs/);
  });
});

describe("search results page", () => {
  it("labels each result with its kind and routebook, and a filter keeps one routebook", async () => {
    const all = await search("MDO");
    expect(all.labels.length).toBeGreaterThan(2);
    for (const label of all.labels) expect(label).toMatch(/^(Stap|Hoofdstuk|Begrippen) · .+ — .+$/);
    // The routebook is the label's last part; what is the editors' may stand between.
    const routebooks = new Set(all.labels.map((label) => label.split(" · ").at(-1)));
    expect(routebooks.size).toBeGreaterThan(1);

    // The label shows the routebook's name with its marks; the filter's value is kept on it.
    const shown = [...routebooks][0]!;
    const one = (await view.tab
      .locator(".result-label [data-routeboek]")
      .filter({ hasText: shown })
      .first()
      .getAttribute("data-routeboek"))!;
    const filtered = await search("MDO", { routeboek: one });
    expect(filtered.labels.length).toBeGreaterThan(0);
    for (const label of filtered.labels) expect(label.split(" · ").at(-1)).toBe(shown);
    expect(await view.tab.locator("select[name=routeboek]").inputValue()).toBe(one);
    expect(filtered.status).toMatch(/\(met filter\)/);

    const steps = await search("MDO", { soort: "Hoofdstuk" });
    for (const label of steps.labels) expect(label).toMatch(/^Hoofdstuk · /);
  });

  it("links a chapter hit to the section that has the words, and a step to itself", async () => {
    const chapters = await search("zorgplicht", { soort: "Hoofdstuk" });
    expect(chapters.urls).toContain(
      "/west-brabant-thuiszitterspact/thuiszitterspact/4-de-betrokken-partners-en-hun-verantwoordelijkheden/#wat-houdt-de-zorgplicht-in",
    );
    const steps = await search("zorgplicht", { soort: "Stap" });
    expect(steps.urls.length).toBeGreaterThan(0);
    for (const url of steps.urls) expect(url).not.toContain("#");
  });

  it("shows ten results, then ten more on 'Meer resultaten', with the keyboard focus on the first new one", async () => {
    const first = await search("verzuim");
    const total = Number(/^(\d+) resultaten/.exec(first.status)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(first.urls).toHaveLength(10);
    await view.tab.getByRole("button", { name: "Meer resultaten" }).press("Enter");
    await expect.poll(() => view.tab.locator(".search-results > li").count()).toBe(20);
    const focused = await view.tab.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href);
    const eleventh = await view.tab
      .locator(".search-results > li a[data-result]")
      .nth(10)
      .evaluate((anchor) => (anchor as HTMLAnchorElement).href);
    expect(focused).toBe(eleventh);
    const shown = await view.tab
      .locator(".search-results > li a[data-result]")
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(new Set(shown).size).toBe(20);
  });

  it("says plainly when nothing matched, and counts one result in the singular", async () => {
    // Pagefind matches an unknown word's first letter when the site has it as a word: the Verantwoording quotes "Q".
    const none = await search("xqzvwk");
    expect(none.urls).toHaveLength(0);
    expect(none.status).toMatch(/^Geen resultaten voor “xqzvwk”/);
    expect(await view.tab.getByRole("button", { name: "Meer resultaten" }).isVisible()).toBe(false);

    // A word on a single page: the rarest words of the site's own word list.
    const words = gunzipSync(await (await fetch(`${view.origin}/zoeken/woorden.bin`)).arrayBuffer())
      .toString("utf8")
      .split("\n")
      .filter((word) => word.length >= 10);
    let single: Awaited<ReturnType<typeof search>> | undefined;
    for (const word of words.reverse().slice(0, 15)) {
      const answer = await search(word);
      if (answer.urls.length === 1) {
        single = answer;
        break;
      }
    }
    expect(single?.status).toMatch(/^1 resultaat voor “/);
  });

  it("is reached from the header of any page with the keyboard alone", async () => {
    await view.tab.goto(`${view.origin}/den-haag-tien-stappen/`);
    await view.tab.getByRole("searchbox", { name: "Zoeken" }).fill("adviestafel");
    await Promise.all([
      view.tab.waitForURL(/\/zoeken\/\?q=adviestafel/),
      view.tab.getByRole("searchbox", { name: "Zoeken" }).press("Enter"),
    ]);
    await view.tab.locator("site-search[data-done]").waitFor();
    expect(await view.tab.locator(".search-results > li").count()).toBeGreaterThan(0);
  });
});
