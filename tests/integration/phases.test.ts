import { load, type CheerioAPI } from "cheerio";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model/model.ts";

const pageIn = (dir: string) => async (path: string) => load(await readFile(join(dir, path, "index.html"), "utf8"));
const page = pageIn(inject("siteDir"));
const fixturePage = pageIn(inject("fixtureSiteDir"));
const text = ($: CheerioAPI, element: Parameters<CheerioAPI>[0]) => $(element).text().replace(/\s+/g, " ").trim();
/** An element's text without our "redactie" tags, whose presence the tests check on their own. */
const plain = ($: CheerioAPI, element: Parameters<CheerioAPI>[0]) => text($, $(element).clone().find(".editorial-tag").remove().end());

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
        expect(plain($, ".phase .phase-name"), step.id).toBe(`Fase ${step.phase!.name}`);
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
    expect(link.attr("href")).toBe(
      "/proef-po/routeboek-verzuim-thuiszitters/hoofdstuk-3-routeboek-met-schoolinschrijving/#fase-2-2-registreren-van-verzuim",
    );
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

describe("a phase number of the editors'", () => {
  let routebooks: Routebook[];
  beforeAll(async () => {
    ({ routebooks } = await readContent("content"));
  });
  /** Whether `element` is one "Fase N" marked as the editors': class and tag, or neither. */
  const expectMarked = (element: ReturnType<CheerioAPI>, ours: boolean, where: string) => {
    expect(element.length, where).toBe(1);
    expect(element.hasClass("editorial"), where).toBe(ours);
    expect(element.find(".editorial-tag").length, where).toBe(ours ? 1 : 0);
  };

  it("is marked as redactie on every step page exactly where the routebook's phases: list `name`", async () => {
    let marked = 0;
    let unmarked = 0;
    for (const routebook of routebooks) {
      for (const step of routebook.flow.steps.filter((candidate) => candidate.phase)) {
        const $ = await page(`/${routebook.id}/stap/${step.id}/`);
        const ours = routebook.flow.phases.find((phase) => phase.name === step.phase!.name)?.editorialName ?? false;
        const where = `${routebook.id}/${step.id}`;
        expect(plain($, ".phase .phase-name"), where).toBe(`Fase ${step.phase!.name}`);
        expectMarked($(".phase .phase-name"), ours, `${where} badge`);
        const overview = $(".phase-overview li");
        overview.each((_, item) => {
          const name = plain($, $(item).find(".phase-name")).replace(/^Fase /, "");
          const itemOurs = routebook.flow.phases.find((phase) => phase.name === name)?.editorialName ?? false;
          expectMarked($(item).find(".phase-name"), itemOurs, `${where} overview ${name}`);
        });
        // The timeline's data carries the mark to the browser, where the labels put the number between [ ].
        const data = $("phase-timeline script[data-phases]").text();
        const phases = JSON.parse(data) as { name: string; editorialName?: true }[];
        for (const phase of phases) {
          const phaseOurs = routebook.flow.phases.find((candidate) => candidate.name === phase.name)?.editorialName;
          expect(phase.editorialName ?? false, `${where} timeline ${phase.name}`).toBe(phaseOurs ?? false);
        }
        const start = $("phase-timeline .phase-start-hint .phase-number");
        expectMarked(start, phases[0]!.editorialName ?? false, `${where} start`);
        if (ours) marked++;
        else unmarked++;
      }
    }
    // West-Brabant's and 's-Hertogenbosch's numbers are ours; SPPOH's and SWV's the source's.
    expect(marked).toBeGreaterThanOrEqual(4);
    expect(unmarked).toBeGreaterThan(15);
  });

  it("marks West-Brabant's phase 2 and leaves SPPOH's phase 2 unmarked, though both have words of ours", async () => {
    const westBrabant = await page("/west-brabant-thuiszitterspact/stap/stap-2/");
    expect(westBrabant(".phase .phase-name.editorial .editorial-tag").text()).toBe("redactie");
    expect(text(westBrabant, ".phase")).toBe("Fase 2 redactie: Termijn van het OPP redactie · looptijd maximaal 4 weken");
    const sppoh = await page("/sppoh-po/stap/welk-verzuim/");
    expect(text(sppoh, ".phase")).toBe("Fase 2 · looptijd 2 weken");
    expect(sppoh(".phase .editorial").length).toBe(0);
    const denBosch = await page("/den-bosch-schoolverzuim/");
    expect(denBosch(".phase-overview .phase-name.editorial").length).toBe(2);
  });

  it("is marked on the map: in the legend, in the box captions and in the list of steps", async () => {
    for (const routebook of routebooks) {
      const $ = await page(`/${routebook.id}/kaart/`);
      $(".map-legend .phase-name").each((_, element) => {
        const name = plain($, element).replace(/^Fase /, "");
        const ours = routebook.flow.phases.find((phase) => phase.name === name)?.editorialName ?? false;
        expectMarked($(element), ours, `${routebook.id} legend ${name}`);
      });
      const items = $(".step-index > li");
      routebook.flow.steps.forEach((step, index) => {
        const number = $(items[index]).children(".step-index-phase").find(".phase-number");
        if (!step.phase) {
          expect(number.length, step.id).toBe(0);
          return;
        }
        const ours = routebook.flow.phases.find((phase) => phase.name === step.phase!.name)?.editorialName ?? false;
        expect(plain($, number), step.id).toBe(`fase ${step.phase.name}`);
        expectMarked(number, ours, `${routebook.id} list ${step.id}`);
      });
    }
    const westBrabant = await page("/west-brabant-thuiszitterspact/kaart/");
    const captions = westBrabant("svg.flow-map tspan.c")
      .map((_, tspan) => westBrabant(tspan).text())
      .get();
    expect(captions.filter((caption) => caption.includes("Fase 2 (nummer redactie)"))).toHaveLength(2);
    const sppoh = await page("/sppoh-po/kaart/");
    expect(sppoh("svg.flow-map").text()).not.toContain("nummer redactie");
  });

  it("is listed among the editors' additions on the Verantwoording page", async () => {
    const $ = await page("/west-brabant-thuiszitterspact/verantwoording/");
    expect(text($, $("#redactie").parent())).toContain("fase 2 (nummer van de fase): “Fase 2”");
    const sppoh = await page("/sppoh-po/verantwoording/");
    expect(text(sppoh, sppoh("#redactie").parent())).not.toContain("nummer van de fase");
  });
});

describe("the phase overview", () => {
  it("lists SPPOH's phases in order on the routebook page, with titles, durations, explanations marked as ours and where to read more", async () => {
    const $ = await page("/sppoh-po/");
    const items = $(".phase-overview li");
    expect(items.map((_, li) => text($, $(li).find("strong"))).get()).toEqual([
      "Fase 2",
      "Fase 3a: Verzuim stopt",
      "Fase 3b: Verzuim stopt niet",
    ]);
    expect(items.map((_, li) => text($, $(li).find(".phase-durations"))).get()).toEqual([
      "· looptijd 2 weken",
      "· looptijd 2-10 weken",
      "· looptijd 2 weken",
    ]);
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
