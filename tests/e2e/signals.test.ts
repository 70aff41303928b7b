import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

/** The test routebook's thresholds page (tests/fixtures/content/proef-po/signalen.yml). */
const PATH = "/proef-po/signalen/";

let site: StaticSite;
beforeAll(async () => {
  site = await serveStatic(inject("fixtureSiteDir"));
});
afterAll(() => site.close());

describe.each([true, false])("the verzuim signal check with JavaScript %s", (javaScript) => {
  let browser: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser(javaScript);
    page = await browser.newPage();
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(site.origin + PATH);
  });
  afterAll(() => browser.close());

  it("shows every threshold as a table", async () => {
    expect(await page.locator("table.signals tbody tr").count()).toBe(4);
    expect(await page.locator("#drempel-te-laat-8-tot-11 td").nth(1).innerText()).toBe("8 t/m 11 keer");
  });

  it(javaScript ? "answers as you type, and sends nothing" : "hides the form that needs JavaScript", async () => {
    const form = page.locator("form.signal-form");
    if (!javaScript) {
      expect(await form.isVisible()).toBe(false);
      return;
    }
    const before = requests.length;
    await page.getByLabel("Uren ongeoorloofd verzuim in de laatste 4 weken (uur)").fill("16");
    await expect.poll(() => page.locator("[data-results] [data-status]").innerText()).toBe("Geen van de drempels van dit routeboek is bereikt met wat je invulde.");
    await page.getByLabel("Uren ongeoorloofd verzuim in de laatste 4 weken (uur)").fill("17");
    await page.getByLabel("Keer te laat gekomen (keer)").fill("8");
    await expect.poll(() => page.locator("[data-results] li").allInnerTexts()).toEqual([
      "Meer dan 16 uur in 4 weken: Melden bij leerplicht (bron: Werkwijze, Hoofdstuk 1: Drempels)",
      "8 t/m 11 keer te laat: Preventief gesprek (bron: Werkwijze, Hoofdstuk 1: Drempels) Opmerking van de redactieREDACTIE: In de test overlapt deze band met geen andere.",
    ]);
    expect(await page.locator("[data-results] li a").first().getAttribute("href")).toBe("/proef-po/werkwijze/hoofdstuk-1-drempels/");
    await page.getByLabel("Keer te laat gekomen (keer)").fill("12");
    await expect.poll(() => page.locator("[data-results] li").allInnerTexts()).toEqual([
      "Meer dan 16 uur in 4 weken: Melden bij leerplicht (bron: Werkwijze, Hoofdstuk 1: Drempels)",
      "Vanaf 12 keer te laat: Melden via DUO (bron: Werkwijze, Hoofdstuk 1: Drempels)",
    ]);
    expect(requests.slice(before)).toEqual([]);
  });
});
