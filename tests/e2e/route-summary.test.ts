import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { launchBrowser } from "../support/browser.ts";
import { pathsToEnds, routeQueryOf } from "../support/flow-paths.ts";
import { routeItems, routeShown } from "../support/route-page.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

const { routebooks } = await readContent("content");
const fold = (text: string) => text.replace(/\s+/g, " ").trim();
const sppoh = routebooks.find((routebook) => routebook.id === "sppoh-po")!;
/** SPPOH: start → … → MDO → De Ontdekkers → passend aanbod "Nee" → the family: 10 answers, 6 of them questions, 1 a lone inferred "Volgende". */
const LONG_POSITIONS = [1, 2, 1, 1, 1, 1, 5, 1, 2, 2];
/** The same route as the address holds it: answer ids and the edition. */
const LONG_ROUTE = routeQueryOf(sppoh, LONG_POSITIONS);

let site: StaticSite;
let browser: BrowserContext;
let page: Page;
const outside: string[] = [];
beforeAll(async () => {
  site = await serveStatic(inject("siteDir"));
  browser = await launchBrowser(true);
  page = await browser.newPage();
  browser.on("request", (request) => {
    if (!request.url().startsWith(`${site.origin}/`)) outside.push(request.url());
  });
});
afterAll(async () => {
  await browser.close();
  await site.close();
});

/** The actions as the case note shows them, without the "redactie" tags (the words they mark stay). */
const noteActions = (target: Page) =>
  target.locator(".note-steps > li > .note-actions > li").evaluateAll((items) =>
    items.map((item) => {
      const copy = item.cloneNode(true) as Element;
      for (const tag of copy.querySelectorAll(".editorial-tag")) tag.remove();
      return copy.textContent ?? "";
    }),
  );

describe("the case note (Samenvatting van deze route)", () => {
  const walks = routebooks.flatMap((routebook) =>
    pathsToEnds(routebook).map((path) => [`${routebook.id} → ${path.end}`, routebook, path] as const),
  );

  it.each(walks)("prints every action of the route %s, without navigation", { timeout: 60_000 }, async (_, routebook, { end, answers }) => {
    if (!answers.length) return;
    const route = routeQueryOf(
      routebook,
      answers.map((answer) => answer.option),
    );
    await page.emulateMedia({ media: "print" });
    try {
      await page.goto(`${site.origin}/${routebook.id}/samenvatting/?${route}`);
      await page.locator("[data-case-note]:not([hidden])").waitFor({ timeout: 30_000 });
      for (const hidden of [".site-header", ".site-footer", ".breadcrumbs", ".note-buttons", "button"])
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      const steps = new Map(routebook.flow.steps.map((step) => [step.id, step]));
      const passed = [...new Set([...answers.map((answer) => answer.step), end])];
      const expected = passed.flatMap((id) => steps.get(id)!.actions).map(fold);
      expect((await noteActions(page)).map(fold)).toEqual(expected);
      // The address that reopens the route is written out.
      expect(await page.locator("a[data-url]").innerText()).toBe(`${site.origin}/${routebook.id}/samenvatting/?${route}`);
    } finally {
      await page.emulateMedia({ media: null });
    }
  });

  it("names the routebook, its edition, today's date, and copies a plain-text version", async () => {
    await browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
    await page.goto(`${site.origin}/sppoh-po/samenvatting/?${LONG_ROUTE}`);
    await page.locator("[data-case-note]:not([hidden])").waitFor({ timeout: 30_000 });
    // SPPOH's title, organisation and version are the editors' reading: tagged as theirs.
    const tagged = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*redactie$`, "i");
    expect(fold(await page.locator("[data-case-note] [data-routebook]").innerText())).toMatch(tagged(sppoh.title));
    expect(fold(await page.locator("[data-case-note] [data-organisation]").innerText())).toMatch(tagged(sppoh.organisation));
    expect(fold(await page.locator("[data-case-note] [data-version]").innerText())).toMatch(tagged("versie september 2025"));
    const today = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
    expect(await page.locator("[data-today]").innerText()).toBe(today);
    // The 6 questions, and the one lone "Volgende stap" whose target the editors chose.
    expect(await page.locator("[data-answers] > li").count()).toBe(7);
    await page.getByRole("button", { name: "Kopieer als tekst" }).click();
    await page.getByText("De samenvatting is gekopieerd als tekst.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Samenvatting van deze route\nRouteboek: \[Routeboek Verzuim & Thuiszitters PO\]\n/);
    expect(copied).toContain(`Gemaakt op ${today}`);
    expect(copied).toContain(`Deze route opnieuw openen: ${site.origin}/sppoh-po/samenvatting/?${LONG_ROUTE}`);
    expect(copied).toContain("   Antwoord: Op zorgen die in het gezin/de thuissituatie plaatsvinden");
    expect(copied).toContain("- Raadpleeg de observatiegroep De Ontdekkers.");
  });

  it("says that it needs a route in its address", async () => {
    await page.goto(`${site.origin}/sppoh-po/samenvatting/`);
    await page.locator("[data-no-route]:not([hidden])").waitFor({ timeout: 30_000 });
    expect(await page.locator("[data-case-note]").isVisible()).toBe(false);
    expect(await page.locator("[data-needs-js]").isVisible()).toBe(false);
  });

  it("says that a route in its address does not fit, instead of claiming there is none", async () => {
    await page.goto(`${site.origin}/sppoh-po/samenvatting/?antwoorden=9-9`);
    const notice = page.locator('[data-route-notice="alert"]');
    await notice.locator("li").first().waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toContain("Deze route past niet bij de huidige versie van het routeboek");
    expect(await notice.innerText()).toContain("deze vraag heeft geen antwoord nummer 9.");
    expect(await page.locator("[data-no-route]").isVisible()).toBe(false);
    expect(await page.locator("[data-case-note]").isVisible()).toBe(false);
  });
});

describe("the route, keyboard only", () => {
  it("goes through a whole route with Tab and Enter, on to the case note", { timeout: 180_000 }, async () => {
    const steps = new Map(sppoh.flow.steps.map((step) => [step.id, step]));
    await page.goto(`${site.origin}/sppoh-po/stap/${sppoh.flow.start}/`);
    let at = sppoh.flow.start;
    /** Tabs until the focused element is what `wanted` accepts (at most 80 presses), then presses Enter. */
    const tabTo = async (wanted: string, accept: (element: { option?: string; label?: string; text: string }) => boolean) => {
      for (let presses = 0; presses < 80; presses++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          return { option: element?.dataset.option, label: element?.dataset.label, text: element?.textContent?.trim() ?? "" };
        });
        if (accept(focused)) return;
      }
      throw new Error(`Tab never reached ${wanted} on ${page.url()}`);
    };
    for (const option of LONG_POSITIONS) {
      const chosen = steps.get(at)!.options[option - 1]!;
      await tabTo(chosen.label, (focused) => focused.option === chosen.to && focused.label === chosen.label);
      await Promise.all([page.waitForURL((url) => url.pathname === `/sppoh-po/stap/${chosen.to}/`), page.keyboard.press("Enter")]);
      at = chosen.to;
    }
    expect(new URL(page.url()).search).toBe(`?${LONG_ROUTE}`);
    await routeShown(page);
    expect(await routeItems(page)).toHaveLength(6);
    await tabTo("the case note", (focused) => focused.text.startsWith("Samenvatting van deze route") && focused.option === undefined);
    await Promise.all([page.waitForURL((url) => url.pathname === "/sppoh-po/samenvatting/"), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).search).toBe(`?${LONG_ROUTE}`);
    await page.locator("[data-case-note]:not([hidden])").waitFor({ timeout: 30_000 });
  });
});

describe("Jouw route on a small screen", () => {
  it("is at the top, collapsed, and opens on request; a wide screen shows it only below", async () => {
    const small = await browser.newPage();
    try {
      await small.setViewportSize({ width: 390, height: 844 });
      await small.goto(`${site.origin}/sppoh-po/stap/ziekteverzuim/?${routeQueryOf(sppoh, [1, 1])}`);
      const top = small.locator("details[data-route-top]");
      await top.locator("li").first().waitFor({ state: "attached", timeout: 30_000 });
      expect(await top.isVisible()).toBe(true);
      expect(await top.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
      expect(await top.locator("summary").innerText()).toBe("Jouw route: 2 antwoorden");
      // Above the heading: reachable without scrolling past the step.
      const topY = (await top.boundingBox())!.y;
      expect(topY).toBeLessThan((await small.locator("h1").boundingBox())!.y);
      await top.locator("summary").click();
      expect(await top.locator("li").first().isVisible()).toBe(true);
      expect(await top.getByRole("link", { name: "Samenvatting van deze route" }).getAttribute("href")).toBe(
        `/sppoh-po/samenvatting/?${routeQueryOf(sppoh, [1, 1])}`,
      );
      await small.setViewportSize({ width: 1280, height: 900 });
      expect(await top.isVisible()).toBe(false);
      expect(await small.locator("[data-route]").isVisible()).toBe(true);
    } finally {
      await small.close();
    }
  });
});

describe("requests", () => {
  it("never left the site's origin in any test of this file", () => {
    expect(outside).toEqual([]);
  });

  it("are seen when they happen (the check above can fail)", async () => {
    const seen: string[] = [];
    const listener = (request: { url(): string }) => seen.push(request.url());
    browser.on("request", listener);
    await page.goto(`${site.origin}/sppoh-po/samenvatting/?antwoorden=1-1`);
    await page.locator("[data-case-note]:not([hidden])").waitFor({ timeout: 30_000 });
    browser.off("request", listener);
    expect(seen).toContain(`${site.origin}/sppoh-po/route.json`);
  });
});

describe("the case note without JavaScript", () => {
  it("says it needs JavaScript and links to the routebook", async () => {
    const plain = await launchBrowser(false);
    try {
      const noScript = await plain.newPage();
      await noScript.goto(`${site.origin}/sppoh-po/samenvatting/?antwoorden=1-1`);
      expect(await noScript.locator("[data-needs-js]").innerText()).toContain("Zonder JavaScript");
      expect(await noScript.locator("[data-needs-js] a").getAttribute("href")).toBe("/sppoh-po/");
      expect(await noScript.locator("[data-case-note]").isVisible()).toBe(false);
    } finally {
      await plain.close();
    }
  });
});
