import { load, type CheerioAPI } from "cheerio";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import { extractPdfCached } from "../../pipeline/pdf-jobs/cache.ts";
import { FIXTURE_CONTENT } from "../support/build-site.ts";

const siteDir = inject("siteDir");
const fixtureSiteDir = inject("fixtureSiteDir");
const pageIn = (dir: string) => async (path: string) => load(await readFile(join(dir, path, "index.html"), "utf8"));
const page = pageIn(siteDir);
const fixturePage = pageIn(fixtureSiteDir);
/** Text of an element without our "redactie" tags and the notes around a cited reference. */
const textOf = ($: CheerioAPI, element: Parameters<CheerioAPI>[0]) =>
  $(element).clone().find(".editorial-tag, .pdf-page, .source-link, .unverified").remove().end().text().replace(/\s+/g, " ").trim();

describe("the built site", () => {
  let routebooks: Routebook[];
  beforeAll(async () => {
    ({ routebooks } = await readContent("content"));
  });

  it("lists every routebook on the home page", async () => {
    const $ = await page("/");
    expect($("html").attr("lang")).toBe("nl");
    const links = $(".routebook-list a")
      .map((_, a) => $(a).attr("href"))
      .get();
    expect(links.toSorted()).toEqual(routebooks.map((routebook) => `/${routebook.id}/`).sort());
    // A title or organisation the source does not name is marked as ours.
    for (const routebook of routebooks) {
      const item = $(`.routebook-list a[href="/${routebook.id}/"]`).parent();
      expect(item.find("a .editorial").length, routebook.id).toBe(routebook.editorialFields.includes("title") ? 1 : 0);
      expect(item.find(".meta .editorial").length, routebook.id).toBe(routebook.editorialFields.includes("organisation") ? 1 : 0);
    }
    expect(routebooks.some((routebook) => routebook.editorialFields.length > 0)).toBe(true);
    // Grouped by region: one heading per region, in alphabetical order.
    const regions = $("main h2")
      .map((_, h2) => textOf($, h2))
      .get();
    expect(regions).toEqual([...new Set(routebooks.map((routebook) => routebook.region))].sort((a, b) => a.localeCompare(b, "nl")));
  });

  it("has a routebook page that starts the tool, links the map of all steps and its Verantwoording", async () => {
    for (const routebook of routebooks) {
      const $ = await page(`/${routebook.id}/`);
      expect($("a.start-button").attr("href")).toBe(`/${routebook.id}/stap/${routebook.flow.start}/`);
      // "Alle stappen" is the map page now: the routebook page links there instead of listing the steps.
      expect($("#alle-stappen").parent().find("a.map-link").attr("href")).toBe(`/${routebook.id}/kaart/`);
      expect($(".step-index").length).toBe(0);
      expect($(`a[href="/${routebook.id}/verantwoording/"]`).length).toBe(1);
    }
  });

  it("gives every step its own page whose options link to the right pages", async () => {
    for (const routebook of routebooks) {
      for (const step of routebook.flow.steps) {
        const $ = await page(`/${routebook.id}/stap/${step.id}/`);
        expect(textOf($, "h1"), step.id).toBe(step.title);
        const options = $("a.option")
          .map((_, a) => ({ label: textOf($, a), href: $(a).attr("href") }))
          .get();
        expect(options, step.id).toEqual(step.options.map((o) => ({ label: o.label, href: `/${routebook.id}/stap/${o.to}/` })));
        expect($(".end").length, step.id).toBe(step.end ? 1 : 0);
        expect(
          $(".actions li")
            .map((_, li) => textOf($, li))
            .get(),
          step.id,
        ).toEqual(step.actions);
        const links = $(".links a")
          .map((_, a) => $(a).attr("href"))
          .get();
        expect(links, step.id).toEqual(step.links.map((link) => link.url));
        const references = $(".references li")
          .map((_, li) => textOf($, li))
          .get();
        expect(references, step.id).toEqual(step.references.map((r) => (r.chapter ? `${r.document}, ${r.chapter}` : r.document)));
        const described = routebook.flow.phases.find((candidate) => candidate.name === step.phase?.name);
        // A number or title of ours is followed by its "redactie" tag.
        const title = described?.title ? `: ${described.title}${described.editorialTitle ? " redactie" : ""}` : "";
        const name = `Fase ${step.phase?.name}${described?.editorialName ? " redactie" : ""}`;
        const phase = step.phase ? `${name}${title}${step.phase.duration ? ` · looptijd ${step.phase.duration}` : ""}` : "";
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

  it("shows a step's text in the source's order: the question after the actions, before the answer", async () => {
    const $ = await page("/sppoh-po/stap/conflict-ouders/");
    const order = $("article.step")
      .children()
      .map((_, element) =>
        element.tagName === "section" ? $(element).attr("class") : $(element).is(".options") ? "options" : textOf($, element),
      )
      .get();
    expect(order.slice(order.indexOf("actions"), order.indexOf("options") + 1)).toEqual([
      "actions",
      "Heb je 1 of meerdere van bovenstaande acties genomen?",
      "options",
    ]);
  });

  it("loads no script or style from another origin", async () => {
    const $ = await page("/sppoh-po/stap/welk-verzuim/");
    const sources = $("script[src], link[href]")
      .map((_, el) => $(el).attr("src") ?? $(el).attr("href"))
      .get();
    for (const source of sources) expect(source).toMatch(/^\//);
  });
});

describe("trust: nothing of ours appears as a source's words", () => {
  let routebooks: Routebook[];
  beforeAll(async () => {
    ({ routebooks } = await readContent("content"));
  });

  it("publishes no sentence of the stand-in PDFs' text and no PDF at all for SPPOH's documents", async () => {
    const sentences = new Set<string>();
    for (const file of ["routeboek.pdf", "praktische-handreiking.pdf", "tafels-voor-opschaling.pdf"]) {
      const { document } = await extractPdfCached(join("tests/fixtures/pdf/out/sppoh", file), file);
      // Their chapter titles are the ones the source cites; their running text is ours.
      for (const block of document.chapters.flatMap((chapter) => chapter.blocks)) {
        if (block.kind !== "paragraph") continue;
        for (const sentence of block.text.split(/(?<=[.?!])\s+/)) if (sentence.split(" ").length >= 6) sentences.add(sentence.trim());
      }
    }
    expect(sentences.size).toBeGreaterThan(20);
    const files = await readdir(siteDir, { recursive: true });
    expect(files.filter((file) => file.endsWith(".pdf"))).toEqual([]);
    for (const file of files.filter((name) => name.endsWith(".html"))) {
      const text = load(await readFile(join(siteDir, file), "utf8"))("body")
        .text()
        .replace(/\s+/g, " ");
      for (const sentence of sentences) expect(text.includes(sentence), `${file}: "${sentence}"`).toBe(false);
    }
  });

  it("cites a document that is not on the site with its own address and version, marked as not verified", async () => {
    const $ = await page("/sppoh-po/stap/registratie-verzuim/");
    const first = $(".references li").first();
    expect(first.find("cite").text()).toBe("Routeboek Verzuim & Thuiszitters");
    expect(first.find("a.source-link").attr("href")).toBe(
      "https://pro.sppoh.nl/wp-content/uploads/sites/3/2025/09/SPPOH053-Routeboek-Verzuim-en-Thuiszitten-PO-15-9.pdf",
    );
    expect(first.find("a.source-link").text()).toContain("versie september 2025");
    expect(first.find(".unverified").text()).toContain("Niet gecontroleerd");
    expect($(".references a[href^='/sppoh-po/']").length).toBe(0);
  });

  it("marks every editorial title, answer and word on the step pages, and every inferred target", async () => {
    for (const routebook of routebooks) {
      for (const step of routebook.flow.steps) {
        const $ = await page(`/${routebook.id}/stap/${step.id}/`);
        expect($("h1.editorial").length, step.id).toBe(step.editorialTitle ? 1 : 0);
        if (step.editorialTitle) expect($(".editorial-note").first().text()).toContain("Titel van de redactie");
        $("a.option").each((index, option) => {
          const source = step.options[index]!;
          expect($(option).hasClass("editorial"), `${step.id}: ${source.label}`).toBe(source.editorialLabel === true);
          expect($(option).find(".editorial-tag").length).toBe(source.editorialLabel ? 1 : 0);
          const note = $(option).parent().find(".option-note");
          expect(note.length, `${step.id}: ${source.label}`).toBe(source.inferred ? 1 : 0);
          if (source.inferred) expect(note.find("a").attr("href")).toBe(`/${routebook.id}/verantwoording/#stap-${step.id}`);
        });
        const notes = step.body.filter((block) => block.type === "notice" && block.kind === "redactie").length;
        expect(
          $("aside.notice-redactie .notice-kind")
            .map((_, kind) => $(kind).text())
            .get(),
          step.id,
        ).toEqual(Array(notes).fill("Toelichting van de redactie"));
      }
    }
  });

  it("lists every inferred target with its reason and every editorial title on the Verantwoording page", async () => {
    for (const routebook of routebooks) {
      const $ = await page(`/${routebook.id}/verantwoording/`);
      const inferred = $("#afgeleid")
        .parent()
        .find("li")
        .map((_, li) => $(li).text().replace(/\s+/g, " "))
        .get();
      const expected = routebook.flow.steps.flatMap((step) =>
        step.options.filter((option) => option.inferred).map((option) => ({ step, option })),
      );
      expect(inferred).toHaveLength(expected.length);
      expected.forEach(({ step, option }, index) => {
        expect(inferred[index]).toContain(option.label);
        expect(inferred[index]).toContain(option.inferred!.reason);
        expect($(`#stap-${step.id} h3 a`).attr("href")).toBe(`/${routebook.id}/stap/${step.id}/`);
      });
      const editorial = $("#redactie").parent().text();
      for (const step of routebook.flow.steps.filter((candidate) => candidate.editorialTitle)) expect(editorial).toContain(step.title);
      const normalised = routebook.flow.corrections.filter((correction) => correction.kind === "normalisatie");
      expect($("#correcties").parent().find("tbody tr").length).toBe(routebook.flow.corrections.length - normalised.length);
      expect($("#normalisaties").parent().find("tbody tr").length).toBe(normalised.length);
      expect($("#controleren").parent().find("li").length).toBeGreaterThanOrEqual(routebook.flow.checks.length);
    }
  });
});

describe("chapter pages (test routebook with stand-in PDFs and Markdown documents)", () => {
  let routebooks: Routebook[];
  beforeAll(async () => {
    ({ routebooks } = await readContent(FIXTURE_CONTENT));
  });

  it("publish every chapter with section anchors, the PDF at its page and previous/next links", async () => {
    for (const routebook of routebooks) {
      for (const source of routebook.documents) {
        const chapters = source.text?.chapters ?? [];
        for (const [index, chapter] of chapters.entries()) {
          const $ = await fixturePage(`/${routebook.id}/${source.slug}/${chapter.slug}/`);
          expect($("h1").text()).toBe(chapter.title);
          expect($("article .meta").text()).toContain(source.title);
          for (const section of chapter.sections) expect($(`[id="${section.anchor}"]`).length, section.anchor).toBe(1);
          const pdfLinks = $(`a[href^="/${routebook.id}/bronnen/${source.slug}.pdf#page="]`).length;
          if (source.text!.kind === "pdf")
            expect($(`a[href="/${routebook.id}/bronnen/${source.slug}.pdf#page=${chapter.page}"]`).length).toBeGreaterThan(0);
          else expect(pdfLinks).toBe(0);
          expect($('a[rel="prev"]').length).toBe(index > 0 ? 1 : 0);
          expect($('a[rel="next"]').attr("href")).toBe(
            chapters[index + 1] ? `/${routebook.id}/${source.slug}/${chapters[index + 1]!.slug}/` : undefined,
          );
        }
      }
    }
  });

  it("are what a step's references link to, with the PDF at the right page", async () => {
    const $ = await fixturePage("/proef-po/stap/start/");
    const links = $(".references a")
      .map((_, a) => $(a).attr("href"))
      .get();
    expect(links).toEqual([
      "/proef-po/routeboek-verzuim-thuiszitters/hoofdstuk-3-routeboek-met-schoolinschrijving/#fase-2-2-registreren-van-verzuim",
      "/proef-po/bronnen/routeboek-verzuim-thuiszitters.pdf#page=5",
      "/proef-po/werkwijze/hoofdstuk-1-drempels/#1-1-volgorde-van-melden",
    ]);
  });

  it("copy the source PDFs into the site unchanged", async () => {
    const copied = await readFile(join(fixtureSiteDir, "proef-po/bronnen/routeboek-verzuim-thuiszitters.pdf"));
    expect(copied.equals(await readFile(join(FIXTURE_CONTENT, "proef-po/bronnen/routeboek.pdf")))).toBe(true);
  });

  it("render a Markdown document's table, lists, notices, quote, footnote and internal links as HTML structure", async () => {
    const $ = await fixturePage("/proef-po/werkwijze/hoofdstuk-1-drempels/");
    const table = $("article table");
    expect(table.find("caption").text()).toBe("Drempels per soort verzuim");
    expect(
      table
        .find("thead th")
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual(["Soort verzuim", "Drempel", "Wie meldt"]);
    expect(
      table
        .find("thead th")
        .map((_, th) => $(th).attr("scope"))
        .get(),
    ).toEqual(["col", "col", "col"]);
    expect(
      table
        .find("tbody tr")
        .map((_, tr) =>
          $(tr)
            .find("td")
            .map((__, td) => $(td).text())
            .get()
            .join(" | "),
        )
        .get(),
    ).toEqual(["Ongeoorloofd | 16 uur in 4 weken | school", "Te laat komen | 12 keer | school"]);
    expect(table.find("tbody td").eq(1).attr("class")).toBe("align-right");
    const ordered = $("article ol").filter((_, ol) => $(ol).parents(".footnotes").length === 0);
    expect(ordered.first().children("li").length).toBe(3);
    expect(
      ordered
        .first()
        .children("li")
        .eq(1)
        .children("ul")
        .children("li")
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(["met de leerling;", "met de ouders."]);
    expect($("aside.notice-let-op .notice-kind").text()).toBe("Let op");
    expect($("aside.notice-let-op .notice-title").text()).toBe("Geen schoolinschrijving");
    expect($("aside.notice-redactie .notice-kind").text()).toBe("Toelichting van de redactie");
    expect($("figure.quote blockquote").text().trim()).toBe("Er is niet één type thuiszitter.");
    expect($("figure.quote figcaption").text()).toBe("— een oud-minister");
    expect($("sup.footnote-ref a").attr("href")).toBe("#voetnoot-1");
    expect($("#voetnoot-1").text()).toContain("Zie de Leerplichtwet, artikel 21a.");
    const links = $("article p a")
      .map((_, a) => [[$(a).text(), $(a).attr("href")]])
      .get();
    expect(links).toEqual(
      expect.arrayContaining([
        ["de volgorde", "/proef-po/werkwijze/hoofdstuk-1-drempels/#1-1-volgorde-van-melden"],
        ["hoofdstuk 2", "/proef-po/werkwijze/hoofdstuk-2-gesprekken/"],
        ["bijlage 1", "/proef-po/bijlagen/bijlage-1-formulier/"],
      ]),
    );
    expect($(".summary-note").length).toBe(0);
    const summary = await fixturePage("/proef-po/bijlagen/bijlage-1-formulier/");
    expect(summary(".summary-note").text()).toContain("Samenvatting van de redactie");
    const second = await fixturePage("/proef-po/werkwijze/hoofdstuk-2-gesprekken/");
    expect(second("article ol").first().attr("start")).toBe("4");
    // Only the first use of a glossary term on the page is explained.
    expect(
      second("article abbr")
        .map((_, abbr) => [[second(abbr).text(), second(abbr).attr("title")]])
        .get(),
    ).toEqual([["LPA", "leerplichtambtenaar (redactie)"]]);
    expect(second('article a[href="/proef-po/stap/verzuim/"]').text()).toBe("de stap over verzuim");
  });
});
