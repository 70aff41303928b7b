import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

/** SPPOH's step in phase 3b: the route passed phases 2 and 3a before it. */
const PATH = "/sppoh-po/stap/mdo-vastgelopen/";

let site: StaticSite;
beforeAll(async () => {
  site = await serveStatic(inject("siteDir"));
});
afterAll(() => site.close());

const ends = (page: Page) => page.locator("phase-timeline [data-phase-ends] li").allInnerTexts();

describe("the phase timeline with JavaScript, in Amsterdam's time zone", () => {
  let browser: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser(true, "Europe/Amsterdam");
    page = await browser.newPage();
    page.on("request", (request) => requests.push(request.url()));
    // Sunday 22 March 2026, a week before the clocks go forward.
    await page.clock.setFixedTime(new Date("2026-03-22T11:00:00Z"));
    await page.goto(site.origin + PATH);
  }, 60_000);
  afterAll(() => browser.close());

  it("starts today and shows when each phase so far ends at the latest, across the change to summer time", async () => {
    const timeline = page.locator("phase-timeline");
    await timeline.waitFor({ state: "visible" });
    expect(await page.getByLabel("Startdatum").inputValue()).toBe("2026-03-22");
    expect(await ends(page)).toEqual([
      "Fase 2 · looptijd 2 weken → uiterlijk 5 april 2026",
      "Fase 3a · looptijd 2-10 weken → uiterlijk 14 juni 2026",
      "Fase 3b · looptijd 2 weken → uiterlijk 28 juni 2026",
    ]);
    expect(await page.locator("phase-timeline [aria-current=step]").innerText()).toBe("Fase 3b · looptijd 2 weken → uiterlijk 28 juni 2026");
    expect(await page.locator("phase-timeline [data-norm]").innerText()).toBe(
      "De fasen tot nu toe duren samen uiterlijk 14 weken, tot 28 juni 2026: 6 dagen langer dan de ambitie van drie maanden (22 juni 2026).",
    );
  }, 60_000);

  it("recomputes for another start date, across a year end and the change back to winter time, and sends nothing", async () => {
    const before = requests.length;
    await page.getByLabel("Startdatum").fill("2026-10-11");
    await expect.poll(() => ends(page)).toEqual([
      "Fase 2 · looptijd 2 weken → uiterlijk 25 oktober 2026",
      "Fase 3a · looptijd 2-10 weken → uiterlijk 3 januari 2027",
      "Fase 3b · looptijd 2 weken → uiterlijk 17 januari 2027",
    ]);
    expect(await page.locator("phase-timeline [data-norm]").innerText()).toContain("tot 17 januari 2027: 6 dagen langer dan de ambitie van drie maanden (11 januari 2027)");
    await page.getByLabel("Startdatum").fill("");
    await expect.poll(() => page.locator("phase-timeline [data-norm]").innerText()).toBe("Kies een geldige startdatum.");
    expect(requests.slice(before)).toEqual([]);
  }, 60_000);
});

describe("the phase timeline without JavaScript", () => {
  let browser: BrowserContext;
  afterAll(() => browser?.close());

  it("stays hidden, and the step still shows its phase and the overview", async () => {
    browser = await launchBrowser(false);
    const page = await browser.newPage();
    await page.goto(site.origin + PATH);
    expect(await page.locator("phase-timeline").isVisible()).toBe(false);
    expect(await page.locator(".phase").innerText()).toBe("Fase 3b: Verzuim stopt niet · looptijd 2 weken");
    expect(await page.locator(".phase-overview li[aria-current=step] strong").innerText()).toBe("Fase 3b: Verzuim stopt niet");
  }, 60_000);
});
