/**
 * Pagefind's word index, cut into smaller chunks than Pagefind cuts it.
 *
 * Pagefind (1.6, a Rust binary we do not rebuild) sorts every word of the site
 * and cuts the list into chunks at a fixed number of word places; a query loads
 * the one chunk whose range holds the query word. Here that is about 26 kB
 * per chunk as served, so a second query whose word lives in a chunk not yet
 * loaded costs more than the 20 kB a later query may. This module takes the
 * files Pagefind produced (in memory, as its `getFiles()` returns them), joins
 * its chunks into one word list again and cuts it anew: smaller, and where the
 * words on either side of a cut share the shortest prefix. It writes the new
 * chunk files, a new metadata file listing them and the entry file naming that
 * metadata; every other file passes through untouched. Pure code.
 *
 * It reads Pagefind's own encoding and refuses anything else: the metadata
 * must decode as the structure below and encode back to the same bytes, and
 * every word of a chunk must have the structure `readChunk` checks (its bytes
 * are then moved as they are), or it throws an IndexFormatError naming the
 * file (a newer Pagefind may have changed the format; then pin Pagefind or
 * update this module).
 */
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { arrayHead, type Cbor, CborCursor, CborError, concatBytes, decodeCbor, encodeCbor } from "./cbor.ts";

/** A file of Pagefind's output: its path inside the `pagefind/` folder and its bytes. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/** One word of the index: the word it is sorted and found by, and its entry as Pagefind encoded it (see `readChunk`), moved between chunks as it is. */
interface IndexWord {
  word: string;
  bytes: Uint8Array;
}

/** One chunk of the new index, for reports. */
export interface ChunkSummary {
  /** The file's name without extension, as the metadata lists it (`nl_1a2b3c4`). */
  hash: string;
  /** The range of query words the chunk answers, as the metadata lists it. */
  from: string;
  to: string;
  words: number;
  /** Bytes of the chunk's word list as encoded (before compression). */
  encodedBytes: number;
  /** Bytes of the file as served (compressed). */
  servedBytes: number;
}

/** How to cut. */
export interface ChunkLimits {
  /** The most encoded bytes a chunk may hold, unless it is one word that alone is larger. */
  maxBytes: number;
  /**
   * How far below `maxBytes` a cut may fall, as a share of it: among the cut
   * points that leave a chunk between (1 - window) × maxBytes and maxBytes,
   * the one where the words on either side share the shortest prefix wins.
   */
  window: number;
}

/**
 * 20,000 encoded bytes per chunk. Chunks compress to 0.48–0.55 of their
 * encoded size on our site, so a chunk is served as about 8–11 kB with the
 * window below: a one-word later query then loads that plus the fragments of
 * its best results (about 5 kB) and stays well under the 20 kB budget. Bytes
 * rather than word places, because bytes are what the budget counts and a
 * place costs 1 to 5 bytes. A window of a quarter leaves room to choose a cut
 * between words that share a short prefix (see `cutPoints`), at the cost of
 * chunks that are at most a quarter smaller than they could be.
 */
export const DEFAULT_LIMITS: ChunkLimits = { maxBytes: 20_000, window: 0.25 };

/** What to do when Pagefind's output is not what this module reads. */
const REMEDY =
  "pin the pagefind package to 1.6.0 in package.json (the format this build reads), or update tools/search-index/index-chunks.ts to the new format";

/** Pagefind's output is not in the format this module reads. */
export class IndexFormatError extends Error {
  /** The file, as a path inside the `pagefind/` folder. */
  readonly file: string;
  /** What was wrong with it. */
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}; ${REMEDY}.`);
    this.file = file;
    this.reason = reason;
  }

  /** The one-line message for the build, naming the file under the folder Pagefind's files go to. */
  in(folder: string): string {
    return `${folder}/${this.file}: ${this.reason}; ${REMEDY}.`;
  }
}

/** Pagefind writes these 12 bytes at the start of every compressed file's contents, to tell a decompressed file from a compressed one. */
const SIGNATURE = new TextEncoder().encode("pagefind_dcd");
const ENTRY = "pagefind-entry.json";

function unpack(file: IndexFile): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = gunzipSync(file.content);
  } catch (error) {
    throw new IndexFormatError(file.path, `not gzip-compressed (${(error as Error).message})`);
  }
  if (!SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new IndexFormatError(file.path, "does not start with Pagefind's signature");
  return bytes.subarray(SIGNATURE.length);
}

function pack(bytes: Uint8Array): Uint8Array {
  const signed = new Uint8Array(SIGNATURE.length + bytes.length);
  signed.set(SIGNATURE);
  signed.set(bytes, SIGNATURE.length);
  return new Uint8Array(gzipSync(signed, { level: 9 }));
}

/** Decodes a file and checks that it encodes back to exactly the same bytes, so that writing it anew loses nothing. */
function decodeExactly(file: IndexFile): Cbor {
  const bytes = unpack(file);
  let value: Cbor;
  try {
    value = decodeCbor(bytes);
  } catch (error) {
    throw new IndexFormatError(file.path, `cannot be read (${(error as Error).message})`);
  }
  const again = encodeCbor(value);
  if (again.length !== bytes.length || !again.every((byte, i) => byte === bytes[i])) {
    throw new IndexFormatError(file.path, "does not encode back to the same bytes");
  }
  return value;
}

/**
 * The words of a word index chunk as Pagefind 1.6.0 writes it: [[word…]], a
 * word being [word without diacritics, pages, [[word as written, pages]…]] and
 * a page [page number, places in the text, places in meta fields]. Page
 * numbers and places are coded relative to the ones before them within the
 * word, so a word's bytes move between chunks as they are. Checked item by
 * item where the bytes lie: a national site has millions of places, too many
 * to read into values.
 */
function readChunk(path: string, bytes: Uint8Array): IndexWord[] {
  const cursor = new CborCursor(bytes);
  const pages = () => {
    for (let page = cursor.array(); page > 0; page--) {
      cursor.tuple(3);
      cursor.uint();
      for (let place = cursor.array(); place > 0; place--) cursor.int();
      for (let place = cursor.array(); place > 0; place--) cursor.int();
    }
  };
  const words: IndexWord[] = [];
  try {
    cursor.tuple(1);
    for (let count = cursor.array(); count > 0; count--) {
      const start = cursor.at;
      cursor.tuple(3);
      const word = cursor.text();
      pages();
      for (let variant = cursor.array(); variant > 0; variant--) {
        cursor.tuple(2);
        cursor.text();
        pages();
      }
      words.push({ word, bytes: bytes.subarray(start, cursor.at) });
    }
    cursor.end();
  } catch (error) {
    if (!(error instanceof CborError)) throw error;
    throw new IndexFormatError(path, `is not a Pagefind word index as [[[word, pages, variants]…]] (${error.message})`);
  }
  return words;
}

const isArray = (value: Cbor): value is Cbor[] => Array.isArray(value);
const isUint = (value: Cbor) => typeof value === "number" && value >= 0;
const isText = (value: Cbor) => typeof value === "string";
const tuple = (value: Cbor, ...checks: ((item: Cbor) => boolean)[]): boolean =>
  isArray(value) && value.length === checks.length && checks.every((check, i) => check(value[i]!));
const listOf =
  (check: (item: Cbor) => boolean) =>
  (value: Cbor): boolean =>
    isArray(value) && value.every(check);

/**
 * The metadata as Pagefind 1.6.0 writes it: [version, [[page hash, word count,
 * text]…], [[from, to, chunk hash]…], [[filter, hash]…], [[sort, [page…]]…],
 * [meta field…]]. (Its source before 1.4 had neither the page's third field nor
 * the last list; this module reads only the chunk list and passes the rest on.)
 */
const isMeta = (value: Cbor) =>
  tuple(
    value,
    isText,
    listOf((page) => tuple(page, isText, isUint, isText)),
    listOf((chunk) => tuple(chunk, isText, isText, isText)),
    listOf((filter) => tuple(filter, isText, isText)),
    listOf((sort) => tuple(sort, isText, listOf(isUint))),
    listOf(isText),
  );

const utf8 = new TextEncoder();
/** Pagefind orders words as Rust orders strings: by their UTF-8 bytes (that is, by code point; JavaScript's `<` compares UTF-16 units). */
export const compareWords = (a: string, b: string) => Buffer.compare(utf8.encode(a), utf8.encode(b));

/** The number of characters (code points) two words share at their start. */
export function sharedPrefixLength(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let length = 0;
  while (length < left.length && length < right.length && left[length] === right[length]) length++;
  return length;
}

/** Bytes of a CBOR head for a number or a length. */
const headBytes = (n: number) => (n < 24 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : n < 0x100000000 ? 5 : 9);

/** Encoded bytes of a chunk holding words with these encoded sizes. */
const chunkBytes = (wordBytes: number, words: number) => headBytes(1) + headBytes(words) + wordBytes;

/**
 * Where to cut a sorted word list: the index of the first word of every chunk
 * after the first. From each chunk's start, the cut falls among the points
 * that leave the chunk within the window below the limit, where the last word
 * before and the first word after share the fewest leading characters (later
 * rather than earlier when that ties). Pagefind answers a query word with the
 * one chunk whose range holds it, and matches words that start with it only
 * in that chunk: a cut between "leerplicht" and "leerplichtambtenaar" would
 * make a search for "leerplicht" miss the second. A word larger than the
 * limit gets a chunk of its own.
 */
export function cutPoints(words: readonly string[], sizes: readonly number[], limits: ChunkLimits = DEFAULT_LIMITS): number[] {
  const cuts: number[] = [];
  const lowest = limits.maxBytes * (1 - limits.window);
  let start = 0;
  while (start < words.length) {
    let total = 0;
    let best = -1;
    let bestShared = Number.POSITIVE_INFINITY;
    let lastFitting = start + 1;
    let end = start;
    for (; end < words.length; end++) {
      total += sizes[end]!;
      const size = chunkBytes(total, end - start + 1);
      if (size > limits.maxBytes && end > start) break;
      lastFitting = end + 1;
      if (size >= lowest && end + 1 < words.length) {
        const shared = sharedPrefixLength(words[end]!, words[end + 1]!);
        if (shared <= bestShared) {
          best = end + 1;
          bestShared = shared;
        }
      }
      if (size > limits.maxBytes) break;
    }
    if (end >= words.length) break; // the rest fits in one chunk
    const cut = best === -1 ? lastFitting : best;
    if (cut >= words.length) break;
    cuts.push(cut);
    start = cut;
  }
  return cuts;
}

/** The range of query words each chunk answers, shortened as Pagefind shortens them: between neighbours, to one character past what they share. */
export function chunkRanges(chunks: readonly (readonly string[])[]): { from: string; to: string }[] {
  const ranges = chunks.map((words) => ({ from: words[0]!, to: words.at(-1)! }));
  for (let i = 0; i + 1 < ranges.length; i++) {
    const shared = sharedPrefixLength(ranges[i]!.to, ranges[i + 1]!.from);
    ranges[i]!.to = Array.from(ranges[i]!.to)
      .slice(0, shared + 1)
      .join("");
    ranges[i + 1]!.from = Array.from(ranges[i + 1]!.from)
      .slice(0, shared + 1)
      .join("");
  }
  return ranges;
}

const sha1 = (bytes: Uint8Array) => createHash("sha1").update(bytes).digest("hex");

/** A name not yet taken: the language and the start of the content's hash, longer only where two would clash (as Pagefind names files). */
function uniqueName(language: string, bytes: Uint8Array, length: number, taken: Set<string>): string {
  const hash = sha1(bytes);
  let name = `${language}_${hash.slice(0, length)}`;
  for (let more = length + 1; taken.has(name) && more <= hash.length; more++) name = `${language}_${hash.slice(0, more)}`;
  taken.add(name);
  return name;
}

interface EntryJson {
  languages: Record<string, { hash: string }>;
}

function readEntry(file: IndexFile): { entry: EntryJson; text: string } {
  const text = new TextDecoder().decode(file.content);
  let entry: EntryJson;
  try {
    entry = JSON.parse(text) as EntryJson;
  } catch (error) {
    throw new IndexFormatError(file.path, `is not JSON (${(error as Error).message})`);
  }
  const languages = entry?.languages;
  if (typeof languages !== "object" || !languages || !Object.values(languages).every((language) => typeof language?.hash === "string")) {
    throw new IndexFormatError(file.path, "has no `languages` with a metadata hash each");
  }
  if (JSON.stringify(entry) !== text) throw new IndexFormatError(file.path, "does not write back to the same text");
  return { entry, text };
}

/**
 * Pagefind's files with the word index of every language cut anew (see
 * `cutPoints`), and a report of the new chunks per language.
 */
export function rechunkIndex(
  files: readonly IndexFile[],
  limits: ChunkLimits = DEFAULT_LIMITS,
): { files: IndexFile[]; chunks: Record<string, ChunkSummary[]> } {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const entryFile = byPath.get(ENTRY);
  if (!entryFile) throw new IndexFormatError(ENTRY, "is missing from Pagefind's output");
  const { entry } = readEntry(entryFile);
  const replaced = new Set<string>([ENTRY]);
  const added: IndexFile[] = [];
  const report: Record<string, ChunkSummary[]> = {};

  for (const [language, settings] of Object.entries(entry.languages)) {
    const metaPath = `pagefind.${settings.hash}.pf_meta`;
    const metaFile = byPath.get(metaPath);
    if (!metaFile) throw new IndexFormatError(ENTRY, `names ${metaPath}, which Pagefind did not write`);
    const meta = decodeExactly(metaFile);
    if (!isMeta(meta))
      throw new IndexFormatError(metaPath, "is not Pagefind's metadata as [version, pages, chunks, filters, sorts, fields]");
    const [version, pages, oldChunks, ...rest] = meta as [string, Cbor[], [string, string, string][], ...Cbor[]];

    // Pagefind's chunks in order hold the sorted word list; join them again.
    const words: IndexWord[] = [];
    const oldPaths = [metaPath];
    for (const [, , hash] of oldChunks) {
      const path = `index/${hash}.pf_index`;
      const file = byPath.get(path);
      if (!file) throw new IndexFormatError(metaPath, `lists ${path}, which Pagefind did not write`);
      for (const word of readChunk(path, unpack(file))) {
        if (words.length && compareWords(words.at(-1)!.word, word.word) >= 0) {
          throw new IndexFormatError(path, `its words are not in order ("${words.at(-1)!.word}" before "${word.word}")`);
        }
        words.push(word);
      }
      oldPaths.push(path);
    }
    if (!words.length) continue; // nothing to cut: Pagefind's files stand
    for (const path of oldPaths) replaced.add(path);

    const cuts = [
      0,
      ...cutPoints(
        words.map(({ word }) => word),
        words.map(({ bytes }) => bytes.length),
        limits,
      ),
      words.length,
    ];
    const groups = cuts.slice(0, -1).map((start, i) => words.slice(start, cuts[i + 1]));
    const ranges = chunkRanges(groups.map((group) => group.map(({ word }) => word)));
    const taken = new Set<string>();
    const newChunks: [string, string, string][] = [];
    report[language] = groups.map((group, i) => {
      const encoded = concatBytes([arrayHead(1), arrayHead(group.length), ...group.map(({ bytes }) => bytes)]);
      const hash = uniqueName(language, encoded, 7, taken);
      const content = pack(encoded);
      added.push({ path: `index/${hash}.pf_index`, content });
      newChunks.push([ranges[i]!.from, ranges[i]!.to, hash]);
      return { hash, ...ranges[i]!, words: group.length, encodedBytes: encoded.length, servedBytes: content.length };
    });

    const newMeta = encodeCbor([version, pages, newChunks, ...rest]);
    const metaHash = uniqueName(language, newMeta, 10, new Set());
    added.push({ path: `pagefind.${metaHash}.pf_meta`, content: pack(newMeta) });
    settings.hash = metaHash;
  }

  added.push({ path: ENTRY, content: utf8.encode(JSON.stringify(entry)) });
  return { files: [...files.filter((file) => !replaced.has(file.path)), ...added], chunks: report };
}
