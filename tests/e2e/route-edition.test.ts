/**
 * Route addresses across two editions (issue 19, ux-review H1): the test routebook is built a second time with
 * its flow changed, and addresses written by the first edition's pages are opened on the second's.
 */
import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { FIXTURE_CONTENT } from "../support/build-site.ts";
import { follow, markedTexts, routeItems, routeShown } from "../support/route-page.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

/**
 * The second edition: the start's two answers change places (ids follow their targets, so an address of ids
 * keeps its meaning, and a positional one loses it), and "Klaar" is reworded (an answer that no longer means
 * the same).
 */
async function secondEdition(): Promise<{ root: string; siteDir: string }> {
  await mkdir(".build", { recursive: true });
  const root = resolve(await mkdtemp(".build/edition-2-"));
  const content = join(root, "content");
  await cp(FIXTURE_CONTENT, content, { recursive: true });
  const flowFile = join(content, "proef-po", "flow.md");
  const flow = await readFile(flowFile, "utf8");
  const ja = "- [:redactie[Ja]](#verzuim) :afgeleid[de bron toont op deze pagina geen knoppen]\n";
  const nee = "- [Nee](#geen-verzuim)\n";
  const changed = flow.replace(`${ja}${nee}`, `${nee}${ja}`).replace("- [Klaar](#geen-verzuim)", "- [Afgerond](#geen-verzuim)");
  // The fixture must still hold what this test changes, or the test would prove nothing.
  expect(changed).not.toBe(flow);
  expect(changed).toContain(`${nee}${ja}`);
  expect(changed).toContain("[Afgerond]");
  await writeFile(flowFile, changed);
  const siteDir = join(root, "site");
  const result = spawnSync("node", ["tools/build/build.ts"], {
    encoding: "utf8",
    // An Astro cache of its own: other tests build at the same time.
    env: { ...process.env, ROUTEBOEK_CONTENT: content, ROUTEBOEK_OUT: siteDir, ROUTEBOEK_ASTRO_CACHE: join(root, "astro-cache") },
  });
  if (result.status !== 0) throw new Error(`build of the second edition failed:\n${result.stdout}\n${result.stderr}`);
  return { root, siteDir };
}

let first: StaticSite;
let second: StaticSite;
let secondRoot: string;
let browser: BrowserContext;
/** Addresses (path and query) written by the first edition's pages. */
let fullRoute: string;
let neeRoute: string;
/** The second edition's stamp, as its route.json gives it. */
let secondEditionId: string;

const answer = (page: Page, label: string) => follow(page, page.locator(`a.option[data-label=${JSON.stringify(label)}]`));
const pathAndQuery = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;
const editionOf = (address: string) => new URL(address, "http://x").searchParams.get("editie");

// Building a site takes minutes on a busy machine: the hook has all the time it needs.
beforeAll(async () => {
  const built = await secondEdition();
  secondRoot = built.root;
  first = await serveStatic(inject("fixtureSiteDir"));
  second = await serveStatic(built.siteDir);
  browser = await launchBrowser(true);
  secondEditionId = ((await (await fetch(`${second.origin}/proef-po/route.json`)).json()) as { edition: string }).edition;
  // Walk the first edition as a user would, and keep the addresses it wrote.
  const page = await browser.newPage();
  await page.goto(`${first.origin}/proef-po/stap/start/`);
  await answer(page, "Ja");
  await answer(page, "Volgende");
  await answer(page, "Klaar");
  fullRoute = pathAndQuery(page);
  await page.goto(`${first.origin}/proef-po/stap/start/`);
  await answer(page, "Nee");
  neeRoute = pathAndQuery(page);
  await page.close();
}, 1_800_000);

afterAll(async () => {
  await browser?.close();
  await first?.close();
  await second?.close();
  if (secondRoot) await rm(secondRoot, { recursive: true, force: true });
});

/** A fresh tab: sessionStorage is the tab's, so no route is remembered unless the test walks one. */
const tab = () => browser.newPage();

/** The answers a notice names, the editors' words marked "(redactie)" as in routeItems. */
const misfits = (page: Page) => markedTexts(alert(page).locator("[data-misfits] li"));

const alert = (page: Page) => page.locator('[data-route-notice="alert"]');
const status = (page: Page) => page.locator('[data-route-notice="status"]');

describe("a route address from another edition", () => {
  it("was written by the first edition with answer ids and its edition", () => {
    expect(fullRoute).toMatch(
      /^\/proef-po\/stap\/geen-verzuim\/\?antwoorden=verzuim_[0-9a-z]{2}\.passend_[0-9a-z]{2}\.geen-verzuim_[0-9a-z]{2}&editie=[0-9a-f]{8}$/,
    );
    expect(neeRoute).toMatch(/^\/proef-po\/stap\/geen-verzuim\/\?antwoorden=geen-verzuim_[0-9a-z]{2}&editie=[0-9a-f]{8}$/);
  });

  it("names the answer that no longer fits and offers to go on from the last that does", async () => {
    const page = await tab();
    await page.goto(second.origin + fullRoute);
    await alert(page).locator("li").first().waitFor({ timeout: 30_000 });
    const notice = await alert(page).innerText();
    expect(notice).toContain("Deze route past niet bij de huidige versie van het routeboek");
    expect(notice).toContain("Het routeboek is gewijzigd sinds deze route werd bewaard.");
    expect(await misfits(page)).toEqual([
      "Bij ‘Passend aanbod (redactie)’: het antwoord naar ‘Geen verzuim’ heeft nu een andere tekst, ‘Afgerond’, en betekent dus misschien iets anders dan je koos.",
    ]);
    // The route was not applied: no "Jouw route", the address as it was, the answer links plain.
    expect(await page.locator("[data-route]").isVisible()).toBe(false);
    expect(pathAndQuery(page)).toBe(fullRoute);
    const goOn = alert(page).getByRole("link", { name: /^Ga verder vanaf je laatste antwoord dat past/ });
    const href = (await goOn.getAttribute("href"))!;
    const [, tokens] = /antwoorden=([^&]+)/.exec(fullRoute)!;
    const fitting = tokens!.split(".").slice(0, 2).join(".");
    expect(href).toBe(`/proef-po/stap/passend/?antwoorden=${fitting}&editie=${secondEditionId}`);
    expect(secondEditionId).not.toBe(editionOf(fullRoute));
    expect(await alert(page).getByRole("link", { name: "Opnieuw beginnen" }).getAttribute("href")).toBe("/proef-po/stap/start/");
    // Going on: the fitting answers are the route, of this edition, without a notice.
    await follow(page, goOn);
    await routeShown(page);
    expect(await routeItems(page)).toEqual([["Is er sprake van verzuim?", "Ja (redactie)"]]);
    expect(await page.locator("[data-route-notice]:not(:empty)").count()).toBe(0);
    await page.close();
  });

  it("applies a route whose answers all still fit, and says the routebook changed since", async () => {
    const page = await tab();
    await page.goto(second.origin + neeRoute);
    await routeShown(page);
    expect(await routeItems(page)).toEqual([["Is er sprake van verzuim?", "Nee"]]);
    expect(await status(page).innerText()).toContain("Het routeboek is gewijzigd sinds deze route werd bewaard");
    expect(await alert(page).innerText()).toBe("");
    await page.close();
  });

  it("says only that an address names no edition when its editie is missing or garbled", async () => {
    const page = await tab();
    for (const edition of ["", "niet-hex"]) {
      const address = new URL(second.origin + neeRoute);
      if (edition) address.searchParams.set("editie", edition);
      else address.searchParams.delete("editie");
      await page.goto(address.href);
      await routeShown(page);
      expect(await routeItems(page)).toEqual([["Is er sprake van verzuim?", "Nee"]]);
      const said = await status(page).innerText();
      expect(said).toContain(
        "Dit adres zegt niet bij welke versie van het routeboek het hoort; je antwoorden passen bij de huidige versie.",
      );
      expect(said).not.toContain("gewijzigd");
    }
    await page.close();
  });

  it("replays a legacy positional address, and says where it no longer fits", async () => {
    const page = await tab();
    // "1-1-1" was Ja, Volgende, Klaar; in the second edition answer 1 of the start is "Nee", the end.
    await page.goto(`${second.origin}/proef-po/stap/geen-verzuim/?antwoorden=1-1-1`);
    await alert(page).locator("li").first().waitFor({ timeout: 30_000 });
    expect(await alert(page).innerText()).toContain("Deze route past niet bij de huidige versie van het routeboek");
    expect((await misfits(page))[0]).toBe(
      "Bij ‘Geen verzuim’: hier eindigt de route al; het volgende antwoord in het adres hoort nergens bij.",
    );
    // Where it fits, it is applied, with a word that its meaning cannot be checked.
    await page.goto(`${second.origin}/proef-po/stap/verzuim/?antwoorden=2`);
    await routeShown(page);
    expect(await routeItems(page)).toEqual([["Is er sprake van verzuim?", "Ja (redactie)"]]);
    expect(await status(page).innerText()).toContain("Dit adres is in een oudere vorm, zonder versie van het routeboek");
    await page.close();
  });

  it("shows the same notice on the case note, which then prints no note", async () => {
    const page = await tab();
    await page.goto(`${second.origin}/proef-po/samenvatting/${new URL(fullRoute, "http://x").search}`);
    await alert(page).locator("li").first().waitFor({ timeout: 30_000 });
    expect(await alert(page).innerText()).toContain("Deze route past niet bij de huidige versie van het routeboek");
    expect(
      await alert(page)
        .getByRole("link", { name: /^Ga verder vanaf je laatste antwoord dat past/ })
        .getAttribute("href"),
    ).toMatch(/^\/proef-po\/stap\/passend\/\?antwoorden=/);
    expect(await page.locator("[data-case-note]").isVisible()).toBe(false);
    expect(await page.locator("[data-no-route]").isVisible()).toBe(false);
    // A route that still fits gets its note, with the address of this edition to reopen it.
    await page.goto(`${second.origin}/proef-po/samenvatting/${new URL(neeRoute, "http://x").search}`);
    await page.locator("[data-case-note]:not([hidden])").waitFor({ timeout: 30_000 });
    expect(await status(page).innerText()).toContain("Het routeboek is gewijzigd sinds deze route werd bewaard");
    const reopen = await page.locator("a[data-url]").innerText();
    expect(editionOf(reopen)).toBe(secondEditionId);
    await page.close();
  });
});

describe("an address that does not fit, with a route remembered in the tab", () => {
  it("offers the remembered route as a link and never swaps it in", async () => {
    const page = await tab();
    await page.goto(`${second.origin}/proef-po/stap/start/`);
    await answer(page, "Ja");
    await routeShown(page);
    const remembered = pathAndQuery(page);
    for (const address of [
      "/proef-po/stap/verzuim/?antwoorden=%3Cscript%3E",
      `/proef-po/stap/verzuim/?antwoorden=${Array(201).fill(1).join("-")}`,
      "/proef-po/stap/verzuim/?antwoorden=1-9",
      fullRoute.replace("/geen-verzuim/", "/verzuim/"),
    ]) {
      await page.goto(second.origin + address);
      await alert(page).locator("a").first().waitFor({ timeout: 30_000 });
      expect(new URL(page.url()).search, address).toBe(new URL(address, "http://x").search);
      expect(await page.locator("[data-route]").isVisible(), address).toBe(false);
      const offer = alert(page).getByRole("link", { name: /^Ga verder met de route die dit tabblad onthield/ });
      expect(await offer.getAttribute("href"), address).toBe(remembered);
    }
    // A page opened without answers may bring it back, and says so.
    await page.goto(`${second.origin}/proef-po/stap/verzuim/`);
    await routeShown(page);
    expect(pathAndQuery(page)).toBe(remembered);
    expect(await status(page).innerText()).toContain("Je route uit dit tabblad is teruggezet");
    await page.close();
  });
});

describe("the case's start date in the address", () => {
  it("is carried on by every route link, kept up to date when the timeline sets it, and dropped by Opnieuw beginnen", async () => {
    const page = await tab();
    await page.goto(`${second.origin}/proef-po/stap/start/?start=2026-09-01`);
    await answer(page, "Ja");
    expect(new URL(page.url()).searchParams.get("start")).toBe("2026-09-01");
    await routeShown(page);
    const hrefs = () =>
      page.evaluate(() => ({
        option: document.querySelector<HTMLAnchorElement>("a.option")!.getAttribute("href"),
        back: document.querySelector<HTMLAnchorElement>("a[data-back]")!.getAttribute("href"),
        change: document.querySelector<HTMLAnchorElement>("[data-route] a[data-change]")!.getAttribute("href"),
        summary: document.querySelector<HTMLAnchorElement>("[data-route] a[data-summary-link]")!.getAttribute("href"),
        restart: document.querySelector<HTMLAnchorElement>("a[data-restart]")!.getAttribute("href"),
      }));
    const before = await hrefs();
    for (const name of ["option", "back", "change", "summary"] as const)
      expect(before[name], name).toMatch(/&start=2026-09-01$|\?start=2026-09-01$/);
    expect(before.restart).toBe("/proef-po/stap/start/");
    // The phase timeline's contract: it writes `start` with replaceState, then says so with an event.
    await page.evaluate(() => {
      const url = new URL(location.href);
      url.searchParams.set("start", "2027-01-31");
      history.replaceState(history.state, "", url);
      document.dispatchEvent(new CustomEvent("routeboek:start"));
    });
    const after = await hrefs();
    for (const name of ["option", "back", "change", "summary"] as const)
      expect(after[name], name).toBe(before[name]!.replace("2026-09-01", "2027-01-31"));
    expect(after.restart).toBe("/proef-po/stap/start/");
    // A date that is not a real day is ignored.
    await page.goto(`${second.origin}/proef-po/stap/start/?start=2026-02-30`);
    await page.locator('a.option[href*="editie="]').first().waitFor({ state: "attached" });
    expect(await page.locator("a.option").first().getAttribute("href")).not.toContain("start=");
    await page.close();
  });
});
