import { type CheerioAPI, load } from "cheerio";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import { editionLabel } from "../../src/lib/edition.ts";
import { blockTexts } from "../../pipeline/rich/text.ts";

const siteDir = inject("siteDir");

/** Every HTML page of the built site, by its path ("/", "/sppoh-po/kaart/", "/404.html"). */
async function builtPages(): Promise<Map<string, CheerioAPI>> {
  const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith(".html"));
  const pages = new Map<string, CheerioAPI>();
  for (const file of files) {
    const path = `/${relative(siteDir, join(siteDir, file)).replace(/(^|\/)index\.html$/, "$1")}`;
    pages.set(path, load(await readFile(join(siteDir, file), "utf8")));
  }
  return pages;
}

/** An element's text without our "redactie" tags, whose presence the tests check on their own. */
const text = ($: CheerioAPI, element: Parameters<CheerioAPI>[0]) =>
  $(element).clone().find(".editorial-tag").remove().end().text().replace(/\s+/g, " ").trim();

describe("editorial fields and marks on every surface of the built site", () => {
  let routebooks: Routebook[];
  let pages: Map<string, CheerioAPI>;
  const page = (path: string) => {
    const found = pages.get(path);
    if (!found) throw new Error(`no built page ${path}`);
    return found;
  };
  beforeAll(async () => {
    ({ routebooks } = await readContent("content"));
    pages = await builtPages();
  });

  it("marks a routebook's or document's title, organisation, region and edition as ours wherever a page shows it", () => {
    const shown = new Set<string>();
    for (const [path, $] of pages) {
      $("[data-meta]").each((_, element) => {
        const routebook = routebooks.find((candidate) => candidate.id === $(element).attr("data-routebook"));
        expect(routebook, `${path}: ${$.html(element)}`).toBeDefined();
        const alias = $(element).attr("data-document");
        const owner = alias === undefined ? routebook! : routebook!.documents.find((source) => source.alias === alias)!;
        expect(owner, `${path}: ${$.html(element)}`).toBeDefined();
        const field = $(element).attr("data-meta") as "title" | "organisation" | "region" | "edition";
        const ours = (owner.editorialFields as readonly string[]).includes(field);
        expect($(element).hasClass("editorial"), `${path}: ${field} of ${alias ?? routebook!.id}`).toBe(ours);
        expect($(element).find(".editorial-tag").length, `${path}: ${field} of ${alias ?? routebook!.id}`).toBe(ours ? 1 : 0);
        shown.add(`${path} ${routebook!.id} ${alias ?? ""} ${field}`);
      });
    }
    // Every place that shows these fields goes through the marking: the home page, the routebook page, its documents.
    for (const routebook of routebooks) {
      for (const field of ["title", "organisation"])
        expect(shown, `${routebook.id} ${field} on /`).toContain(`/ ${routebook.id}  ${field}`);
      for (const field of ["title", "region", "organisation"])
        expect(shown, `${routebook.id} ${field} on 404`).toContain(`/404.html ${routebook.id}  ${field}`);
      const fields = ["title", "organisation", "region", ...(editionLabel(routebook) ? ["edition"] : [])];
      for (const field of fields) expect(shown, `${routebook.id} ${field}`).toContain(`/${routebook.id}/ ${routebook.id}  ${field}`);
      // The breadcrumbs of the map, the Verantwoording and the glossary name the routebook too.
      for (const sub of ["kaart/", "verantwoording/", ...(routebook.glossary.length > 0 ? ["begrippen/"] : [])]) {
        expect(shown, `${routebook.id} ${sub}`).toContain(`/${routebook.id}/${sub} ${routebook.id}  title`);
      }
      for (const source of routebook.documents) {
        expect(shown, `${routebook.id} ${source.alias}`).toContain(`/${routebook.id}/ ${routebook.id} ${source.alias} title`);
        if (editionLabel(source)) expect(shown).toContain(`/${routebook.id}/ ${routebook.id} ${source.alias} edition`);
      }
    }
  });

  it("marks the fields the sources do not name: SWV's organisation and region, SPPOH's version, 's-Hertogenbosch's organisation", () => {
    const ours = (id: string) => routebooks.find((routebook) => routebook.id === id)!.editorialFields;
    expect(ours("swvzhw-vo")).toEqual(expect.arrayContaining(["organisation", "region"]));
    expect(ours("sppoh-po")).toContain("edition");
    expect(ours("den-bosch-schoolverzuim")).toContain("organisation");
    const $ = page("/sppoh-po/");
    expect(text($, '.meta [data-meta="edition"].editorial')).toMatch(/^versie september 2025/);
    // A step cites a document that is not on the site with its version: inferred from the upload folder, so marked.
    const step = page("/sppoh-po/stap/registratie-verzuim/");
    expect(text(step, '.references .source-link [data-meta="edition"].editorial').startsWith("versie september 2025")).toBe(true);
  });

  it("marks a region heading on the home page as ours when every routebook under it is placed there by the editors", () => {
    const $ = page("/");
    $("main section").each((_, section) => {
      const ids = $(section)
        .find("[data-routebook-item]")
        .map((_, li) => $(li).attr("data-routebook-item"))
        .get();
      const allOurs = ids.every((id) => routebooks.find((routebook) => routebook.id === id)!.editorialFields.includes("region"));
      expect($(section).find("h2 .editorial").length, text($, $(section).find("h2"))).toBe(allOurs ? 1 : 0);
    });
  });

  it("keeps an inferred edition out of every page's title and description", () => {
    for (const routebook of routebooks) {
      const inferred = [routebook, ...routebook.documents].filter((owner) => owner.editorialFields.includes("edition") && owner.version);
      for (const [path, $] of pages) {
        const head = `${$("title").text()} ${$('meta[name="description"]').attr("content") ?? ""}`;
        for (const owner of inferred) expect(head, path).not.toContain(owner.version);
      }
    }
  });

  it("gives every routebook on the home page and on its own page one sentence of the editors on when to use it", () => {
    const home = page("/");
    for (const routebook of routebooks) {
      expect(routebook.purpose, routebook.id).toBeTruthy();
      const item = home(`[data-routebook-item="${routebook.id}"]`);
      expect(text(home, item.find(".purpose.editorial")), routebook.id).toContain(routebook.purpose);
      expect(item.find(".purpose .editorial-tag").length).toBe(1);
      const $ = page(`/${routebook.id}/`);
      expect(text($, ".purpose.editorial"), routebook.id).toContain(routebook.purpose);
    }
    // Two routebooks of one region and sector are told apart by different sentences.
    const den = routebooks.filter((routebook) => routebook.region === "Den Haag");
    expect(new Set(den.map((routebook) => routebook.purpose)).size).toBe(den.length);
  });

  it("lists the routebook's and documents' fields of the editors, and the sentence on when to use it, on the Verantwoording", () => {
    for (const routebook of routebooks) {
      const $ = page(`/${routebook.id}/verantwoording/`);
      const listed = text($, $("#redactie").parent());
      type Named = "title" | "organisation" | "region";
      const owners: (Partial<Record<Named | "version" | "date", string>> & { editorialFields: readonly string[] })[] = [
        routebook,
        ...routebook.documents,
      ];
      for (const owner of owners) {
        for (const field of owner.editorialFields) {
          const value = field === "edition" ? editionLabel(owner) : owner[field as Named];
          if (value) expect(listed, `${routebook.id} ${field}`).toContain(`“${value}”`);
        }
      }
      if (routebook.purpose) expect(listed, routebook.id).toContain(`“${routebook.purpose}”`);
    }
  });

  it("draws the editors' arrows on the map differently from the source's, and says so in the legend", () => {
    for (const routebook of routebooks) {
      const $ = page(`/${routebook.id}/kaart/`);
      const inferred = routebook.flow.steps.flatMap((step) => step.options.filter((option) => option.inferred));
      const options = routebook.flow.steps.flatMap((step) => step.options);
      expect($("svg.flow-map path.e").length, routebook.id).toBe(options.length);
      expect($("svg.flow-map path.e.inferred").length, routebook.id).toBe(inferred.length);
      const legend = $(".map-legend li")
        .map((_, li) => text($, li))
        .get();
      expect(legend.includes("Vervolgstap afgeleid door de redactie"), routebook.id).toBe(inferred.length > 0);
      if (inferred.length > 0) expect($(".map-legend .swatch.inferred").length).toBe(1);
    }
    expect(routebooks.some((routebook) => routebook.flow.steps.some((step) => step.options.some((option) => option.inferred)))).toBe(true);
  });

  it("opens each Verantwoording page with a sentence that is true for its kind of routebook", () => {
    for (const routebook of routebooks) {
      const lead = text(page(`/${routebook.id}/verantwoording/`), "main > p:first-of-type");
      const summaries = routebook.documents.filter((source) => source.summary);
      const wordForWord = routebook.documents.filter((source) => !source.summary && source.text);
      if (summaries.length === 0) {
        expect(lead, routebook.id).toMatch(/^Deze site neemt de woorden van de bronnen over zoals ze er staan\./);
      } else {
        expect(lead, routebook.id).not.toContain("neemt de woorden van de bronnen over zoals ze er staan");
        for (const source of summaries) expect(lead, routebook.id).toContain(`“${source.title}”`);
        expect(lead, routebook.id).toContain("samenvatting van de redactie in eigen woorden");
        for (const source of wordForWord) expect(lead, routebook.id).toContain(`“${source.title}”`);
      }
    }
  });

  it("says on every summary page and its Verantwoording where the original is, or that it is not public and whom to ask", () => {
    const summaries = routebooks.flatMap((routebook) =>
      routebook.documents.filter((source) => source.summary).map((source) => ({ routebook, source })),
    );
    expect(summaries.length).toBeGreaterThan(0);
    for (const { routebook, source } of summaries) {
      expect(source.url ?? source.origin, `${routebook.id} ${source.alias}`).toBeTruthy();
      const where = ($: CheerioAPI, scope: string) => {
        const found = $(scope).filter((_, element) => $(element).attr("data-document") === source.alias);
        expect(found.length, `${routebook.id} ${source.alias} ${scope}`).toBe(1);
        if (source.url) {
          expect(found.find(`a[href="${source.url}"]`).length).toBe(1);
          // The link's words are the document's title: marked like every other place that shows it.
          expect(found.find(`a[href="${source.url}"] [data-meta="title"]`).length, `${routebook.id} ${source.alias}`).toBe(1);
        }
        if (source.origin) {
          expect(text($, found)).toContain(source.origin.note);
          if (source.origin.contact) expect(found.find(`a[href="mailto:${source.origin.contact}"]`).length).toBe(1);
          if (source.origin.possibleUrl) {
            expect(found.find(`a[href="${source.origin.possibleUrl}"]`).length).toBe(1);
            expect(text($, found)).toMatch(/niet bevestigd/);
          }
        }
      };
      for (const chapter of source.text!.chapters) where(page(`/${routebook.id}/${source.slug}/${chapter.slug}/`), ".source-origin");
      where(page(`/${routebook.id}/verantwoording/`), ".source-origin");
    }
  });

  it("says in the tooltip of a glossary term when its description is the editors'", () => {
    let checked = 0;
    for (const routebook of routebooks) {
      for (const [path, $] of pages) {
        if (!path.startsWith(`/${routebook.id}/`)) continue;
        $("abbr[title]").each((_, abbr) => {
          const entry = routebook.glossary.find((candidate) => candidate.term.toLowerCase() === $(abbr).text().toLowerCase());
          if (!entry) return;
          checked++;
          expect($(abbr).attr("title")!.endsWith(" (redactie)"), `${path} ${entry.term}`).toBe(!entry.source);
        });
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("tags a phase's “Over deze fase” reference of the editors and counts phase references apart on the Verantwoording", () => {
    for (const routebook of routebooks) {
      for (const step of routebook.flow.steps) {
        const described = routebook.flow.phases.find((phase) => phase.name === step.phase?.name);
        if (!described?.reference) continue;
        const $ = page(`/${routebook.id}/stap/${step.id}/`);
        expect($("article .phase-explained > .editorial > .editorial-tag").length, `${routebook.id} ${step.id}`).toBe(
          described.editorialReference ? 1 : 0,
        );
      }
      const $ = page(`/${routebook.id}/verantwoording/`);
      for (const source of routebook.documents) {
        const inTool = routebook.flow.steps
          .flatMap((step) => step.references)
          .filter((reference) => reference.document === source.alias).length;
        const atPhases = routebook.flow.phases.filter((phase) => phase.reference?.document === source.alias);
        const item = $("#bronnen")
          .parent()
          .find("li")
          .filter((_, li) => text($, $(li).find("strong")) === source.title);
        expect(text($, item), `${routebook.id} ${source.alias}`).toContain(`${inTool} verwijzing(en) in de tool`);
        if (atPhases.length > 0) expect(text($, item)).toContain(`${atPhases.length} bij de fasen`);
      }
    }
    const sppoh = routebooks.find((routebook) => routebook.id === "sppoh-po")!;
    expect(sppoh.flow.phases.find((phase) => phase.name === "2")?.editorialReference).toBe(true);
  });

  it("marks the editors' title and region of a routebook in the search page's routebook filter", () => {
    const $ = page("/zoeken/");
    for (const routebook of routebooks) {
      const option = $("#zoek-routeboek option").filter((_, element) => $(element).attr("data-routebook") === routebook.id);
      expect(option.length, routebook.id).toBe(1);
      const label = option.text();
      expect(label.includes(`${routebook.title} (redactie)`), routebook.id).toBe(routebook.editorialFields.includes("title"));
      expect(label.endsWith(`${routebook.region} (redactie)`), routebook.id).toBe(routebook.editorialFields.includes("region"));
    }
  });

  it("says in a page's metadata when the routebook's title or description there is the editors'", () => {
    let marked = 0;
    for (const routebook of routebooks) {
      const ours = routebook.editorialFields.includes("title");
      for (const [path, $] of pages) {
        if (!path.startsWith(`/${routebook.id}/`)) continue;
        for (const meta of [$("title").text(), $('meta[name="description"]').attr("content") ?? ""]) {
          if (!meta.includes(routebook.title)) continue;
          expect(meta.includes(`${routebook.title} (redactie)`), `${path}: ${meta}`).toBe(ours);
          if (ours) marked++;
        }
      }
      // The routebook's page describes it in the source's words, or in the editors' purpose saying whose it is.
      const description = page(`/${routebook.id}/`)('meta[name="description"]').attr("content")!;
      const source = blockTexts(routebook.description.blocks, "source")[0];
      if (source) expect(source.startsWith(description), routebook.id).toBe(true);
      else if (routebook.purpose) expect(description, routebook.id).toBe(`${routebook.purpose} (toelichting van de redactie)`);
    }
    expect(marked).toBeGreaterThan(0);
  });

  it("words an edition of the editors in Dutch on the Verantwoording, never as a raw date", () => {
    for (const routebook of routebooks) {
      const listed = text(page(`/${routebook.id}/verantwoording/`), "main");
      expect(listed, routebook.id).not.toMatch(/\b(?:19|20)\d\d-\d\d\b/);
    }
  });
});
