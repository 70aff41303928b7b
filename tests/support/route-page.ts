import type { Locator, Page } from "playwright-core";

/**
 * Clicks a link and waits until the page it leads to has loaded. Waiting for "a load
 * event" would race the click, because the page we leave is loaded already; waiting for
 * the link's own address holds however slowly the machine navigates.
 */
export async function follow(page: Page, link: Locator): Promise<void> {
  const target = new URL((await link.getAttribute("href"))!, page.url()).href;
  await Promise.all([page.waitForURL(target), link.click()]);
}

/** "Jouw route" below the step as [question, answer] pairs; the editors' words come out as "… (redactie)". */
export const routeItems = (page: Page, container = "[data-route]") =>
  page.locator(`${container} li`).evaluateAll((items) =>
    items.map((item) => {
      const read = (element: Element) =>
        [...element.childNodes]
          .map((node) => ((node as Element).classList?.contains("editorial-tag") ? " (redactie)" : node.textContent))
          .join("");
      return [read(item.querySelector("[data-question]")!), read(item.querySelector("[data-answer]")!)];
    }),
  );

/** The same pairs without the editors' marks, to compare with the flow's titles and labels. */
export const routePlain = (page: Page) =>
  page
    .locator("[data-route] li")
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector("[data-question]")!.firstChild?.textContent ?? "",
        item.querySelector("[data-answer]")!.firstChild?.textContent ?? "",
      ]),
    );

/** Waits until the script has shown "Jouw route" (it fetches the routebook's graph first). */
export const routeShown = (page: Page) =>
  page.locator("[data-route]:not([hidden]) li").first().waitFor({ state: "attached", timeout: 30_000 });

/** The texts of the elements a locator finds, the editors' words marked "(redactie)" as in routeItems. */
export const markedTexts = (items: Locator) =>
  items.evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as Element;
      for (const tag of copy.querySelectorAll(".editorial-tag")) tag.replaceWith(" (redactie)");
      return copy.textContent;
    }),
  );
