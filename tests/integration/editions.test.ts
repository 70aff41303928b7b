/**
 * Editions on the built sites: the test routebook was built with an older edition of itself kept
 * (tests/fixtures/editions/older.ts), the real content with none.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { type CheerioAPI, load } from "cheerio";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readEditionFile } from "../../pipeline/editions/read.ts";
import { CHANGE_AREA, CHANGE_AREAS } from "../../pipeline/editions/changes.ts";
import { CHANGES_SINCE_OLDER, OLDER_RECORDED } from "../fixtures/editions/older.ts";

const fixture = (path: string) => join(inject("fixtureSiteDir"), path);
const page = async (site: string, path: string) => load(await readFile(join(site, path, "index.html"), "utf8"));
const text = (value: string) => value.replace(/\s+/g, " ").trim();

describe("the editions a site keeps, as open data", () => {
  it("lists every edition kept, newest first, each at its address and as the site published it", async () => {
    const index = JSON.parse(await readFile(fixture("proef-po/data/edities.json"), "utf8"));
    expect(index).toHaveLength(2);
    expect(index[1].recorded).toBe(OLDER_RECORDED);
    expect(index[0].recorded > OLDER_RECORDED).toBe(true);
    for (const entry of index) {
      const read = await readEditionFile(fixture(entry.url));
      expect(read.problems).toEqual([]);
      expect(read.edition).toMatchObject({ hash: entry.hash, routebook: "proef-po", routeEdition: entry.routeEdition });
    }
    // The current edition at its stable address is the newest kept.
    const current = await readFile(fixture("proef-po/data/routeboek.json"), "utf8");
    expect(current).toBe(await readFile(fixture(index[0].url), "utf8"));
  });

  it("is valid by the JSON Schema the site publishes beside it, which refuses what the site would not write", async () => {
    const schema = JSON.parse(await readFile(fixture("editie.schema.json"), "utf8"));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const file of [join(inject("siteDir"), "sppoh-po/data/routeboek.json"), fixture("proef-po/data/routeboek.json")]) {
      const edition = JSON.parse(await readFile(file, "utf8"));
      expect(validate(edition), JSON.stringify(validate.errors)).toBe(true);
      expect(validate({ ...edition, steps: [{ ...edition.steps[0], options: [{ label: "Ja" }] }] })).toBe(false);
      expect(validate({ ...edition, hash: "not-a-hash" })).toBe(false);
    }
  });

  it("keeps the editors' marks in the open data: an editorial title, an editorial label, an inferred target", async () => {
    const edition = JSON.parse(await readFile(fixture("proef-po/data/routeboek.json"), "utf8"));
    const step = (id: string) => edition.steps.find((candidate: { id: string }) => candidate.id === id);
    expect(step("passend")).toMatchObject({ title: "Passend aanbod", editorialTitle: true });
    expect(step("start").options[0]).toMatchObject({
      label: "Ja",
      editorialLabel: true,
      inferred: "de bron toont op deze pagina geen knoppen",
    });
    expect(step("start").options[1]).toEqual({ label: "Nee", to: "geen-verzuim" });
  });
});

describe("the change page", () => {
  let $: CheerioAPI;
  beforeAll(async () => {
    $ = await page(inject("fixtureSiteDir"), "proef-po/wijzigingen");
  });

  it("lists what changed since the older edition, by area, each change once", () => {
    const sections = $("section.changes-since");
    expect(sections.length).toBe(1);
    expect(text(sections.find("h2").text())).toBe("Sinds de editie versie testversie 0, op de site sinds 1 september 2025");
    expect(text($("p.current-edition").text())).toMatch(/^Deze editie: versie testversie, op de site sinds \d+ \w+ \d{4}\. /);
    expect(
      sections
        .find("h3")
        .map((_, heading) => $(heading).text())
        .get(),
    ).toEqual(["De route", "Drempels", "Begrippen", "Brondocumenten", "Het routeboek"]);
    // Each change once, grouped by area in the page's order.
    const byArea = CHANGE_AREAS.flatMap((area) => CHANGES_SINCE_OLDER.filter((kind) => CHANGE_AREA[kind] === area));
    expect(
      sections
        .find("li")
        .map((_, item) => $(item).attr("data-change"))
        .get(),
    ).toEqual(byArea);
  });

  it("says each change in our words, with the routebook's words quoted and the editors' marked", () => {
    const item = (kind: string) => $(`li[data-change="${kind}"]`);
    expect(text(item("answer-rewired").text())).toBe(
      "Bij de stap Er is verzuim leidt het antwoord Volgende nu naar Passend aanbodredactie (was Geen verzuim).",
    );
    expect(
      item("answer-rewired")
        .find("q")
        .map((_, quote) => $(quote).text())
        .get(),
    ).toEqual(["Er is verzuim", "Volgende", "Passend aanbod", "Geen verzuim"]);
    // "Passend aanbod" is the editors' title: marked so, here as on the step.
    expect(item("step-added").find("q.editorial + .editorial-tag").text()).toBe("redactie");
    expect(text(item("actions-changed").text())).toContain("Vervallen actie bij Er is verzuim: Registreer het verzuim niet.");
    expect(text(item("threshold-changed").text())).toBe(
      "De drempel Meer dan 16 uur in 4 weken vraagt nu als actie Melden bij leerplicht (was Bellen met leerplicht).",
    );
  });

  it("links the steps that are in the flow, and only those", () => {
    const links = $("li[data-change] a")
      .map((_, a) => $(a).attr("href"))
      .get();
    expect(new Set(links)).toEqual(
      new Set(["/proef-po/stap/start/", "/proef-po/stap/verzuim/", "/proef-po/stap/passend/", "/proef-po/stap/geen-verzuim/"]),
    );
    // The step that is gone is named, not linked.
    expect($('li[data-change="step-removed"] a').length).toBe(0);
  });

  it("is the site's page, not the routebook's: not in the search index, and it says so", () => {
    expect($("main").attr("data-pagefind-body")).toBeUndefined();
    expect($(".editorial-note").text()).toContain("Deze pagina is van de site, niet van het routeboek");
  });

  it("says so when the site keeps no earlier edition, and the routebook page links to it either way", async () => {
    const real = await page(inject("siteDir"), "sppoh-po/wijzigingen");
    expect(real("section.changes-since").length).toBe(0);
    expect(text(real("p.no-earlier-edition").text())).toContain("De site bewaart nog geen eerdere editie van dit routeboek");
    // Nothing kept, so nothing said of since when it is published.
    expect(text(real("p.current-edition").text())).toMatch(/^Deze editie: versie september 2025\. Als open data/);
    const realBook = await page(inject("siteDir"), "sppoh-po");
    expect(text(realBook("p.changed-on").text())).toBe("Wat is er veranderd: de site bewaart nog geen eerdere editie van dit routeboek.");
    const book = await page(inject("fixtureSiteDir"), "proef-po");
    expect(text(book("p.changed-on").text())).toMatch(/^Gewijzigd op \d+ \w+ \d{4}: Wat is er veranderd$/);
    expect(book("p.changed-on a").attr("href")).toBe("/proef-po/wijzigingen/");
  });
});
