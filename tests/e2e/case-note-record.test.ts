import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import { launchBrowser } from "../support/browser.ts";
import { routeQueryOf } from "../support/flow-paths.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

/** The case note as a record a coordinator files: every mark, the source's order, lists, dates, page numbers. */
const { routebooks } = await readContent("content");
const book = (id: string) => routebooks.find((routebook) => routebook.id === id)!;
const fold = (text: string) => text.replace(/\s+/g, " ").trim();

/** The shortest answers from the start through `via` on to an end: each answer's number and whether its target is inferred. */
function pathThrough(routebook: Routebook, via: string): { option: number; inferred: boolean }[] {
  const steps = new Map(routebook.flow.steps.map((step) => [step.id, step]));
  const shortest = (from: string, done: (id: string) => boolean) => {
    const back = new Map<string, { from: string; option: number } | null>([[from, null]]);
    const queue = [from];
    while (queue.length) {
      const id = queue.shift()!;
      if (done(id)) {
        const answers: { option: number; inferred: boolean }[] = [];
        for (let at = id, step = back.get(at); step; at = step.from, step = back.get(at)) {
          answers.unshift({
            option: step.option,
            inferred: Boolean(steps.get(step.from)!.options[step.option - 1]!.inferred),
          });
        }
        return answers;
      }
      steps.get(id)!.options.forEach((option, index) => {
        if (back.has(option.to)) return;
        back.set(option.to, { from: id, option: index + 1 });
        queue.push(option.to);
      });
    }
    throw new Error(`${routebook.id}: no way from ${from}`);
  };
  const onward = steps.get(via)!.end ? [] : shortest(via, (id) => steps.get(id)!.end);
  return [...shortest(routebook.flow.start, (id) => id === via), ...onward];
}
/** The address of a route as the site writes it: answer ids and the edition. */
const routeQuery = (id: string, path: readonly { option: number }[]) =>
  routeQueryOf(
    book(id),
    path.map((answer) => answer.option),
  );

async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: bytes, verbosity: 0 });
  const document = await task.promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(fold(content.items.map((item) => ("str" in item ? item.str : "")).join(" ")));
  }
  await task.destroy();
  return pages;
}

let site: StaticSite;
let browser: BrowserContext;
let page: Page;
beforeAll(async () => {
  site = await serveStatic(inject("siteDir"));
  browser = await launchBrowser(true);
  await browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
  page = await browser.newPage();
});
afterAll(async () => {
  await browser.close();
  await site.close();
});

const openNote = async (id: string, query: string) => {
  await page.goto(`${site.origin}/${id}/samenvatting/?${query}`);
  await page.locator("[data-case-note]:not([hidden])").waitFor({ timeout: 30_000 });
};
const copyNote = async () => {
  await page.getByRole("button", { name: "Kopieer als tekst" }).click();
  await page.getByText("De samenvatting is gekopieerd als tekst.").waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
};

describe("the case note of a route through SWV Zuid-Holland West", () => {
  const swv = book("swvzhw-vo");
  // The JES step lies on the routes with the most answers of the editors' choosing.
  const path = pathThrough(swv, "jes-organiseren");
  const inferred = path.filter((answer) => answer.inferred).length;

  it("marks each answer whose next step the editors chose, on screen and in the copied text", { timeout: 120_000 }, async () => {
    expect(inferred).toBeGreaterThan(1);
    await openNote("swvzhw-vo", routeQuery("swvzhw-vo", path));
    const notes = await page.locator(".note-answers .option-note").allInnerTexts();
    expect(notes).toHaveLength(inferred);
    for (const note of notes) expect(note).toMatch(/^Vervolgstap afgeleid door de redactie: \S/);
    const copied = await copyNote();
    expect(copied.match(/\[vervolgstap afgeleid door de redactie: [^\]]+\]/g)).toHaveLength(inferred);
    expect(copied).toContain("Tekst tussen [ ] is van de redactie, niet van de bron.");
  });

  it("prints those marks, the Kenmerk line and page numbers", { timeout: 120_000 }, async () => {
    await openNote("swvzhw-vo", routeQuery("swvzhw-vo", path));
    const pages = await pdfText(new Uint8Array(await page.pdf({ format: "A4" })));
    const all = pages.join(" ");
    expect(all.match(/Vervolgstap afgeleid door de redactie/g)).toHaveLength(inferred);
    expect(all).toContain("Kenmerk ____________________");
    expect(pages.length).toBeGreaterThan(1);
    for (const [index, text] of pages.entries()) expect(text).toContain(`Pagina ${index + 1} van ${pages.length}`);
  });
});

describe("the case note keeps the source's order and its lists", () => {
  it("puts the question about the actions after the actions it refers to", { timeout: 60_000 }, async () => {
    const sppoh = book("sppoh-po");
    await openNote("sppoh-po", routeQuery("sppoh-po", pathThrough(sppoh, "ernstige-zorgen")));
    const step = page.locator(".note-steps > li", { has: page.locator("h4", { hasText: "Er zijn ernstige zorgen" }) });
    const order = await step.evaluate((item) =>
      [...item.children].map((child) =>
        child.matches(".note-actions") ? "actions" : (child.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 20),
      ),
    );
    expect(order).toEqual(["Er zijn ernstige zor", "actions", "Heb je 1 of meerdere"]);
    expect(await copyNote()).toContain(
      "  - Overweeg Maatwerk in Onderwijstijd.\n  Heb je 1 of meerdere van bovenstaande acties genomen?\n",
    );
  });

  it.each([
    [
      "den-haag-tien-stappen",
      "passend-aanbod",
      [
        "Volledig onderwijsaanbod",
        "Combinatie van onderwijs en jeugdhulp",
        "Combinatie van jeugdhulp en onderwijs",
        "Vrijstelling van onderwijs",
      ],
    ],
    [
      "den-bosch-schoolverzuim",
      "ziekteverzuim",
      [
        "In een periode van 2 maanden drie keer (of meer) één of twee dagen ziek gemeld.",
        "Onduidelijk ziekteverzuim van meer dan 10 schooldagen achtereen.",
      ],
    ],
  ])("keeps the list of %s › %s as a list, on screen and as '- item' lines", { timeout: 60_000 }, async (id, via, items) => {
    const routebook = book(id);
    await openNote(id, routeQuery(id, pathThrough(routebook, via)));
    const listed = (await page.locator(".note-steps .note-list li").allInnerTexts()).map(fold);
    expect(listed.length).toBeGreaterThanOrEqual(4);
    for (const item of items) expect(listed).toContain(item);
    const copied = await copyNote();
    expect(copied).toContain(items.map((item) => `  - ${item}`).join("\n"));
  });

  it("prints the address of a document that is not on the site next to its reference", { timeout: 60_000 }, async () => {
    await openNote("sppoh-po", routeQueryOf(book("sppoh-po"), [1, 1]));
    const reference = fold(await page.locator("[data-references] li").first().innerText());
    expect(reference).toMatch(
      /\(niet gecontroleerd: dit document staat niet op deze site; bij de bron: https:\/\/pro\.sppoh\.nl\/\S+\.pdf\)$/,
    );
  });
});

describe("the start date and the phases' dates", () => {
  const sppoh = book("sppoh-po");
  /** SPPOH: start → … → MDO → De Ontdekkers → passend aanbod "Nee" → the family; phases 2, 3a, 3b, then an end step without one. */
  const LONG_ROUTE = routeQueryOf(sppoh, [1, 2, 1, 1, 1, 1, 5, 1, 2, 2]);

  it("shows no date as the start until one is chosen", { timeout: 60_000 }, async () => {
    await openNote("sppoh-po", LONG_ROUTE);
    expect(fold(await page.locator("dd[data-start]").innerText())).toBe("niet gekozen");
    expect(await page.locator("[data-timeline] li").count()).toBe(0);
    expect(await page.getByLabel("Startdatum").inputValue()).toBe("");
    const text = fold(await page.locator("[data-case-note]").innerText());
    expect(text).not.toMatch(/uiterlijk|Zonder fase|noemt hier geen fase/);
    expect(text).toContain("Na fase 3b (de tekst van de bron geeft hier geen looptijd)");
  });

  it("dates each phase from the start in the address, names the phases, and compares with the norm", { timeout: 60_000 }, async () => {
    expect(sppoh.flow.phases.map((phase) => phase.title ?? "")).toEqual(["", "Verzuim stopt", "Verzuim stopt niet"]);
    await openNote("sppoh-po", `${LONG_ROUTE}&start=2026-09-01`);
    expect(fold(await page.locator("dd[data-start]").innerText())).toBe("1 september 2026");
    expect(await page.locator("[data-timeline] li").allInnerTexts()).toEqual([
      "Fase 2 · looptijd 2 weken → uiterlijk 15 september 2026",
      "Fase 3a: Verzuim stopt · looptijd 2-10 weken → uiterlijk 24 november 2026",
      "Fase 3b: Verzuim stopt niet · looptijd 2 weken → uiterlijk 8 december 2026",
    ]);
    const timeline = fold(await page.locator("[data-timeline]").innerText());
    expect(timeline).toContain("tot 8 december 2026: 1 week langer dan de ambitie van drie maanden (1 december 2026)");
    // The content names no event for phase 2: the note says so of this site, claiming nothing of the source.
    expect(timeline).toContain("Op deze site staat niet met welke gebeurtenis fase 2 begint.");
    expect(timeline).not.toContain("De bron zegt niet");
    expect(await page.locator("a[data-url]").innerText()).toBe(`${site.origin}/sppoh-po/samenvatting/?${LONG_ROUTE}&start=2026-09-01`);
    const copied = await copyNote();
    expect(copied).toContain("Startdatum (begin van fase 2): 1 september 2026\n");
    expect(copied).toContain("- Fase 3b: Verzuim stopt niet · looptijd 2 weken → uiterlijk 8 december 2026\n");
  });

  it("gives the same dates on a step page reached by a route as in the note of that route", { timeout: 120_000 }, async () => {
    // Every step of the long route that has a phase: its page, opened with the answers so far, against the note.
    const answers = [1, 2, 1, 1, 1, 1, 5, 1, 2, 2];
    const steps = new Map(sppoh.flow.steps.map((step) => [step.id, step]));
    let at = sppoh.flow.start;
    let compared = 0;
    for (let count = 0; count <= answers.length; count++) {
      if (count > 0) at = steps.get(at)!.options[answers[count - 1]! - 1]!.to;
      if (!steps.get(at)!.phase) continue;
      const query = `${routeQueryOf(sppoh, answers.slice(0, count))}&start=2026-09-01`;
      await page.goto(`${site.origin}/sppoh-po/stap/${at}/?${query}`);
      await page.locator("phase-timeline").waitFor({ state: "visible" });
      // The route's phases replace the shortest route's once route.json is read.
      await expect.poll(() => page.locator("phase-timeline [data-route-assumption]").innerText()).toContain("jouw route");
      const onPage = await page.locator("phase-timeline [data-phase-ends] li").allInnerTexts();
      await openNote("sppoh-po", query);
      expect(await page.locator("[data-timeline] li").allInnerTexts(), at).toEqual(onPage);
      compared++;
    }
    expect(compared).toBeGreaterThan(3);
  });

  it("takes a date chosen on the note into its address and its link", { timeout: 60_000 }, async () => {
    await openNote("sppoh-po", LONG_ROUTE);
    await page.getByLabel("Startdatum").fill("2026-10-11");
    await expect.poll(() => new URL(page.url()).searchParams.get("start")).toBe("2026-10-11");
    await expect
      .poll(() => page.locator("[data-timeline] li").first().innerText())
      .toBe("Fase 2 · looptijd 2 weken → uiterlijk 25 oktober 2026");
    expect(await page.locator("a[data-url]").innerText()).toContain("start=2026-10-11");
    await page.getByLabel("Startdatum").fill("");
    await expect.poll(() => new URL(page.url()).searchParams.has("start")).toBe(false);
    expect(await page.locator("[data-timeline] li").count()).toBe(0);
  });
});
