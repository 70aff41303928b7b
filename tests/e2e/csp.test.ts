/**
 * The Content-Security-Policy of the built pages (issue 13, item 11): every page
 * kind works under it without a single violation, with its scripts running, and
 * a script injected into a page is blocked.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { PAGE_KINDS } from "../support/page-kinds.ts";
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
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective}: ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  return async () => [...(await tab.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...console];
}

/** The page's policy as its meta tag gives it. */
const policyOf = (tab: Page) => tab.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");

/** What shows that a page's scripts ran under the policy; a page kind without scripts of its own shows its heading. */
const RAN: Readonly<Record<string, (tab: Page) => Promise<unknown>>> = {
  // Pagefind loads its index and compiles its WebAssembly.
  "src/pages/zoeken/index.astro": (tab) => tab.locator("[data-status]", { hasText: "resultaten" }).waitFor(),
  "src/pages/[routebook]/kaart.astro": (tab) => tab.locator("svg.flow-map").waitFor(),
  "src/pages/[routebook]/signalen.astro": (tab) => tab.locator("signal-check form").waitFor({ state: "visible" }),
  "src/pages/[routebook]/samenvatting.astro": (tab) => tab.locator("[data-case-note]").waitFor({ state: "visible" }),
};
const heading = (tab: Page) => tab.locator("h1").first().waitFor();

/** Every page kind (tests/support/page-kinds.ts), and steps whose scripts do more. */
const PAGES: { kind: string; path: string; status: number; ran: (tab: Page) => Promise<unknown> }[] = [
  ...PAGE_KINDS.map(({ source, path, status }) => ({ kind: source, path, status, ran: RAN[source] ?? heading })),
  // The route tool writes the answers so far into every answer link.
  // (A legacy positional address: the links it writes carry answer ids and the edition.)
  {
    kind: "step with a route",
    path: "/sppoh-po/stap/welk-verzuim/?antwoorden=1",
    status: 200,
    ran: (tab) => tab.locator('a.option[href*="&editie="]').first().waitFor(),
  },
  // The phase timeline is hidden until its script fills it in.
  {
    kind: "step with a phase timeline",
    path: "/sppoh-po/stap/mdo-vastgelopen/",
    status: 200,
    ran: (tab) => tab.locator("phase-timeline").first().waitFor({ state: "visible" }),
  },
];

describe("the Content-Security-Policy", () => {
  it("holds on every page kind: no violations, and the page's scripts run", async () => {
    const browser = await launchBrowser(true);
    try {
      for (const { kind, path, status, ran } of PAGES) {
        const tab = await browser.newPage();
        const violations = await watchViolations(tab);
        const response = await tab.goto(`${site.origin}${path}`);
        expect(response?.status(), kind).toBe(status);
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
