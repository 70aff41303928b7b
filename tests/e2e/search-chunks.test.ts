/**
 * The re-chunked word index answers as Pagefind's own: the same queries give
 * the same pages with the same scores in Chromium, over Pagefind's original
 * files and over the files the build writes (tools/search-index/index-chunks.ts).
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCbor } from "../../tools/search-index/cbor.ts";
import { type IndexFile, rechunkIndex, sharedPrefixLength } from "../../tools/search-index/index-chunks.ts";
import { launchFreshBrowser } from "../support/browser.ts";
import { pagefindOutput } from "../support/pagefind-output.ts";
import { serveStatic, type StaticSite } from "../support/static-server.ts";

type Found = [url: string, score: number][];
const VERSIONS = ["original", "rechunked", "whole", "naive"] as const;
type Version = (typeof VERSIONS)[number];

let work: string;
let browser: Browser;
let tabs: Page[];
const sites = {} as Record<Version, StaticSite>;
/** Per chunk of the re-chunked index, its words in order. */
let chunkWords: string[][];
/** Pagefind's own files for the synthetic site. */
let originalFiles: IndexFile[];
/** Per version, the page of each fragment id. */
const pageOf = {} as Record<Version, Map<string, string>>;

/** A site with only Pagefind's files and a page to search from. */
async function writeSite(folder: string, files: readonly IndexFile[]): Promise<void> {
  for (const file of files) {
    const target = join(folder, "pagefind", file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  await writeFile(join(folder, "index.html"), '<!doctype html><html lang="nl"><title>zoeken</title></html>');
  await writeFile(join(folder, "404.html"), '<!doctype html><html lang="nl"><title>niet gevonden</title></html>');
}

function wordsOfChunks(files: readonly IndexFile[]): string[][] {
  const read = (path: string) => decodeCbor(gunzipSync(files.find((file) => file.path === path)!.content).subarray(12));
  const entry = JSON.parse(new TextDecoder().decode(files.find((file) => file.path === "pagefind-entry.json")!.content));
  const meta = read(`pagefind.${entry.languages.nl.hash}.pf_meta`) as [string, unknown, [string, string, string][]];
  return meta[2].map(([, , hash]) => (read(`index/${hash}.pf_index`) as [[string][]])[0].map(([word]) => word));
}

beforeAll(async () => {
  const original = await pagefindOutput();
  originalFiles = original;
  const rechunked = rechunkIndex(original).files;
  chunkWords = wordsOfChunks(rechunked);
  const versions: Record<Version, IndexFile[]> = {
    original,
    rechunked,
    // Every word in one chunk: what a query finds when no cut can hide a word from it.
    whole: rechunkIndex(original, { maxBytes: Number.POSITIVE_INFINITY, window: 0 }).files,
    // Cut at the limit, wherever that falls: what the choice of cut points avoids.
    naive: rechunkIndex(original, { maxBytes: 20_000, window: 0 }).files,
  };
  await mkdir(".build", { recursive: true });
  work = resolve(await mkdtemp(".build/search-chunks-"));
  for (const version of VERSIONS) {
    await writeSite(join(work, version), versions[version]);
    pageOf[version] = pagesOfFragments(versions[version]);
    sites[version] = await serveStatic(join(work, version));
  }
  browser = await launchFreshBrowser();
  const context = await browser.newContext();
  tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(sites).map((site) => site.close()));
  if (work) await rm(work, { recursive: true, force: true });
});

/** The page each fragment file is of, by the id Pagefind gives a result: what a result's `data()` loads and reads. */
function pagesOfFragments(files: readonly IndexFile[]): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of files) {
    const id = /^fragment\/(.+)\.pf_fragment$/.exec(file.path)?.[1];
    if (id) pages.set(id, (JSON.parse(new TextDecoder().decode(gunzipSync(file.content).subarray(12))) as { url: string }).url);
  }
  return pages;
}

/** Pages searched side by side: each has its own Pagefind worker, and runs its queries one after the other. */
const TABS = 6;

/**
 * Every result of each query with its score, each from a fresh Pagefind instance (`createInstance`: its own
 * chunks, none of an earlier query loaded). Instances of one page run one at a time: side by side in one worker
 * they were seen to give another answer than a fresh page does. A result is named by its fragment's page, read
 * here from the same fragment file its `data()` would load.
 */
async function searchAll(version: Version, queries: readonly string[]): Promise<Found[]> {
  const answers: [id: string, score: number][][] = [];
  await Promise.all(
    tabs.map(async (tab, lane) => {
      const mine = queries.map((query, index) => [query, index] as const).filter(([, index]) => index % TABS === lane);
      await tab.goto(`${sites[version].origin}/`);
      // A script as text: vitest would rewrite an `import()` inside a function passed to the page.
      const found = (await tab.evaluate(`(async (queries) => {
        const { createInstance } = await import("/pagefind/pagefind.js");
        const answers = [];
        for (const query of queries) {
          const pagefind = createInstance();
          const { results } = await pagefind.search(query);
          answers.push(results.map((result) => [result.id, result.score]));
          await pagefind.destroy();
        }
        return answers;
      })(${JSON.stringify(mine.map(([query]) => query))})`)) as [string, number][][];
      for (const [position, [, index]] of mine.entries()) answers[index] = found[position]!;
    }),
  );
  return answers.map((found) => found.map(([id, score]) => [pageOf[version].get(id) ?? `no fragment ${id}`, score]));
}

/** One query's results in one version, from a fresh Pagefind instance. */
const search = async (version: Version, query: string): Promise<Found> => (await searchAll(version, [query]))[0]!;

/**
 * Queries at every cut of the re-chunked index: the last word before it and
 * the first after, and their beginnings one and two letters past what the two
 * share (Pagefind matches beginnings, so these also find the longer words on
 * the same side of the cut); and words with compounds in the synthetic site.
 * Left out are beginnings that words on both sides of some cut share ("l"
 * where one cut falls between "la…" and "le…"): those lose words whatever
 * the cuts, as in Pagefind's own index.
 */
function queriesAtCuts(): string[] {
  const queries = new Set(["leerplicht", "leerplichtambtenaar", "verzuim", "school", "schoolverzuim"]);
  for (let i = 0; i + 1 < chunkWords.length; i++) {
    const before = chunkWords[i]!.at(-1)!;
    const after = chunkWords[i + 1]![0]!;
    const shared = sharedPrefixLength(before, after);
    for (const word of [before, after]) {
      for (const length of [shared + 1, shared + 2, word.length]) if (length <= word.length) queries.add(word.slice(0, length));
    }
  }
  const chunksMatching = (query: string) => chunkWords.filter((words) => words.some((word) => word.startsWith(query))).length;
  return [...queries].filter((query) => chunksMatching(query) === 1);
}

describe("the re-chunked search index", () => {
  it("cuts the synthetic site into several chunks", () => {
    expect(chunkWords.length).toBeGreaterThan(4);
  });

  it("finds the same pages with the same scores as Pagefind's own index, for words at every cut", { timeout: 600_000 }, async () => {
    const differences: string[] = [];
    let compared = 0;
    const queries = queriesAtCuts();
    const answers = async (version: Version) => (await searchAll(version, queries)).map((found) => JSON.stringify(found));
    const wholes = await answers("whole");
    const ourses = await answers("rechunked");
    const originals = await answers("original");
    for (const [index, query] of queries.entries()) {
      const whole = wholes[index]!;
      const ours = ourses[index]!;
      if (ours !== whole)
        differences.push(`"${query}": ${JSON.parse(ours).length} results, with every word loaded ${JSON.parse(whole).length}`);
      const original = originals[index]!;
      // Where Pagefind's own cuts hide words from the query, it finds less than the whole index: compared below.
      if (original !== whole) continue;
      compared++;
      if (ours !== original) differences.push(`"${query}": differs from Pagefind's original index`);
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(20);
  });

  it("finds a word's compounds where Pagefind's own cut falls between them (leerplicht | leerplichtambtenaar)", async () => {
    const ours = await search("rechunked", "leerplicht");
    expect(ours).toEqual(await search("whole", "leerplicht"));
    // Pagefind's own index scores the pages without the places of "leerplichtambtenaar" and the like.
    expect(await search("original", "leerplicht")).not.toEqual(ours);
  });

  it("would lose words at a cut made at the limit wherever it falls: the queries test the choice of cuts", {
    timeout: 300_000,
  }, async () => {
    const losses: string[] = [];
    const naiveChunks = rechunkIndex(originalFiles, { maxBytes: 20_000, window: 0 });
    const bounds = naiveChunks.chunks.nl!.slice(1).map((chunk) => chunk.from);
    // At each naive cut, the beginning the words on either side share, one letter longer than the re-chunked cuts' shared beginnings.
    const queries = bounds.map((from) => from.slice(0, -1)).filter((query) => query.length >= 2);
    const [wholes, naives, ourses] = [
      await searchAll("whole", queries),
      await searchAll("naive", queries),
      await searchAll("rechunked", queries),
    ];
    for (const [index, query] of queries.entries()) {
      if (JSON.stringify(naives[index]) === JSON.stringify(wholes[index])) continue;
      losses.push(query);
      expect(ourses[index], `"${query}" over the re-chunked index`).toEqual(wholes[index]);
    }
    expect(losses.length).toBeGreaterThan(0);
  });
});
