import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

/** Debian's Chromium; never a browser that a tool downloads. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that keep Chromium quiet on a machine without internet: no updates, sync, QUIC or other background requests. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** How long one click, navigation or wait may take before a browser test gives up. */
const BROWSER_ACTION_LIMIT = 120_000;

/** A fresh Chromium profile with JavaScript on or off, optionally in another time zone (e.g. "Europe/Amsterdam"). */
export async function launchBrowser(javaScriptEnabled: boolean, timezoneId?: string): Promise<BrowserContext> {
  const profile = await mkdtemp(join(tmpdir(), "routeboek-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: FLAGS,
    headless: true,
    javaScriptEnabled,
    ...(timezoneId ? { timezoneId } : {}),
  });
  // Playwright's 30 s for a click or a navigation is a race on a busy 2-core machine (a walk once timed out
  // beside the other tiers); the tests' own limits are minutes, so this only catches a hang.
  context.setDefaultTimeout(BROWSER_ACTION_LIMIT);
  return context;
}

/** A Chromium without a profile, for fresh contexts: each `newContext()` is a first visit (no storage, no history). */
export function launchFreshBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}
