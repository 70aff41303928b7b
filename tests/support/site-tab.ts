// A browser tab on the shared site build (globalSetup's `siteDir`), served on 127.0.0.1: opened before a test
// file's tests and closed after them. The search page's browser tests share this setup.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchBrowser } from "./browser.ts";
import { serveStatic, type StaticSite } from "./static-server.ts";

export interface SiteTab {
  readonly tab: Page;
  readonly browser: BrowserContext;
  readonly origin: string;
}

/** Registers the file's hooks; the returned view's fields are there once its tests run. */
export function siteTab(): SiteTab {
  let site: StaticSite | undefined;
  let browser: BrowserContext | undefined;
  let tab: Page | undefined;
  beforeAll(async () => {
    site = await serveStatic(inject("siteDir"));
    browser = await launchBrowser(true);
    tab = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get tab() {
      return tab!;
    },
    get browser() {
      return browser!;
    },
    get origin() {
      return site!.origin;
    },
  };
}
