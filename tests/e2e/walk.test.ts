import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { launchBrowser } from "../support/browser.ts";
import { routeQueryOf } from "../support/flow-paths.ts";
import { follow, routeItems, routeShown } from "../support/route-page.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

const START = "/sppoh-po/stap/schoolinschrijving/";
const sppoh = (await readContent("content")).routebooks.find((routebook) => routebook.id === "sppoh-po")!;
/** A route of SPPOH given by option positions, in the address's form (answer ids and the edition). */
const routeOf = (...positions: number[]) => routeQueryOf(sppoh, positions);

let site: StaticSite;
beforeAll(async () => {
  site = await serveStatic(inject("siteDir"));
});
afterAll(() => site.close());

/** Clicks the option with this exact label (without a "redactie" tag) and waits for the next step's page. */
const answer = (page: Page, label: string) => follow(page, page.locator(`a.option[data-label=${JSON.stringify(label)}]`));

const heading = (page: Page) => page.locator("h1").innerText();

describe.each([true, false])("walking the SPPOH tool with JavaScript %s", (javaScript) => {
  let browser: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser(javaScript);
    page = await browser.newPage();
  });
  afterAll(() => browser.close());

  it("reaches the end for sick leave", async () => {
    await page.goto(site.origin + START);
    expect(await heading(page)).toBe("Is er sprake van een schoolinschrijving?");
    await answer(page, "Ja");
    expect(await heading(page)).toBe("Welk (zorgwekkend) verzuim wordt gesignaleerd?");
    expect(await page.locator(".phase").innerText()).toBe("Fase 2 · looptijd 2 weken");
    await answer(page, "Er zijn zorgen over het ziekteverzuim van een leerling");
    expect(page.url()).toBe(`${site.origin}/sppoh-po/stap/ziekteverzuim/${javaScript ? `?${routeOf(1, 1)}` : ""}`);
    expect(await page.locator(".end").innerText()).toContain("Je bent nu klaar met het stappenplan.");
    expect(await page.locator("a.option").count()).toBe(0);
  });

  it("reaches an escalation end through the MDO", async () => {
    await page.goto(site.origin + START);
    for (const label of [
      "Ja",
      "Er zijn zorgen over beperkte aanwezigheid in de klas, het te laat komen van de leerling, etc.",
      "Ga naar vervolgstap ‘registratie verzuim’",
      "Ga naar vervolgstap organisatie MDO",
      "Ga naar vervolgstap MDO",
      "De partners in het MDO hebben andere expertise nodig om passend aanbod te onderzoeken",
      "Raadpleeg de observatiegroep De Ontdekkers",
      "Volgende",
      "Nee",
      "Op zorgen die in het gezin/de thuissituatie plaatsvinden",
    ]) {
      await answer(page, label);
    }
    expect(await heading(page)).toBe("Op zorgen die in het gezin/de thuissituatie plaatsvinden");
    // The source page names no phase here.
    expect(await page.locator(".phase").count()).toBe(0);
    expect(await page.locator(".actions li").count()).toBe(3);
    expect(await page.locator(".end").count()).toBe(1);
    if (javaScript) {
      // Steps with one way on ("Ga naar vervolgstap …", "Volgende") ask nothing: "Jouw route" lists the 6 real questions of the 10 steps.
      await routeShown(page);
      expect((await routeItems(page)).map(([, answer]) => answer)).toEqual([
        "Ja (redactie)",
        "Er zijn zorgen over beperkte aanwezigheid in de klas, het te laat komen van de leerling, etc.",
        "De partners in het MDO hebben andere expertise nodig om passend aanbod te onderzoeken",
        "Raadpleeg de observatiegroep De Ontdekkers",
        "Nee",
        "Op zorgen die in het gezin/de thuissituatie plaatsvinden",
      ]);
      expect(new URL(page.url()).search).toBe(`?${routeOf(1, 2, 1, 1, 1, 1, 5, 1, 2, 2)}`);
    }
  });

  it("offers Opnieuw beginnen only where there is something to restart", async () => {
    await page.goto(site.origin + START);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("a[data-restart]").isVisible()).toBe(false);
    await answer(page, "Ja");
    expect(await page.locator("a[data-restart]").isVisible()).toBe(true);
  });

  it("names the routebook, marked where it is the editors', in the breadcrumbs and on a printed step", async () => {
    await page.goto(`${site.origin}/sppoh-po/stap/welk-verzuim/`);
    // SPPOH's title and version are the editors' (editorialFields).
    expect(await page.locator(".breadcrumbs [data-meta=title] .editorial-tag").count()).toBe(1);
    const printed = page.locator("[data-print-source]");
    expect(await printed.isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.innerText()).toContain("Routeboek Verzuim & Thuiszitters PO");
    expect(await printed.innerText()).toContain("versie september 2025");
    expect(await printed.locator("[data-meta=title] .editorial-tag").count()).toBe(1);
    expect(await printed.locator("[data-meta=edition] .editorial-tag").count()).toBe(1);
    await page.emulateMedia({ media: "screen" });
  });

  it("reaches the end without a school registration", async () => {
    await page.goto(site.origin + START);
    await answer(page, "Nee");
    await answer(page, "Nee");
    expect(await heading(page)).toBe("Geen schriftelijke aanmelding bij een school");
    expect(await page.locator(".editorial-note").first().innerText()).toContain("Titel van de redactie");
    expect(await page.locator(".end").count()).toBe(1);
  });

  it(javaScript ? "keeps jouw route with change links and a back link" : "works with plain links only", async () => {
    await page.goto(site.origin + START);
    await answer(page, "Ja");
    await answer(page, "Er zijn zorgen over het ziekteverzuim van een leerling");
    const route = page.locator("[data-route]");
    const back = page.locator("a[data-back]");
    if (!javaScript) {
      expect(await route.isVisible()).toBe(false);
      expect(await back.isVisible()).toBe(false);
      await follow(page, page.getByRole("link", { name: "Opnieuw beginnen" }));
      expect(page.url()).toBe(site.origin + START);
      return;
    }
    await routeShown(page);
    expect(await route.isVisible()).toBe(true);
    expect(await routeItems(page)).toEqual([
      ["Is er sprake van een schoolinschrijving?", "Ja (redactie)"],
      ["Welk (zorgwekkend) verzuim wordt gesignaleerd?", "Er zijn zorgen over het ziekteverzuim van een leerling"],
    ]);
    expect(await back.getAttribute("href")).toBe(`/sppoh-po/stap/welk-verzuim/?${routeOf(1)}`);

    // Change the first answer: the old one is marked, another answer drops the later one.
    await follow(
      page,
      page.locator("[data-route]").getByRole("link", { name: "Wijzig antwoord op: Is er sprake van een schoolinschrijving?" }),
    );
    expect(page.url()).toBe(`${site.origin}${START}?${routeQueryOf(sppoh, [], [1, 1])}`);
    await page.locator("[data-change-notice]:not([hidden])").waitFor();
    expect(await page.locator("a.option[aria-current]").getAttribute("data-label")).toBe("Ja");
    // No colon after a question mark.
    expect(await page.locator("[data-dropped] li").allInnerTexts()).toEqual([
      "Welk (zorgwekkend) verzuim wordt gesignaleerd? Er zijn zorgen over het ziekteverzuim van een leerling",
    ]);
    // A change is something to restart from.
    expect(await page.locator("a[data-restart]").isVisible()).toBe(true);
    await answer(page, "Nee");
    await routeShown(page);
    expect(await routeItems(page)).toEqual([["Is er sprake van een schoolinschrijving?", "Nee (redactie)"]]);

    await follow(page, back);
    expect(page.url()).toBe(site.origin + START);

    // The route is in the address: a new tab opened on the static page shows none, one opened on the route's address shows it.
    const other = await browser.newPage();
    await other.goto(`${site.origin}/sppoh-po/stap/schriftelijke-aanmelding/`);
    await other.waitForLoadState("networkidle");
    expect(await other.locator("[data-route]").isVisible()).toBe(false);
    await other.goto(`${site.origin}/sppoh-po/stap/schriftelijke-aanmelding/?${routeOf(2)}`);
    await routeShown(other);
    expect(await routeItems(other)).toEqual([["Is er sprake van een schoolinschrijving?", "Nee (redactie)"]]);
    expect(await other.locator("[data-route-notice]:not(:empty)").count()).toBe(0);
    // Back on the static page in the same tab (a search result, say), the tab's copy brings the route back into
    // the address, and the page says so.
    await other.goto(`${site.origin}/sppoh-po/stap/schriftelijke-aanmelding/`);
    await routeShown(other);
    expect(other.url()).toBe(`${site.origin}/sppoh-po/stap/schriftelijke-aanmelding/?${routeOf(2)}`);
    expect(await other.locator('[data-route-notice="status"]').innerText()).toContain("Je route uit dit tabblad is teruggezet");
    await other.close();
  });
});

describe("the editors' words on the change marker", () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser(true);
  });
  afterAll(() => browser.close());

  it("tags the editors' question titles and answer labels in Wijzig and in the answers a change drops", async () => {
    const page = await browser.newPage();
    // SPPOH's questions after the first have the source's words: mark two of them as the editors' in the graph.
    await page.route("**/sppoh-po/route.json", async (route) => {
      const data = await (await route.fetch()).json();
      data.steps.schoolinschrijving.editorialTitle = true;
      data.steps["welk-verzuim"].editorialTitle = true;
      data.steps["welk-verzuim"].options[0].editorialLabel = true;
      await route.fulfill({ json: data });
    });
    await page.goto(`${site.origin}/sppoh-po/stap/ziekteverzuim/?${routeOf(1, 1)}`);
    await routeShown(page);
    const change = page.locator("[data-route] a[data-change]").first();
    expect(await change.locator("[data-change-question] .editorial-tag").count()).toBe(1);
    await follow(page, change);
    await page.locator("[data-change-notice]:not([hidden])").waitFor();
    const dropped = page.locator("[data-dropped] li");
    expect(await dropped.locator(".editorial-tag").count()).toBe(2);
    expect(await dropped.allInnerTexts()).toEqual([
      expect.stringMatching(/^Welk \(zorgwekkend\) verzuim wordt gesignaleerd\?\s*redactie Er zijn zorgen/i),
    ]);
    await page.close();
  });
});

describe("requests", () => {
  it("never leave the site's origin", async () => {
    const browser = await launchBrowser(true);
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(site.origin)) outside.push(request.url());
    });
    await page.goto(site.origin + START);
    await answer(page, "Ja");
    await browser.close();
    expect(outside).toEqual([]);
  });
});
