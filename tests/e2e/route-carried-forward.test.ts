/**
 * A route saved in an earlier edition the site keeps (tests/fixtures/editions/older.ts), opened on today's
 * site: answers that still mean the same are kept (also one whose step has a new id since), the page names
 * what changed on the way, and the case note shows both editions.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { answerTokens } from "../../pipeline/editions/route-edition.ts";
import type { Edition } from "../../pipeline/schema/edition.ts";
import { launchBrowser } from "../support/browser.ts";
import { markedTexts, routeItems, routeShown } from "../support/route-page.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

let site: StaticSite;
let browser: BrowserContext;
let older: Edition;
let current: Edition;

beforeAll(async () => {
  site = await serveStatic(inject("fixtureSiteDir"));
  browser = await launchBrowser(true);
  const index = (await (await fetch(`${site.origin}/proef-po/data/edities.json`)).json()) as { url: string }[];
  [current, older] = (await Promise.all(index.map(async ({ url }) => (await fetch(site.origin + url)).json()))) as [Edition, Edition];
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The address the older edition's pages wrote for these answers (by label) from the start. */
function olderAddress(page: string, labels: string[]): string {
  let at = older.start;
  const tokens = labels.map((label) => {
    const options = older.steps.find((step) => step.id === at)!.options;
    const index = options.findIndex((option) => option.label === label);
    at = options[index]!.to;
    return answerTokens(options)[index]!;
  });
  return `${site.origin}/proef-po/${page}/?antwoorden=${tokens.join(".")}&editie=${older.routeEdition}`;
}

const status = (page: Page) => page.locator('[data-route-notice="status"]');
/** The notice's list of changes (its links are another list). */
const items = (page: Page) => markedTexts(status(page).locator("[data-misfits] li"));

describe("a route saved in an earlier edition the site keeps", () => {
  it("is of another edition than today's, which the older fixture changes", () => {
    expect(older.routeEdition).not.toBe(current.routeEdition);
    expect(older.steps.map((step) => step.id)).toContain("geen");
  });

  it("keeps an answer whose step has a new id since, and says nothing else changed at that step's question", async () => {
    const page = await browser.newPage();
    await page.goto(olderAddress("stap/geen-verzuim", ["Nee"]));
    await routeShown(page);
    expect(await routeItems(page)).toEqual([["Is er sprake van verzuim?", "Nee"]]);
    await status(page).locator("li").first().waitFor({ timeout: 30_000 });
    expect(await status(page).locator(".route-notice-title").innerText()).toBe("Sinds je deze route opsloeg is het routeboek veranderd");
    expect(await status(page).locator(".route-notice-links a").getAttribute("href")).toBe("/proef-po/wijzigingen/");
    expect(await status(page).innerText()).toContain("Op je route veranderde sinds de editie van 1 september 2025 (versie testversie 0):");
    expect(await items(page)).toEqual([
      "Bij de vraag ‘Is er sprake van verzuim?’ is het antwoord ‘Weet ik niet’ vervallen; het leidde naar ‘Oude stap’.",
      "Bij ‘Is er sprake van verzuim?’ verwijst ‘lees verder’ nu naar ‘Werkwijze’, ‘Hoofdstuk 1: Drempels’, ‘1.1 Volgorde van melden’ (was ‘Werkwijze’, ‘Hoofdstuk 1: Drempels’).",
      "De stap ‘Geen verzuim’ staat op een nieuw adres (was …/stap/geen/).",
      "De slottekst van ‘Geen verzuim’ is nu ‘Je bent nu klaar.’ (was ‘Je bent klaar.’).",
    ]);
    // The changes at "Er is verzuim" are not on this route.
    expect((await items(page)).join(" ")).not.toContain("Er is verzuim");
    await page.close();
  });

  it("names the changes at each step on the way of a longer route, the editors' words marked", async () => {
    const page = await browser.newPage();
    await page.goto(olderAddress("stap/verzuim", ["Ja"]));
    await status(page).locator("li").first().waitFor({ timeout: 30_000 });
    const shown = await items(page);
    expect(shown).toContain("De stap ‘Er was verzuim’ heet nu ‘Er is verzuim’.");
    expect(shown).toContain(
      "Bij de stap ‘Er is verzuim’ leidt het antwoord ‘Volgende’ nu naar ‘Passend aanbod (redactie)’ (was ‘Geen verzuim’).",
    );
    // One change of the step's actions: the action added and the one dropped (the older one said "niet").
    expect(shown).toContain(
      "Nieuwe actie bij ‘Er is verzuim’: ‘Registreer het verzuim.’ Vervallen actie bij ‘Er is verzuim’: ‘Registreer het verzuim niet.’",
    );
    await page.close();
  });

  it("shows both editions in the case note, with what changed on the route", async () => {
    const page = await browser.newPage();
    await page.goto(olderAddress("samenvatting", ["Nee"]));
    const since = page.locator("dd[data-since]");
    await since.waitFor({ state: "visible", timeout: 30_000 });
    expect(await since.innerText()).toBe(`de editie van 1 september 2025 (versie testversie 0), editie ${older.routeEdition}`);
    expect(await page.locator("dd[data-edition]").innerText()).toBe(current.routeEdition);
    const changes = await markedTexts(page.locator("[data-since-changes] li"));
    expect(changes).toContain("De stap ‘Geen verzuim’ staat op een nieuw adres (was …/stap/geen/).");
    await page.close();
  });
});
