import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { parseVocabulary } from "../../shared/search/vocabulary.ts";
import { wordsOf } from "../../shared/search/compounds.ts";
import { hasSignalsPage } from "../../pipeline/signals/read.ts";
import { SECONDARY } from "../../shared/search/rank.ts";
import { withoutDiacritics } from "../../shared/search/diacritics.ts";
import type { Routebook } from "../../pipeline/model/model.ts";

const siteDir = inject("siteDir");

/** What Pagefind stored of one page: the text an excerpt is cut from, its filters and meta fields. */
interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every page Pagefind indexed, by its address. A fragment is gzipped JSON after a short signature. */
async function readFragments(): Promise<Map<string, Fragment>> {
  const folder = join(siteDir, "pagefind", "fragment");
  const fragments = new Map<string, Fragment>();
  for (const file of await readdir(folder)) {
    const text = gunzipSync(await readFile(join(folder, file))).toString("utf8");
    const fragment = JSON.parse(text.slice(text.indexOf("{"))) as Fragment;
    fragments.set(fragment.url, fragment);
  }
  return fragments;
}

describe("the search index: every page with an answer, its text as an excerpt shows it", () => {
  let routebooks: Routebook[];
  let fragments: Map<string, Fragment>;
  const fragment = (url: string) => {
    const found = fragments.get(url);
    if (!found) throw new Error(`${url} is not in the search index`);
    return found;
  };
  beforeAll(async () => {
    ({ routebooks } = await readContent("content"));
    fragments = await readFragments();
  });

  it("indexes each routebook's own page, its map's text list and its Verantwoording, each as its kind", () => {
    for (const routebook of routebooks) {
      const own = fragment(`/${routebook.id}/`);
      expect(own.filters.soort).toEqual(["Routeboek"]);
      // Our words on it, which an excerpt could not mark, are not search text: the purpose (ours) in particular.
      if (routebook.purpose) expect(own.content).not.toContain(routebook.purpose);
      const map = fragment(`/${routebook.id}/kaart/`);
      expect(map.filters.soort).toEqual(["Kaart"]);
      // Its excerpt shows step titles without their "redactie" tag: the label says some are ours.
      const oursTitles = routebook.flow.steps.some((step) => step.editorialTitle);
      expect(map.filters.redactie).toEqual(oursTitles ? ["titels"] : undefined);
      // The text list names every step, so a step's title finds the map too.
      for (const step of routebook.flow.steps) expect(map.content).toContain(step.title);
      expect(fragment(`/${routebook.id}/verantwoording/`).filters.soort).toEqual(["Verantwoording"]);
    }
  });

  it("puts after the others the pages with no answer of their own: overviews, Verantwoording, empty chapters", () => {
    const after = [...fragments.values()]
      .filter((page) => page.filters[SECONDARY.filter]?.includes(SECONDARY.after))
      .map((page) => page.url);
    const overviews = routebooks.flatMap(({ id }) => [`/${id}/`, `/${id}/kaart/`, `/${id}/verantwoording/`]);
    // The chapters that only say their document is not on the site (content/*/bronnen).
    const stubs = [
      "/den-bosch-schoolverzuim/preventieve-aanpak-schoolverzuim/" + "bijlage-handleiding-registreren-thuiszitterstool-ldos/",
      "/west-brabant-thuiszitterspact/thuiszitterspact/5-3-oplegger-lokale-opschaling/",
    ];
    expect(after).toEqual(expect.arrayContaining([...overviews, ...stubs]));
    for (const page of fragments.values()) {
      const standing = after.includes(page.url) ? SECONDARY.after : SECONDARY.first;
      expect(page.filters[SECONDARY.filter], page.url).toEqual([standing]);
    }
    // Every step, chapter with the source's text, glossary and signal check comes first.
    expect(after.filter((url) => !overviews.includes(url))).toHaveLength(4);
  });

  it("indexes the signal check with each threshold and its action as the source words them", () => {
    const withSignals = routebooks.filter(hasSignalsPage);
    expect(withSignals.length).toBeGreaterThan(0);
    for (const routebook of withSignals) {
      const page = fragment(`/${routebook.id}/signalen/`);
      expect(page.filters.soort).toEqual(["Drempels"]);
      for (const signal of routebook.signals) {
        expect(page.content).toContain(signal.signal);
        expect(page.content).toContain(signal.action);
      }
    }
  });

  it("lists the words of the signal checks and routebook pages for “Bedoelde je …?”", async () => {
    const file = await readFile(join(siteDir, "zoeken", "woorden.bin"));
    const vocabulary = new Set(parseVocabulary(gunzipSync(file).toString()).words);
    // The list holds words as the search page compares them: lower case, without diacritics.
    const pageWords = routebooks.flatMap((routebook) =>
      wordsOf(withoutDiacritics([routebook.title, ...routebook.signals.map((s) => `${s.signal} ${s.action}`)].join(" "))),
    );
    const missing = [...new Set(pageWords)].filter((word) => word.length >= 3 && !vocabulary.has(word));
    expect(missing).toEqual([]);
  });

  it("leaves no stray comma where ignored text stood (“Lees verder. , 2. Verzuim.”)", () => {
    const stray = [...fragments.values()].flatMap(({ url, content }) =>
      // A comma after a space never ends a word; one right after a semicolon may be the source's (quoted).
      [...content.matchAll(/.{0,20}(?:^|\s),.{0,20}/g)].map(([around]) => `${url}: ${around}`),
    );
    expect(stray).toEqual([]);
  });

  it("keeps the links' descriptions (ours) out of the excerpt text, but findable as a meta field", () => {
    let checked = 0;
    for (const routebook of routebooks) {
      for (const step of routebook.flow.steps.filter((candidate) => candidate.links.length > 0)) {
        const page = fragment(`/${routebook.id}/stap/${step.id}/`);
        expect(page.content).not.toMatch(/\bLinks\. /);
        // Pagefind splits meta fields at commas: the field holds each description without them.
        for (const link of step.links) expect(page.meta.links).toContain(link.label.replaceAll(",", ""));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
