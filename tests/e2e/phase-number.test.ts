import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

/**
 * West-Brabant's phase 2 is the editors' (its source numbers steps, not
 * phases): wherever a script writes "Fase 2", on the step's timeline and in the
 * case note, it is marked as redactie, as the static parts of the page mark it.
 */
let site: StaticSite;
let browser: BrowserContext;
let page: Page;
beforeAll(async () => {
  site = await serveStatic(inject("siteDir"));
  browser = await launchBrowser(true, "Europe/Amsterdam");
  await browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
  page = await browser.newPage();
}, 60_000);
afterAll(async () => {
  await browser.close();
  await site.close();
});

const fold = (text: string) => text.replace(/\s+/g, " ").trim();
/** An element's text without the "redactie" tags (whose look is the stylesheet's), which the tests count apart. */
const bare = async (locator: Locator) =>
  fold(
    await locator.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const tag of copy.querySelectorAll(".editorial-tag")) tag.remove();
      return copy.textContent ?? "";
    }),
  );
const WEST_BRABANT = "/west-brabant-thuiszitterspact";
/** Schoolinschrijving: ja; stap 1: ontluikend schoolverzuim; stap 2: de termijn is voorbij. */
const ROUTE = "antwoorden=1-1-1&start=2026-09-01";

describe("a phase number of the editors' in the scripts' output", () => {
  it("is marked on the step's timeline, and SPPOH's own number is not", { timeout: 60_000 }, async () => {
    await page.goto(`${site.origin}${WEST_BRABANT}/stap/termijn/?start=2026-09-01`);
    await page.locator("phase-timeline").waitFor({ state: "visible" });
    const end = page.locator("phase-timeline [data-phase-ends] li").first();
    expect(await bare(end)).toBe("Fase 2: Termijn van het OPP · looptijd maximaal 4 weken → uiterlijk 29 september 2026");
    expect(await end.locator(".editorial").innerText()).toMatch(/^Fase 2: Termijn van het OPP/);
    expect(await end.locator(".editorial .editorial-tag").innerText()).toMatch(/redactie/i);
    expect(await page.locator("phase-timeline .phase-start-hint .phase-number.editorial").count()).toBe(1);

    await page.goto(`${site.origin}/sppoh-po/stap/mdo-vastgelopen/?start=2026-09-01`);
    await page.locator("phase-timeline").waitFor({ state: "visible" });
    await page.locator("phase-timeline [data-phase-ends] li").first().waitFor();
    expect(await page.locator("phase-timeline [data-phase-ends] .editorial").count()).toBe(0);
  });

  it("is marked in the case note: heading, dates and start date on screen, [ ] in the copied text", async () => {
    await page.goto(`${site.origin}${WEST_BRABANT}/samenvatting/?${ROUTE}`);
    await page.locator("[data-case-note]:not([hidden])").waitFor({ timeout: 30_000 });
    // The steps before phase 2 stand under "Voor fase 2", its number marked too.
    const before = page.locator("[data-phases] h3").first();
    expect(await bare(before)).toBe("Voor fase 2 (de tekst van de bron geeft hier geen looptijd)");
    expect(await before.locator(".editorial .editorial-tag").count()).toBe(1);
    expect(await before.locator(".editorial").innerText()).toMatch(/^fase 2/);
    const heading = page.locator("[data-phases] h3", { hasText: "Termijn" });
    expect(await bare(heading)).toBe("Fase 2: Termijn van het OPP · looptijd maximaal 4 weken");
    expect(await heading.locator(".editorial .editorial-tag").count()).toBe(1);
    const date = page.locator("[data-timeline] li").first();
    expect(await date.locator(".editorial").innerText()).toMatch(/^Fase 2: Termijn van het OPP/);
    expect(await page.locator("[data-start-phase] .editorial").innerText()).toMatch(/^fase 2/);

    await page.getByRole("button", { name: "Kopieer als tekst" }).click();
    await page.getByText("De samenvatting is gekopieerd als tekst.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("Startdatum (begin van [fase 2]): 1 september 2026\n");
    expect(copied).toContain("- [Fase 2: Termijn van het OPP] · looptijd maximaal 4 weken → uiterlijk 29 september 2026\n");
    expect(copied).toContain("\n[Fase 2: Termijn van het OPP] · looptijd maximaal 4 weken\n");
  }, 60_000);
});
