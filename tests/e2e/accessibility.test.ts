import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { launchBrowser } from "../support/browser.ts";
import { routeQueryOf } from "../support/flow-paths.ts";
import { withEveryKind } from "../support/page-kinds.ts";
import { serveBothSites } from "../support/static-server.ts";

/** axe's source, evaluated through the DevTools protocol: the pages' Content-Security-Policy rightly blocks it as an inline script tag. */
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const sppoh = (await readContent("content")).routebooks.find((routebook) => routebook.id === "sppoh-po")!;

/** Every page kind (tests/support/page-kinds.ts), and pages in particular states; more chapters from the test routebook. */
const PAGES = withEveryKind([
  ["site", "/"],
  ["site", "/sppoh-po/"],
  ["site", "/sppoh-po/kaart/"],
  ["site", "/sppoh-po/stap/schoolinschrijving/"],
  ["site", "/sppoh-po/stap/registratie-verzuim/"],
  // Phase 3b with its timeline (the date field) and the phase overview.
  ["site", "/sppoh-po/stap/mdo-vastgelopen/"],
  ["site", "/sppoh-po/stap/aanmelding-school/"],
  ["site", "/sppoh-po/stap/opschaling-gezin/"],
  // With a route in the address: "Jouw route", a change in progress, the case note.
  ["site", "/sppoh-po/stap/opschaling-gezin/?antwoorden=1-2-1-1-1-1-5-1-2-2"],
  ["site", `/sppoh-po/stap/welk-verzuim/?${routeQueryOf(sppoh, [1], [2, 1])}`],
  // A route that does not fit: the notice that names its answers.
  ["site", "/sppoh-po/stap/opschaling-gezin/?antwoorden=1-2-1-9"],
  ["site", "/sppoh-po/samenvatting/?antwoorden=1-2-1-1-1-1-5-1-2-2"],
  ["site", "/sppoh-po/verantwoording/"],
  ["site", "/sppoh-po/begrippen/"],
  ["site", "/zoeken/?q=verzuim"],
  ["site", "/linkrapport/"],
  ["site", "/bestaat-niet/"],
  ["fixture", "/proef-po/routeboek-verzuim-thuiszitters/hoofdstuk-3-routeboek-met-schoolinschrijving/"],
  ["fixture", "/proef-po/werkwijze/hoofdstuk-1-drempels/"],
  ["fixture", "/proef-po/stap/verzuim/"],
  ["fixture", "/proef-po/signalen/"],
  ["fixture", "/proef-po/kaart/"],
  ["fixture", "/proef-po/bijlagen/bijlage-1-formulier/"],
  // The change page with changes since an older edition (tests/fixtures/editions/older.ts).
  ["fixture", "/proef-po/wijzigingen/"],
  ["site", "/den-haag-tien-stappen/signalen/"],
  ["site", "/den-bosch-schoolverzuim/preventieve-aanpak-schoolverzuim/bijlage-1-registratiecriteria/"],
]);

describe("accessibility (axe: WCAG 2.0 A/AA, 2.1 AA, 2.2 AA)", () => {
  let sites: Awaited<ReturnType<typeof serveBothSites>>;
  let browser: BrowserContext;
  beforeAll(async () => {
    sites = await serveBothSites({ site: inject("siteDir"), fixture: inject("fixtureSiteDir") });
    browser = await launchBrowser(true);
  });
  afterAll(async () => {
    await browser.close();
    await sites.close();
  });

  /** Pages in dark mode (prefers-color-scheme): a step with answers, an end with "Verder" and editorial marks, the thresholds' table. */
  const DARK: ["site" | "fixture", string, "dark"][] = [
    ["site", "/sppoh-po/stap/welk-verzuim/", "dark"],
    ["site", "/sppoh-po/stap/ziekteverzuim/", "dark"],
    ["site", "/bestaat-niet/", "dark"],
    ["fixture", "/proef-po/signalen/", "dark"],
  ];

  it.each([...PAGES.map(([which, path]) => [which, path, "light"] as const), ...DARK])(
    "%s %s in %s mode has no violations",
    async (which, path, colorScheme) => {
      const page = await browser.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(sites[which].origin + path);
      // Proof that the page follows the scheme asked for, so a dark run tests dark colours.
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(background === "rgb(255, 255, 255)").toBe(colorScheme === "light");
      if (path.startsWith("/zoeken/")) await page.locator("site-search[data-done]").waitFor();
      if (path.includes("wijzig=")) await page.locator("[data-change-notice]:not([hidden])").waitFor();
      else if (path.includes("-9")) await page.locator('[data-route-notice="alert"] li').first().waitFor();
      else if (path.includes("/stap/") && path.includes("antwoorden=")) await page.locator("[data-route]:not([hidden])").waitFor();
      if (path.includes("/samenvatting/")) await page.locator("[data-case-note]:not([hidden])").waitFor();
      await page.evaluate(AXE);
      const { violations, passes } = await page.evaluate(async () => {
        type Rule = { id: string; nodes: { target: string[] }[] };
        const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
        const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } });
        return {
          violations: result.violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
          ),
          passes: result.passes.length,
        };
      });
      await page.close();
      expect(violations).toEqual([]);
      // Proof that axe ran its rules on the page, so an empty list means something.
      expect(passes).toBeGreaterThan(5);
    },
  );
});
