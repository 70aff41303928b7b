import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import { launchBrowser, launchFreshBrowser } from "../support/browser.ts";
import { routeEdition } from "../../pipeline/editions/route-edition.ts";
import { expectedRoute, pathsToEnds, type WalkAnswer, walkTokens } from "../support/flow-paths.ts";
import { routePlain, routeShown } from "../support/route-page.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

const { routebooks } = await readContent("content");
const walks = routebooks.flatMap((routebook) =>
  pathsToEnds(routebook).map((path) => [`${routebook.id} → ${path.end}`, routebook, path] as const),
);

/** Walks from the start by clicking the answers, checking each page's address on the way. */
async function walk(page: Page, origin: string, routebook: Routebook, answers: readonly WalkAnswer[], javaScript: boolean): Promise<void> {
  await page.goto(`${origin}/${routebook.id}/stap/${routebook.flow.start}/`);
  for (const [index, { step, option, to }] of answers.entries()) {
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/${routebook.id}/stap/${step}/`);
    // With JavaScript the address carries the answers so far (their ids) and the edition; without, the links are
    // the plain static ones.
    expect(url.searchParams.get("antwoorden")).toBe(javaScript && index ? walkTokens(routebook, answers.slice(0, index)).join(".") : null);
    expect(url.searchParams.get("editie")).toBe(javaScript && index ? routeEdition(routebook.flow) : null);
    const link = page.locator("a.option").nth(option - 1);
    expect(await link.getAttribute("data-option")).toBe(to);
    await Promise.all([page.waitForURL((next) => next.pathname === `/${routebook.id}/stap/${to}/`), link.click()]);
  }
}

describe("walking every flow of the real content to each of its ends, with JavaScript: the route survives", () => {
  let site: StaticSite;
  let browser: BrowserContext;
  let fresh: Browser;
  let page: Page;
  beforeAll(async () => {
    site = await serveStatic(inject("siteDir"));
    browser = await launchBrowser(true);
    fresh = await launchFreshBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser.close();
    await fresh.close();
    await site.close();
  });

  it.each(walks)("%s", { timeout: 180_000 }, async (_, routebook, { end, answers }) => {
    const titleOf = (id: string) => routebook.flow.steps.find((step) => step.id === id)!.title;
    const route = expectedRoute(routebook, answers);
    await walk(page, site.origin, routebook, answers, true);
    expect(await page.locator("h1").innerText()).toBe(titleOf(end));
    expect(await page.locator(".end").count()).toBe(1);
    const address = page.url();
    expect(new URL(address).searchParams.get("antwoorden")).toBe(walkTokens(routebook, answers).join(".") || null);
    // A route of this edition is applied without a notice.
    expect(await page.locator("[data-route-notice]:not(:empty)").count()).toBe(0);
    if (!route.length) return;
    const intact = async (target: Page, what: string) => {
      await routeShown(target);
      expect(await routePlain(target), what).toEqual(route);
    };
    await intact(page, "after the walk");
    await page.reload();
    await intact(page, "after a reload");
    if (answers.length > 1) {
      // Back to the step before the end (Playwright's Chromium has no back/forward cache: the page loads afresh).
      await page.goBack();
      expect(new URL(page.url()).pathname).toBe(`/${routebook.id}/stap/${answers.at(-1)!.step}/`);
      await page.goForward();
      expect(page.url()).toBe(address);
      await intact(page, "after Back and Forward");
    }
    const context = await fresh.newContext();
    try {
      const other = await context.newPage();
      await other.goto(address);
      await intact(other, "in a new browser context");
    } finally {
      await context.close();
    }
  });
});

describe("walking every flow of the real content to each of its ends, without JavaScript: plain links", () => {
  let site: StaticSite;
  let browser: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    site = await serveStatic(inject("siteDir"));
    browser = await launchBrowser(false);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser.close();
    await site.close();
  });

  it.each(walks)("%s", { timeout: 120_000 }, async (_, routebook, { end, answers }) => {
    await walk(page, site.origin, routebook, answers, false);
    expect(page.url()).toBe(`${site.origin}/${routebook.id}/stap/${end}/`);
    expect(await page.locator(".end").count()).toBe(1);
    expect(await page.locator("[data-route]").isVisible()).toBe(false);
  });
});
