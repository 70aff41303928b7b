/**
 * The Content-Security-Policy of the built pages (issue 13, item 11): every page
 * kind works under it without a single violation, with its scripts running, and
 * a script injected into a page is blocked.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

const siteDir = inject("siteDir");
let site: StaticSite;
beforeAll(async () => {
  site = await serveStatic(siteDir);
});
afterAll(() => site.close());

/** Records every CSP violation of the page, from its first byte on (an init script runs outside the page's policy). */
async function watchViolations(tab: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  tab.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await tab.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`));
  });
  return async () => [...(await tab.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...console];
}

/** The page's policy as its meta tag gives it. */
const policyOf = (tab: Page) => tab.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");

/** Each page kind, and what shows that its scripts ran under the policy. */
const PAGES: { kind: string; path: string; ran: (tab: Page) => Promise<unknown> }[] = [
  { kind: "home", path: "/", ran: (tab) => tab.locator("h1").waitFor() },
  // The route tool writes the answers so far into every answer link.
  // (A legacy positional address: the links it writes carry answer ids and the edition.)
  { kind: "step", path: "/sppoh-po/stap/welk-verzuim/?antwoorden=1", ran: (tab) => tab.locator('a.option[href*="&editie="]').first().waitFor() },
  // The phase timeline is hidden until its script fills it in.
  { kind: "step with a phase timeline", path: "/sppoh-po/stap/mdo-vastgelopen/", ran: (tab) => tab.locator("phase-timeline").first().waitFor({ state: "visible" }) },
  { kind: "chapter", path: "/den-haag-tien-stappen/de-route-in-tien-stappen/2-verzuim/", ran: (tab) => tab.locator("h1").waitFor() },
  // Pagefind loads its index and compiles its WebAssembly.
  { kind: "search with a query", path: "/zoeken/?q=verzuim", ran: (tab) => tab.locator("[data-status]", { hasText: "resultaten" }).waitFor() },
  { kind: "map", path: "/sppoh-po/kaart/", ran: (tab) => tab.locator("svg.flow-map").waitFor() },
  { kind: "signals", path: "/den-bosch-schoolverzuim/signalen/", ran: (tab) => tab.locator("signal-check form").waitFor({ state: "visible" }) },
  { kind: "summary", path: "/sppoh-po/samenvatting/?antwoorden=1-1", ran: (tab) => tab.locator("[data-case-note]").waitFor({ state: "visible" }) },
];

describe("the Content-Security-Policy", () => {
  it("holds on every page kind: no violations, and the page's scripts run", async () => {
    const browser = await launchBrowser(true);
    try {
      for (const { kind, path, ran } of PAGES) {
        const tab = await browser.newPage();
        const violations = await watchViolations(tab);
        const response = await tab.goto(`${site.origin}${path}`);
        expect(response?.status(), kind).toBe(200);
        const policy = await policyOf(tab);
        expect(policy, kind).toContain("script-src 'self' 'wasm-unsafe-eval'");
        expect(policy, kind).not.toContain("unsafe-inline");
        await ran(tab);
        expect(await violations(), kind).toEqual([]);
        await tab.close();
      }
    } finally {
      await browser.close();
    }
  });

  it("blocks a script injected into a page, inline or as an event handler", async () => {
    const browser = await launchBrowser(true);
    try {
      const tab = await browser.newPage();
      const violations = await watchViolations(tab);
      await tab.goto(`${site.origin}/sppoh-po/stap/welk-verzuim/`);
      const ran = await tab.evaluate(async () => {
        const flags = window as unknown as { injected?: boolean; handler?: boolean };
        const script = document.createElement("script");
        script.textContent = "window.injected = true;";
        document.body.append(script);
        // As markup would inject it: an image whose error handler runs code.
        document.body.insertAdjacentHTML("beforeend", '<img src="/bestaat-niet.png" onerror="window.handler = true">');
        await new Promise((done) => setTimeout(done, 500));
        return { injected: flags.injected ?? false, handler: flags.handler ?? false };
      });
      expect(ran).toEqual({ injected: false, handler: false });
      const seen = await violations();
      expect(seen.some((violation) => violation.startsWith("script-src"))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
