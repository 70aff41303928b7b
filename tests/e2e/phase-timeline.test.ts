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
  }, 60_000);
  afterAll(() => browser.close());

  it("presents no date as the start until the user picks one: not today, no dates", async () => {
    await page.goto(site.origin + PATH);
    await page.locator("phase-timeline").waitFor({ state: "visible" });
    expect(await page.getByLabel("Startdatum").inputValue()).toBe("");
    expect(await ends(page)).toEqual([]);
    expect(await page.locator("phase-timeline [data-norm]").innerText()).toBe(
      "Kies een startdatum: dan staat hier wanneer elke fase uiterlijk eindigt.",
    );
    // The content names no event for SPPOH's phase 2: the box says so of this site, claiming nothing of the source,
    // and says which route it counts without one.
    const box = await page.locator("phase-timeline").innerText();
    expect(box).toContain("Op deze site staat niet met welke gebeurtenis fase 2 begint");
    expect(box).not.toMatch(/de bron zegt niet/i);
    expect(box).toContain("Zonder gekozen route rekent deze site met de kortste weg");
  }, 60_000);

  it("reads the start from the address and shows, with the phases' names, when each ends, across the change to summer time", async () => {
    await page.goto(`${site.origin}${PATH}?start=2026-03-22`);
    await page.locator("phase-timeline").waitFor({ state: "visible" });
    expect(await page.getByLabel("Startdatum").inputValue()).toBe("2026-03-22");
    expect(await ends(page)).toEqual([
      "Fase 2 · looptijd 2 weken → uiterlijk 5 april 2026",
      "Fase 3a: Verzuim stopt · looptijd 2-10 weken → uiterlijk 14 juni 2026",
      "Fase 3b: Verzuim stopt niet · looptijd 2 weken → uiterlijk 28 juni 2026",
    ]);
    expect(await page.locator("phase-timeline [aria-current=step]").innerText()).toBe(
      "Fase 3b: Verzuim stopt niet · looptijd 2 weken → uiterlijk 28 juni 2026",
    );
    expect(await page.locator("phase-timeline [data-norm]").innerText()).toBe(
      "De fasen tot nu toe duren samen uiterlijk 14 weken, tot 28 juni 2026: 6 dagen langer dan de ambitie van drie maanden (22 juni 2026).",
    );
  }, 60_000);

  it("puts a chosen date in the address, tells the route script, keeps it over a reload, and sends nothing", async () => {
    await page.goto(site.origin + PATH);
    await page.locator("phase-timeline").waitFor({ state: "visible" });
    await page.evaluate(() => {
      (window as unknown as { starts: number }).starts = 0;
      document.addEventListener("routeboek:start", () => (window as unknown as { starts: number }).starts++);
    });
    const before = requests.length;
    await page.getByLabel("Startdatum").fill("2026-10-11");
    await expect
      .poll(() => ends(page))
      .toEqual([
        "Fase 2 · looptijd 2 weken → uiterlijk 25 oktober 2026",
        "Fase 3a: Verzuim stopt · looptijd 2-10 weken → uiterlijk 3 januari 2027",
        "Fase 3b: Verzuim stopt niet · looptijd 2 weken → uiterlijk 17 januari 2027",
      ]);
    expect(new URL(page.url()).searchParams.get("start")).toBe("2026-10-11");
    expect(await page.evaluate(() => (window as unknown as { starts: number }).starts)).toBeGreaterThan(0);
    expect(requests.slice(before)).toEqual([]);
    await page.reload();
    await page.locator("phase-timeline").waitFor({ state: "visible" });
    expect(await page.getByLabel("Startdatum").inputValue()).toBe("2026-10-11");
    expect(await ends(page)).toHaveLength(3);
    await page.getByLabel("Startdatum").fill("");
    await expect
      .poll(() => page.locator("phase-timeline [data-norm]").innerText())
      .toBe("Kies een startdatum: dan staat hier wanneer elke fase uiterlijk eindigt.");
    expect(new URL(page.url()).searchParams.has("start")).toBe(false);
  }, 60_000);

  it("refuses the year 9999 with an error tied to the field, and leaves no dates of an earlier start", async () => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${site.origin}${PATH}?start=2026-10-11`);
    await page.locator("phase-timeline").waitFor({ state: "visible" });
    expect(await ends(page)).toHaveLength(3);
    await page.getByLabel("Startdatum").fill("9999-12-31");
    const field = page.getByLabel("Startdatum");
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
    expect(await ends(page)).toEqual([]);
    const error = page.locator("phase-timeline [data-start-error]");
    expect(await error.innerText()).toBe("Kies een geldige startdatum tussen 2000 en 2099.");
    expect((await field.getAttribute("aria-describedby"))!.split(" ")).toContain(await error.getAttribute("id"));
    expect(errors).toEqual([]);
    await field.fill("2026-10-11");
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe(null);
    expect(await error.isVisible()).toBe(false);
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
