/**
 * Real Pagefind output for tests of the re-chunked index: a synthetic Dutch-
 * looking site, indexed by the Pagefind package through its Node API, its
 * files taken in memory (`getFiles()`).
 */
import * as pagefind from "pagefind";
import type { IndexFile } from "../../tools/search-index/index-chunks.ts";
import { seededRandom } from "./random.ts";

const ONSETS = ["b", "d", "g", "k", "l", "m", "p", "r", "s", "t", "v", "z", "st", "sch", "pr", "kl"];
const VOWELS = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ui", "ij"];
const CODAS = ["", "", "n", "r", "l", "k", "t", "m"];

/**
 * Words in families that share long prefixes, as Dutch compounds do
 * ("leerplicht", "leerplichtambtenaar", "leerplichtwet"): a base word and
 * compounds of it with other bases. Most bases start with one of a few letters,
 * so that a cut between two initial letters is not always at hand.
 */
export function syntheticVocabulary(seed = 7): string[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const syllable = () => pick(ONSETS) + pick(VOWELS) + pick(CODAS);
  const bases = new Set<string>(["leerplicht", "verzuim", "school"]);
  while (bases.size < 160) bases.add(syllable() + syllable() + (next() < 0.5 ? syllable() : ""));
  const words = new Set<string>();
  const list = [...bases];
  for (const base of list) {
    words.add(base);
    const compounds = Math.floor(next() * 5);
    for (let i = 0; i < compounds; i++) words.add(base + pick(list));
  }
  for (const word of ["leerplichtambtenaar", "leerplichtwet", "leerplichtig", "verzuimmelding", "verzuimbeleid", "schoolverzuim"])
    words.add(word);
  return [...words];
}

/** Pages of the synthetic site: each a few hundred words, frequent words often and rare ones seldom. */
export function syntheticPages(pageCount = 70, wordsPerPage = 450, seed = 11): { url: string; content: string }[] {
  const vocabulary = syntheticVocabulary();
  const next = seededRandom(seed);
  return Array.from({ length: pageCount }, (_, page) => {
    const words = Array.from({ length: wordsPerPage }, () => vocabulary[Math.floor(vocabulary.length * next() ** 2)]!);
    return { url: `/pagina-${page + 1}/`, content: words.join(" ") };
  });
}

/** Pagefind's files for these pages, as `getFiles()` returns them (paths inside the `pagefind/` folder, index files compressed). */
export async function pagefindOutput(pages: { url: string; content: string }[] = syntheticPages()): Promise<IndexFile[]> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    for (const page of pages) {
      const added = await index.addCustomRecord({ url: page.url, content: page.content, language: "nl", meta: { title: page.url } });
      if (added.errors.length) throw new Error(added.errors.join("; "));
    }
    const output = await index.getFiles();
    if (output.errors.length) throw new Error(output.errors.join("; "));
    return output.files.map((file) => ({ path: file.path, content: new Uint8Array(file.content) }));
  } finally {
    await pagefind.close();
  }
}
