import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { provenanceOf } from "../../pipeline/provenance.ts";
import { readContent } from "../../pipeline/content.ts";
import { launchBrowser } from "../support/browser.ts";
import { withEveryKind } from "../support/page-kinds.ts";
import { serveBothSites } from "../support/static-server.ts";

const SPPOH = "Routeboek Verzuim & Thuiszitters PO";
/** SPPOH's title is the editors' reading: page titles say so. */
const SPPOH_TITLE = `${SPPOH} (redactie)`;

/** Every page kind (tests/support/page-kinds.ts) and more; the test routebook adds chapter, Markdown document and thresholds pages with tables. */
const PAGES = withEveryKind([
  ["site", "/"],
  ["site", "/sppoh-po/"],
  ["site", "/sppoh-po/stap/schoolinschrijving/"],
  ["site", "/sppoh-po/stap/registratie-verzuim/"],
  ["site", "/sppoh-po/stap/ziekteverzuim/"],
  ["site", "/sppoh-po/stap/opschaling-gezin/"],
  ["site", "/sppoh-po/verantwoording/"],
  ["site", "/sppoh-po/begrippen/"],
  ["site", "/den-haag-tien-stappen/signalen/"],
  // Long compounds in the chapter navigation ("verantwoordelijkheden") once pushed this page 64 px too wide.
  ["site", "/west-brabant-thuiszitterspact/thuiszitterspact/3-de-doelgroep/"],
  ["site", "/den-bosch-schoolverzuim/preventieve-aanpak-schoolverzuim/bijlage-1-registratiecriteria/"],
  ["site", "/zoeken/?q=verzuim"],
  ["site", "/linkrapport/"],
  ["site", "/bestaat-niet/"],
  ["fixture", "/proef-po/routeboek-verzuim-thuiszitters/hoofdstuk-3-routeboek-met-schoolinschrijving/"],
  ["fixture", "/proef-po/werkwijze/hoofdstuk-1-drempels/"],
  ["fixture", "/proef-po/signalen/"],
  ["fixture", "/proef-po/bijlagen/bijlage-1-formulier/"],
  ["fixture", "/proef-po/stap/verzuim/"],
  ["site", "/sppoh-po/kaart/"],
  ["site", "/swvzhw-vo/kaart/"],
  ["site", "/sppoh-po/samenvatting/?antwoorden=1-3"],
]);

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

async function open(which: "site" | "fixture", path: string, width = 1024): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(sites[which].origin + path);
  if (path.startsWith("/zoeken/?q=")) await page.locator("site-search[data-done]").waitFor();
  return page;
}

describe("reflow at 320 px (WCAG 1.4.10)", () => {
  it.each(PAGES)("%s %s does not scroll sideways, in light or dark mode", async (which, path) => {
    const page = await open(which, path, 320);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} in ${colorScheme} mode`).toBeLessThanOrEqual(320);
    }
    await page.close();
  });
});

describe("page titles", () => {
  it.each([
    ["site", "/sppoh-po/stap/registratie-verzuim/", `Registratie verzuim · ${SPPOH_TITLE} · Routeboek`],
    ["site", "/sppoh-po/verantwoording/", `Verantwoording · ${SPPOH_TITLE} · Routeboek`],
    ["site", "/sppoh-po/begrippen/", `Begrippen en afkortingen · ${SPPOH_TITLE} · Routeboek`],
    ["fixture", "/proef-po/werkwijze/hoofdstuk-1-drempels/", /^.+ · .+ · Routeboek$/],
    ["site", "/sppoh-po/", `${SPPOH_TITLE} · Routeboek`],
  ] as const)("%s %s names the page, its routebook and the site", async (which, path, expected) => {
    const page = await open(which, path);
    const title = await page.title();
    if (typeof expected === "string") expect(title).toBe(expected);
    else expect(title).toMatch(expected);
    await page.close();
  });

  it("gives a chapter page the chapter's heading and the routebook's name", async () => {
    const page = await open("fixture", "/proef-po/werkwijze/hoofdstuk-1-drempels/");
    const routebook = await page.locator(".breadcrumbs a").nth(1).innerText();
    const heading = await page.locator("h1").innerText();
    expect(await page.title()).toBe(`${heading} · ${routebook} · Routeboek`);
    await page.close();
  });
});

describe("favicon", () => {
  it("is linked from every page and served, so a first visit logs no 404", async () => {
    const failed: string[] = [];
    const page = await browser.newPage();
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    await page.goto(`${sites.site.origin}/sppoh-po/stap/schoolinschrijving/`);
    const href = await page.locator('link[rel="icon"]').getAttribute("href");
    expect(href).toBe("/favicon.svg");
    const icon = await page.request.get(sites.site.origin + href);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toBe("image/svg+xml");
    expect(await icon.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(failed).toEqual([]);
    await page.close();
  });
});

describe("the 404 page", () => {
  it("answers 404 with a search form and every routebook of the content", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${sites.site.origin}/sppoh-po/stap/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    const form = page.locator('main form[role="search"]');
    expect(await form.getAttribute("action")).toBe("/zoeken/");
    expect(await form.locator('input[name="q"]').count()).toBe(1);
    const listed = await page
      .locator("main .routebook-list a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")).sort());

    const home = await open("site", "/");
    const all = await home.locator("main .routebook-list a").evaluateAll((links) => links.map((link) => link.getAttribute("href")).sort());
    await home.close();
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(listed).toEqual(all);

    // The search box leads to the search page with the words typed.
    await form.locator('input[name="q"]').fill("ziekteverzuim");
    await Promise.all([page.waitForURL(/\/zoeken\/\?q=ziekteverzuim$/), form.locator('button[type="submit"]').click()]);
    await page.close();
  });
});

describe("the footer", () => {
  it.each(["site", "fixture"] as const)("of the %s without a link report has no Linkrapport link", async (which) => {
    const page = await open(which, "/");
    expect(await page.locator(".site-footer").count()).toBe(1);
    expect(await page.locator('.site-footer a[href="/linkrapport/"]').count()).toBe(0);
    await page.close();
  });
});

describe("the end of a route", () => {
  it("shows the document the end step's action names as Verder, with the source's address and our label marked", async () => {
    const page = await open("site", "/sppoh-po/stap/ziekteverzuim/");
    const onward = page.locator(".end .onward a");
    expect(await onward.count()).toBe(1);
    expect(await onward.getAttribute("href")).toBe(
      "https://pro.sppoh.nl/wp-content/uploads/sites/3/2025/09/SPPOH044-Schema-Ziekteverzuim-WT-2025.pdf",
    );
    expect(await onward.locator(".editorial").innerText()).toBe("Stappenplan Ziekteverzuim, schema 2025");
    expect(await page.locator(".end .onward .editorial-tag").innerText()).toMatch(/redactie/i);
    // The same link stays in the step's list of links.
    expect(await page.locator(`.links a[href="${await onward.getAttribute("href")}"]`).count()).toBe(1);
    await page.close();
  });

  it.each([
    "/sppoh-po/stap/passend-aanbod-gerealiseerd/",
    // Zuid-Holland West's ziekteverzuim end names a stappenplan but links none: nothing is shown rather than made up.
    "/swvzhw-vo/stap/ziekteverzuim/",
  ])("%s, whose actions name no linked document, has no Verder", async (path) => {
    const page = await open("site", path);
    expect(await page.locator(".end").count()).toBe(1);
    expect(await page.locator(".onward").count()).toBe(0);
    await page.close();
  });
});

/** WCAG contrast ratio of two computed CSS colours (`rgb(…)`/`rgba(…)`; opaque colours assumed). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((value) => {
        const c = Number(value) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe("focus indicator", () => {
  it("computes the contrast of black on white and yellow on white as WCAG does", () => {
    expect(contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)")).toBeCloseTo(21, 1);
    // The old ring: #ffbf47 on white, 1.6:1.
    expect(contrast("rgb(255, 191, 71)", "rgb(255, 255, 255)")).toBeLessThan(1.7);
  });

  /** Elements of each kind a keyboard user meets: a link, the search field and button, an answer, the start button, the print button. */
  const TARGETS: [string, string][] = [
    ["/sppoh-po/stap/welk-verzuim/", ".breadcrumbs a"],
    ["/sppoh-po/stap/welk-verzuim/", "#header-zoekterm"],
    ["/sppoh-po/stap/welk-verzuim/", '.header-search button[type="submit"]'],
    ["/sppoh-po/stap/welk-verzuim/", "a.option"],
    ["/sppoh-po/stap/ziekteverzuim/", ".onward a"],
    ["/sppoh-po/", ".start-button"],
    ["/zoeken/", "#zoekterm"],
  ];

  it.each(["light", "dark"] as const)("stands 3:1 against the page and the focused element in %s mode", async (colorScheme) => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme });
    const found: string[] = [];
    for (const [path, selector] of TARGETS) {
      await page.goto(sites.site.origin + path);
      // A key press first: the browser then treats script focus as keyboard focus (:focus-visible).
      await page.keyboard.press("Shift");
      const ring = await page
        .locator(selector)
        .first()
        .evaluate((element: HTMLElement) => {
          element.focus();
          const style = getComputedStyle(element);
          const opaque = (colour: string) => colour !== "transparent" && !/rgba\(.*,\s*0\)$/.test(colour);
          let fill = style.backgroundColor;
          for (let parent = element.parentElement; !opaque(fill) && parent; parent = parent.parentElement)
            fill = getComputedStyle(parent).backgroundColor;
          return {
            visible: element.matches(":focus-visible"),
            style: style.outlineStyle,
            width: Number.parseFloat(style.outlineWidth),
            offset: Number.parseFloat(style.outlineOffset),
            colour: style.outlineColor,
            element: fill,
            pageBackground: getComputedStyle(document.documentElement).backgroundColor,
          };
        });
      expect(ring.visible, selector).toBe(true);
      expect(ring.style, selector).toBe("solid");
      expect(ring.width, selector).toBeGreaterThanOrEqual(3);
      expect(ring.offset, selector).toBeGreaterThanOrEqual(2);
      expect(contrast(ring.colour, ring.pageBackground), `${selector} ring on the page`).toBeGreaterThanOrEqual(3);
      expect(contrast(ring.colour, ring.element), `${selector} ring on the element`).toBeGreaterThanOrEqual(3);
      found.push(selector);
    }
    expect(found).toHaveLength(TARGETS.length);
    // Dark mode really is dark: the page background is near-black then, white otherwise.
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    if (colorScheme === "light") expect(background).toBe("rgb(255, 255, 255)");
    else expect(contrast(background, "rgb(255, 255, 255)")).toBeGreaterThan(15);
    await page.close();
  });
});

describe("form fields", () => {
  it.each([
    ["/", "#header-zoekterm"],
    ["/", '.header-search button[type="submit"]'],
    ["/zoeken/", "#zoekterm"],
    ["/bestaat-niet/", "#zoekterm-404"],
    ["/den-haag-tien-stappen/signalen/", ".signal-form input"],
  ])("%s %s uses a 16 px font, so phones do not zoom in", async (path, selector) => {
    const page = await open("site", path, 390);
    const size = await page
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).fontSize);
    expect(size).toBe("16px");
    await page.close();
  });
});

describe("words left out on purpose", () => {
  it('lists every leftOut: entry of SPPOH\'s content under "Bewust weggelaten uit de bron", with where and why', async () => {
    const content = await readContent("content");
    const sppoh = content.routebooks.find((book) => book.id === "sppoh-po")!;
    const expected = provenanceOf(sppoh).leftOut;
    // The content has entries (the omissions check asks for them): an empty list would prove nothing here.
    expect(expected.length).toBeGreaterThan(0);
    const page = await open("site", "/sppoh-po/verantwoording/");
    const section = page.locator('section[aria-labelledby="weggelaten"]');
    expect(await section.locator("h2").innerText()).toBe(`Bewust weggelaten uit de bron (${expected.length})`);
    const items = await section.locator("li").allInnerTexts();
    expect(items).toEqual(expected.map((item) => `${item.where}: \u201c${item.text}\u201d \u2014 ${item.reason}`));
    await page.close();
  });
});
