import { createRequire } from "node:module";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** One page of each type the site has. */
const PAGES = [
  "/",
  "/sppoh-po/",
  "/sppoh-po/stap/schoolinschrijving/",
  "/sppoh-po/stap/registratie-verzuim/",
  "/sppoh-po/stap/opschaling-gezin/",
  "/sppoh-po/routeboek-verzuim-thuiszitters/hoofdstuk-3-routeboek-met-schoolinschrijving/",
  "/zoeken/?q=verzuim",
  "/linkrapport/",
  "/bestaat-niet/",
];

describe("accessibility (axe: WCAG 2.0 A/AA, 2.1 AA, 2.2 AA)", () => {
  let site: StaticSite;
  let browser: BrowserContext;
  beforeAll(async () => {
    site = await serveStatic(inject("siteDir"));
    browser = await launchBrowser(true);
  });
  afterAll(async () => {
    await browser.close();
    await site.close();
  });

  it.each(PAGES)("%s has no violations", async (path) => {
    const page = await browser.newPage();
    await page.goto(site.origin + path);
    if (path.startsWith("/zoeken/")) await page.locator("[data-status]", { hasText: "resultaten" }).waitFor();
    await page.addScriptTag({ path: AXE });
    const { violations, passes } = await page.evaluate(async () => {
      type Rule = { id: string; nodes: { target: string[] }[] };
      const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
      const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } });
      return {
        violations: result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
        passes: result.passes.length,
      };
    });
    await page.close();
    expect(violations).toEqual([]);
    // Proof that axe ran its rules on the page, so an empty list means something.
    expect(passes).toBeGreaterThan(5);
  });
});
