import { load } from "cheerio";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readContent, type Routebook } from "../../pipeline/content.ts";

const siteDir = inject("siteDir");
const page = async (path: string) => load(await readFile(join(siteDir, path, "index.html"), "utf8"));

describe("the built site", () => {
  let routebooks: Routebook[];
  beforeAll(async () => {
    ({ routebooks } = await readContent("content"));
  });

  it("lists every routebook on the home page", async () => {
    const $ = await page("/");
    expect($("html").attr("lang")).toBe("nl");
    const links = $(".routebook-list a").map((_, a) => $(a).attr("href")).get();
    expect(links).toEqual(routebooks.map((routebook) => `/${routebook.id}/`).sort());
  });

  it("has a routebook page that starts the tool and lists every step", async () => {
    for (const routebook of routebooks) {
      const $ = await page(`/${routebook.id}/`);
      expect($("a.start-button").attr("href")).toBe(`/${routebook.id}/stap/${routebook.flow.start}/`);
      expect($(".step-index a").length).toBe(routebook.flow.steps.length);
    }
  });

  it("gives every step its own page whose options link to the right pages", async () => {
    for (const routebook of routebooks) {
      for (const step of routebook.flow.steps) {
        const $ = await page(`/${routebook.id}/stap/${step.id}/`);
        expect($("h1").text(), step.id).toBe(step.title);
        const options = $("a.option")
          .map((_, a) => ({ label: $(a).text().trim(), href: $(a).attr("href") }))
          .get();
        expect(options, step.id).toEqual(step.options.map((o) => ({ label: o.label, href: `/${routebook.id}/stap/${o.to}/` })));
        expect($(".end").length, step.id).toBe(step.end ? 1 : 0);
        expect($(".actions li").map((_, li) => $(li).text()).get(), step.id).toEqual(step.actions);
        const links = $(".links a").map((_, a) => $(a).attr("href")).get();
        expect(links, step.id).toEqual(step.links.map((link) => link.url));
        const references = $(".references li")
          .map((_, li) => $(li).clone().find(".pdf-page").remove().end().text().replace(/\s+/g, " ").trim())
          .get();
        expect(references, step.id).toEqual(step.references.map((r) => (r.chapter ? `${r.document}, ${r.chapter}` : r.document)));
        const phase = step.phase ? `Fase ${step.phase.name}${step.phase.duration ? ` · looptijd ${step.phase.duration}` : ""}` : "";
        expect($(".phase").text().replace(/\s+/g, " ").trim(), step.id).toBe(phase);
      }
    }
  });

  it("shows the SPPOH step from the issue at its stable URL", async () => {
    const $ = await page("/sppoh-po/stap/welk-verzuim/");
    expect($("h1").text()).toBe("Welk (zorgwekkend) verzuim wordt gesignaleerd?");
    expect($(".phase").text().replace(/\s+/g, " ").trim()).toBe("Fase 2 · looptijd 2 weken");
    expect($("a.option").length).toBe(3);
  });

  it("loads no script or style from another origin", async () => {
    const $ = await page("/sppoh-po/stap/welk-verzuim/");
    const sources = $("script[src], link[href]").map((_, el) => $(el).attr("src") ?? $(el).attr("href")).get();
    for (const source of sources) expect(source).toMatch(/^\//);
  });
});

describe("chapter pages", () => {
  let routebooks: Routebook[];
  beforeAll(async () => {
    ({ routebooks } = await readContent("content"));
  });

  it("publish every chapter with section anchors, page numbers, the PDF and previous/next links", async () => {
    for (const routebook of routebooks) {
      for (const source of routebook.documents) {
        const chapters = source.extracted?.chapters ?? [];
        expect(chapters.length, source.alias).toBeGreaterThan(0);
        for (const [index, chapter] of chapters.entries()) {
          const $ = await page(`/${routebook.id}/${source.slug}/${chapter.slug}/`);
          expect($("h1").text()).toBe(chapter.title);
          expect($("article .meta").text()).toContain(source.title);
          for (const section of chapter.sections) expect($(`[id="${section.anchor}"]`).length, section.anchor).toBe(1);
          expect($(`a[href="/${routebook.id}/bronnen/${source.slug}.pdf#page=${chapter.page}"]`).length).toBeGreaterThan(0);
          expect($('a[rel="prev"]').length).toBe(index > 0 ? 1 : 0);
          expect($('a[rel="next"]').attr("href")).toBe(chapters[index + 1] ? `/${routebook.id}/${source.slug}/${chapters[index + 1]!.slug}/` : undefined);
        }
      }
    }
  });

  it("are what a step's references link to, with the PDF at the right page", async () => {
    const $ = await page("/sppoh-po/stap/registratie-verzuim/");
    const links = $(".references a").map((_, a) => $(a).attr("href")).get();
    expect(links).toEqual([
      "/sppoh-po/routeboek-verzuim-thuiszitters/hoofdstuk-3-routeboek-met-schoolinschrijving/#fase-2-2-registreren-van-verzuim",
      "/sppoh-po/bronnen/routeboek-verzuim-thuiszitters.pdf#page=5",
      "/sppoh-po/praktische-handreiking/hoofdstuk-5-afwezige-leerlingen/",
      "/sppoh-po/bronnen/praktische-handreiking.pdf#page=5",
    ]);
  });

  it("copy the source PDFs into the site unchanged", async () => {
    const copied = await readFile(join(siteDir, "sppoh-po/bronnen/routeboek-verzuim-thuiszitters.pdf"));
    expect(copied.equals(await readFile("content/sppoh-po/bronnen/routeboek.pdf"))).toBe(true);
  });
});
