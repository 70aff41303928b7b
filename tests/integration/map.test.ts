import { load, type CheerioAPI } from "cheerio";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import { FIXTURE_CONTENT } from "../support/build-site.ts";

/** Text of an element without our "redactie" tags. */
const textOf = ($: CheerioAPI, element: Parameters<CheerioAPI>[0]) =>
  $(element).clone().find(".editorial-tag").remove().end().text().replace(/\s+/g, " ").trim();

/** The map page of every routebook of a built site holds its whole flow, as a picture and as text. */
function mapPagesOf(name: string, siteDir: () => string, content: string) {
  describe(`the map pages of ${name}`, () => {
    let routebooks: Routebook[];
    beforeAll(async () => {
      ({ routebooks } = await readContent(content));
    }, 60_000);
    const mapPage = async (routebook: Routebook) => load(await readFile(join(siteDir(), routebook.id, "kaart", "index.html"), "utf8"));

    it("draw every step as a link to its page in an SVG with a viewBox, hidden from assistive technology", async () => {
      expect(routebooks.length).toBeGreaterThan(0);
      for (const routebook of routebooks) {
        const $ = await mapPage(routebook);
        expect(textOf($, "h1")).toBe("Kaart van de route");
        const svg = $("svg.flow-map");
        expect(svg.length).toBe(1);
        expect(svg.attr("viewBox")).toMatch(/^0 0 \d+ \d+$/);
        expect(svg.attr("aria-hidden")).toBe("true");
        const links = svg
          .find("a")
          .map((_, a) => $(a).attr("href"))
          .get();
        expect(links, routebook.id).toEqual(routebook.flow.steps.map((step) => `/${routebook.id}/stap/${step.id}/`));
        // Out of the tab order: the list below is the keyboard's way in.
        expect(svg.find("a:not([tabindex='-1'])").length).toBe(0);
        // An arrow per option, each with an arrowhead.
        expect(svg.find("path.e").length, routebook.id).toBe(routebook.flow.steps.reduce((sum, step) => sum + step.options.length, 0));
        expect(svg.find("marker#pijl").length).toBe(1);
        // Each box says its start, phase, end and editorial title in words, not by colour alone.
        svg.find("a").each((index, a) => {
          const step = routebook.flow.steps[index]!;
          const caption = $(a).find("tspan.c").text();
          expect(caption.startsWith("begin"), step.id).toBe(step.id === routebook.flow.start);
          expect($(a).hasClass("start"), step.id).toBe(step.id === routebook.flow.start);
          const parts = caption.split(" · ");
          expect(caption.includes(`Fase ${step.phase?.name}`), step.id).toBe(step.phase !== undefined);
          // A phase number of the editors' is marked at the number; "redactie" on its own is about the title.
          const ours = routebook.flow.phases.find((phase) => phase.name === step.phase?.name)?.editorialName ?? false;
          expect(parts.includes(`Fase ${step.phase?.name} (nummer redactie)`), step.id).toBe(!!step.phase && ours);
          expect(parts.includes("einde"), step.id).toBe(step.end);
          expect(parts.includes("redactie"), step.id).toBe(step.editorialTitle);
          expect($(a).hasClass("end"), step.id).toBe(step.end);
        });
        // No diagram code shipped.
        expect($("script").filter((_, script) => /dagre|graphlib/.test($(script).html() ?? "")).length).toBe(0);
      }
    });

    it("list every step with every answer and the step it leads to, marking what is ours", async () => {
      for (const routebook of routebooks) {
        const $ = await mapPage(routebook);
        const items = $("#alle-stappen").parent().find(".step-index > li");
        expect(items.length, routebook.id).toBe(routebook.flow.steps.length);
        items.each((index, item) => {
          const step = routebook.flow.steps[index]!;
          const title = $(item).children("a").first();
          expect(title.attr("href")).toBe(`/${routebook.id}/stap/${step.id}/`);
          expect(textOf($, title)).toBe(step.title);
          expect(title.hasClass("editorial"), step.id).toBe(step.editorialTitle);
          const answers = $(item)
            .find(".step-answers > li")
            .map((_, li) => ({
              label: textOf($, $(li).children("span").first()),
              href: $(li).children("a").attr("href"),
              target: textOf($, $(li).children("a")),
              editorialLabel: $(li).children("span").first().hasClass("editorial"),
              inferred: $(li).find(".inferred").length === 1,
            }))
            .get();
          expect(answers, step.id).toEqual(
            step.options.map((option) => ({
              label: option.label,
              href: `/${routebook.id}/stap/${option.to}/`,
              target: routebook.flow.steps.find((candidate) => candidate.id === option.to)!.title,
              editorialLabel: option.editorialLabel === true,
              inferred: option.inferred !== undefined,
            })),
          );
        });
      }
    });
  });
}

mapPagesOf("the real content", () => inject("siteDir"), "content");
mapPagesOf("the test routebook", () => inject("fixtureSiteDir"), FIXTURE_CONTENT);

describe("the map of SPPOH's flow", () => {
  it("shows the answers of the issue's example with where they lead", async () => {
    const $ = load(await readFile(join(inject("siteDir"), "sppoh-po", "kaart", "index.html"), "utf8"));
    const start = $("#stap-schoolinschrijving");
    // "Ja" is the editors' label (the source's button has none) and its target is inferred: both say so.
    const first = start.find(".step-answers > li").first();
    expect(textOf($, first)).toBe("Ja → leidt naar Welk (zorgwekkend) verzuim wordt gesignaleerd? (vervolgstap afgeleid door de redactie)");
    expect(first.find(".editorial-tag").text()).toBe("redactie");
    // The legend names the flow's phases in order, with the titles the source gives them (fase 2 has none).
    expect(
      $(".map-legend li")
        .map((_, li) => $(li).text().replace(/\s+/g, " ").trim())
        .get()
        .slice(0, 3),
    ).toEqual(["Fase 2", "Fase 3a: Verzuim stopt", "Fase 3b: Verzuim stopt niet"]);
  });
});
