import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model.ts";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

/** For every end step, the shortest answers from the start that reach it (breadth-first over the options). */
function pathsToEnds(routebook: Routebook): { end: string; answers: { step: string; to: string }[] }[] {
  const steps = new Map(routebook.flow.steps.map((step) => [step.id, step]));
  const via = new Map<string, { from: string; to: string } | null>([[routebook.flow.start, null]]);
  const queue = [routebook.flow.start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const option of steps.get(id)!.options) {
      if (via.has(option.to)) continue;
      via.set(option.to, { from: id, to: option.to });
      queue.push(option.to);
    }
  }
  return routebook.flow.steps
    .filter((step) => step.end)
    .map((step) => {
      const answers: { step: string; to: string }[] = [];
      for (let at = via.get(step.id); at; at = via.get(at.from)) answers.unshift({ step: at.from, to: at.to });
      return { end: step.id, answers };
    });
}

describe("walking every flow of the real content to each of its ends, in Chromium", async () => {
  const { routebooks } = await readContent("content");
  let site: StaticSite;
  let browser: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    site = await serveStatic(inject("siteDir"));
    browser = await launchBrowser(true);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser.close();
    await site.close();
  });

  const walks = routebooks.flatMap((routebook) => pathsToEnds(routebook).map((path) => [`${routebook.id} → ${path.end}`, routebook, path] as const));

  it.each(walks)("%s", async (_, routebook, { end, answers }) => {
    const titleOf = (id: string) => routebook.flow.steps.find((step) => step.id === id)!.title;
    await page.goto(`${site.origin}/${routebook.id}/stap/${routebook.flow.start}/`);
    for (const { step, to } of answers) {
      expect(new URL(page.url()).pathname).toBe(`/${routebook.id}/stap/${step}/`);
      const option = page.locator(`a.option[data-option="${to}"]`).first();
      await Promise.all([page.waitForURL((url) => url.pathname === `/${routebook.id}/stap/${to}/`), option.click()]);
    }
    expect(await page.locator("h1").innerText()).toBe(titleOf(end));
    expect(await page.locator(".end").count()).toBe(1);
    // "Jouw route" lists every answer given on the way.
    if (answers.length) expect(await page.locator("[data-route] li").count()).toBe(answers.length);
  });
});
