import { load } from "cheerio";
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";

const siteDir = inject("siteDir");

const page = async (path: string) => load(await readFile(join(siteDir, path, "index.html"), "utf8"));

describe("the question of which verzuim it is links to the routebook's signal check", () => {
  it.each([
    ["den-haag-tien-stappen", "verzuim"],
    ["den-bosch-schoolverzuim", "welk-verzuim"],
  ])("/%s/stap/%s/: the editors' hint links to /signalen/", async (routebook, step) => {
    const $ = await page(`${routebook}/stap/${step}`);
    const href = `/${routebook}/signalen/`;
    const links = $(`a[href="${href}"]`);
    expect(links.length, `${routebook}/stap/${step} links to ${href}`).toBe(1);
    // The hint is ours: the link stands in the editors' notice, never among the source's words.
    expect(links.closest(".notice-redactie").length).toBe(1);
    expect(links.text().replace(/\s+/g, " ").trim()).toBe("Is dit zorgwekkend verzuim?");
    await access(join(siteDir, routebook, "signalen", "index.html"));
  });
});
