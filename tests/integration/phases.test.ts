import { load, type CheerioAPI } from "cheerio";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model.ts";

const pageIn = (dir: string) => async (path: string) => load(await readFile(join(dir, path, "index.html"), "utf8"));
const page = pageIn(inject("siteDir"));
const fixturePage = pageIn(inject("fixtureSiteDir"));
const text = ($: CheerioAPI, element: Parameters<CheerioAPI>[0]) => $(element).text().replace(/\s+/g, " ").trim();

describe("phases on the step pages", () => {
  let routebooks: Routebook[];
  beforeAll(async () => {
    ({ routebooks } = await readContent("content"));
  });

  it("name the phase with its title where the content has one, and link to where the routebook explains it", async () => {
    let withPhase = 0;
    for (const routebook of routebooks) {
      for (const step of routebook.flow.steps.filter((candidate) => candidate.phase)) {
        withPhase++;
        const $ = await page(`/${routebook.id}/stap/${step.id}/`);
        const described = routebook.flow.phases.find((phase) => phase.name === step.phase!.name);
        expect(text($, ".phase .phase-name"), step.id).toBe(`Fase ${step.phase!.name}`);
        // A title of ours carries the "redactie" tag after it.
        const title = $(".phase .phase-title").clone();
        title.find(".editorial-tag").remove();
        expect(title.text().trim(), step.id).toBe(described?.title ?? "");
        expect($(".phase .phase-title .editorial-tag").length, step.id).toBe(described?.editorialTitle ? 1 : 0);
        const explained = $("article .phase-explained");
        expect(explained.length, step.id).toBe(described?.reference ? 1 : 0);
        if (described?.reference?.target) {
          // A summary on the site: the phase links to the chapter that explains it.
          expect(explained.find("a").first().attr("href"), step.id).toMatch(new RegExp(`^/${routebook.id}/`));
        } else if (described?.reference) {
          // SPPOH's documents are not on the site: the phase's reference is cited with the document's own URL.
          expect(explained.find("cite").text()).toBe(described.reference.document);
          expect(text($, explained)).toContain(described.reference.chapter!);
          expect(explained.find("a.source-link").attr("href")).toMatch(/^https:\/\/pro\.sppoh\.nl\//);
          expect(explained.find(".unverified").length).toBe(1);
        }
      }
    }
    expect(withPhase).toBeGreaterThan(15);
  });

  it("show SPPOH's phase 3a by the source's name, not marked as ours", async () => {
    const $ = await page("/sppoh-po/stap/mdo-uitkomst/");
    expect(text($, ".phase")).toBe("Fase 3a: Verzuim stopt · looptijd 2-10 weken");
    expect($(".phase .editorial").length).toBe(0);
    expect(text($, "article .phase-explained")).toContain("Routeboek Verzuim & Thuiszitters, Hoofdstuk 3: fase 3a: Verzuim stopt");
  });

  it("link the phase to its chapter section when the document is on the site", async () => {
    const $ = await fixturePage("/proef-po/stap/verzuim/");
    expect(text($, ".phase")).toBe("Fase 2: Signaleren redactie · looptijd 2 weken");
    // The test routebook's title for phase 2 is ours, so it is marked.
    expect($(".phase .phase-title.editorial .editorial-tag").text()).toBe("redactie");
    const link = $("article .phase-explained a").first();
    expect(link.attr("href")).toBe("/proef-po/routeboek-verzuim-thuiszitters/hoofdstuk-3-routeboek-met-schoolinschrijving/#fase-2-2-registreren-van-verzuim");
    expect($("article .phase-explained a.pdf-page").attr("href")).toBe("/proef-po/bronnen/routeboek-verzuim-thuiszitters.pdf#page=5");
    // The linked section exists on the chapter page.
    const chapter = await fixturePage("/proef-po/routeboek-verzuim-thuiszitters/hoofdstuk-3-routeboek-met-schoolinschrijving/");
    expect(chapter("#fase-2-2-registreren-van-verzuim").length).toBe(1);
  });

  it("carry the phases on the way to the step for the timeline, hidden until the script runs", async () => {
    const $ = await page("/sppoh-po/stap/mdo-vastgelopen/");
    const timeline = $("phase-timeline");
    expect(timeline.attr("hidden")).toBeDefined();
    expect(timeline.find("label[for=startdatum]").text()).toBe("Startdatum");
    expect(timeline.find("input#startdatum").attr("type")).toBe("date");
    expect(JSON.parse(timeline.find("script[data-phases]").text())).toEqual([
      { name: "2", duration: "2 weken" },
      { name: "3a", title: "Verzuim stopt", duration: "2-10 weken" },
      { name: "3b", title: "Verzuim stopt niet", duration: "2 weken" },
    ]);
    expect(timeline.find(".editorial-note").text()).toContain("Rekenhulp van de redactie");
    // A step without a phase has no timeline and no overview.
    const start = await page("/sppoh-po/stap/schoolinschrijving/");
    expect(start("phase-timeline").length).toBe(0);
    expect(start(".phase-overview").length).toBe(0);
  });
});

describe("the phase overview", () => {
  it("lists SPPOH's phases in order on the routebook page, with titles, durations, explanations marked as ours and where to read more", async () => {
    const $ = await page("/sppoh-po/");
    const items = $(".phase-overview li");
    expect(items.map((_, li) => text($, $(li).find("strong"))).get()).toEqual(["Fase 2", "Fase 3a: Verzuim stopt", "Fase 3b: Verzuim stopt niet"]);
    expect(items.map((_, li) => text($, $(li).find(".phase-durations"))).get()).toEqual(["· looptijd 2 weken", "· looptijd 2-10 weken", "· looptijd 2 weken"]);
    items.each((_, li) => {
      expect($(li).find("p.editorial .editorial-tag").text()).toBe("redactie");
      expect($(li).find(".phase-explained cite").text()).toBe("Routeboek Verzuim & Thuiszitters");
    });
    expect($(".phase-overview [aria-current]").length).toBe(0);
  });

  it("marks the current phase on a step page", async () => {
    const $ = await page("/sppoh-po/stap/passend-aanbod/");
    const current = $(".phase-overview li[aria-current=step]");
    expect(current.length).toBe(1);
    expect(text($, current.find("strong"))).toBe("Fase 3a: Verzuim stopt");
    expect(text($, current.find(".phase-here"))).toBe("(hier ben je)");
  });

  it("is left out of a routebook whose steps name no phase", async () => {
    const $ = await page("/den-haag-tien-stappen/");
    expect($(".phase-overview").length).toBe(0);
  });

  it("lists a phase's words of ours on the Verantwoording page", async () => {
    const $ = await page("/sppoh-po/verantwoording/");
    expect($("#redactie").parent().text()).toContain("In de tool: de uitkomst van het MDO");
  });
});
