import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { type Cbor, CborError, decodeCbor, encodeCbor } from "../../tools/search-index/cbor.ts";
import {
  type ChunkLimits,
  compareWords,
  cutPoints,
  DEFAULT_LIMITS,
  type IndexFile,
  IndexFormatError,
  rechunkIndex,
  sharedPrefixLength,
} from "../../tools/search-index/index-chunks.ts";
import { rechunkFolder } from "../../tools/search-index/rechunk-folder.ts";
import { pagefindOutput } from "../support/pagefind-output.ts";

const SIGNATURE = "pagefind_dcd";
const unpack = (file: IndexFile) => {
  const bytes = gunzipSync(file.content);
  expect(bytes.subarray(0, 12).toString()).toBe(SIGNATURE);
  return new Uint8Array(bytes.subarray(12));
};
const pack = (bytes: Uint8Array) => new Uint8Array(gzipSync(Buffer.concat([Buffer.from(SIGNATURE), bytes])));

type Chunk = [from: string, to: string, hash: string];
interface Index {
  meta: Cbor[];
  chunks: Chunk[];
  /** Per chunk, its words as Pagefind encodes them. */
  words: Cbor[][][];
  entry: { languages: { nl: { hash: string } } };
}

/** The word index of Pagefind's files as written: the metadata, its chunk list and each chunk's words. */
function readIndex(files: readonly IndexFile[]): Index {
  const file = (path: string) => {
    const found = files.find((candidate) => candidate.path === path);
    if (!found) throw new Error(`no ${path}`);
    return found;
  };
  const entry = JSON.parse(new TextDecoder().decode(file("pagefind-entry.json").content)) as Index["entry"];
  const meta = decodeCbor(unpack(file(`pagefind.${entry.languages.nl.hash}.pf_meta`))) as Cbor[];
  const chunks = meta[2] as Chunk[];
  const words = chunks.map(([, , hash]) => (decodeCbor(unpack(file(`index/${hash}.pf_index`))) as Cbor[][][])[0]!);
  return { meta, chunks, words, entry };
}

const wordOf = (word: Cbor[]) => word[0] as string;
/**
 * The chunk Pagefind loads for a one-word query (pagefind_web's `request_indexes`): the first whose
 * range holds the word; failing that, the first whose bounds, cut to the word's length, hold it.
 */
function chunkFor(chunks: readonly Chunk[], word: string): number {
  const strict = chunks.findIndex(([from, to]) => compareWords(word, from) >= 0 && compareWords(word, to) <= 0);
  if (strict !== -1) return strict;
  const bytes = Buffer.from(word);
  /** The first `length` bytes, or nothing where that would cut a character (Rust's `str::get`). */
  const head = (text: Buffer, length: number) =>
    length < text.length && (text[length]! & 0xc0) === 0x80 ? undefined : text.subarray(0, length);
  return chunks.findIndex(([from, to]) => {
    const [start, end] = [Buffer.from(from), Buffer.from(to)];
    const [wordStart, chunkStart] = [head(bytes, Math.min(bytes.length, start.length)), head(start, Math.min(bytes.length, start.length))];
    const [wordEnd, chunkEnd] = [head(bytes, Math.min(bytes.length, end.length)), head(end, Math.min(bytes.length, end.length))];
    if (!wordStart || !chunkStart || !wordEnd || !chunkEnd) return false;
    return Buffer.compare(wordStart, chunkStart) >= 0 && Buffer.compare(wordEnd, chunkEnd) <= 0;
  });
}

let original: IndexFile[];
let before: Index;
beforeAll(async () => {
  original = await pagefindOutput();
  before = readIndex(original);
}, 120_000);

describe("the CBOR reader and writer", () => {
  it("reads Pagefind's own files and writes them back byte for byte", () => {
    const indexFiles = original.filter((file) => file.path.endsWith(".pf_meta") || file.path.endsWith(".pf_index"));
    expect(indexFiles.filter((file) => file.path.endsWith(".pf_index")).length).toBeGreaterThan(1);
    for (const file of indexFiles) {
      const bytes = unpack(file);
      expect(Buffer.from(encodeCbor(decodeCbor(bytes))).equals(Buffer.from(bytes)), file.path).toBe(true);
    }
  });

  it("writes every integer size in its shortest form and reads it back", () => {
    for (const value of [0, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32 - 1, 2 ** 32, -1, -24, -25, -256, -257, -(2 ** 32)]) {
      expect(decodeCbor(encodeCbor(value))).toBe(value);
    }
    expect([...encodeCbor(500)]).toEqual([0x19, 0x01, 0xf4]);
    expect([...encodeCbor(["é", [-2]])]).toEqual([0x82, 0x62, 0xc3, 0xa9, 0x81, 0x21]);
  });

  it("refuses what Pagefind does not write: maps, byte strings, floats, long forms, trailing bytes", () => {
    for (const bytes of [[0xa0], [0x40], [0xf9, 0x3c, 0x00], [0x18, 0x05], [0x9f, 0xff], [0x01, 0x02], [0x82, 0x01]]) {
      expect(() => decodeCbor(Uint8Array.from(bytes)), bytes.join(",")).toThrow(CborError);
    }
  });
});

describe("Pagefind's word index cut anew", () => {
  let after: Index;
  let result: ReturnType<typeof rechunkIndex>;
  beforeAll(() => {
    result = rechunkIndex(original);
    after = readIndex(result.files);
  });

  it("keeps every word once, in order, exactly as Pagefind encoded it, in more chunks than Pagefind made", () => {
    expect(after.chunks.length).toBeGreaterThan(before.chunks.length);
    expect(after.words.flat()).toEqual(before.words.flat());
    const words = after.words.flat().map(wordOf);
    for (let i = 1; i < words.length; i++) expect(compareWords(words[i - 1]!, words[i]!)).toBeLessThan(0);
  });

  it("keeps every chunk within the limit, unless it is one word", () => {
    for (const [i, words] of after.words.entries()) {
      const bytes = encodeCbor([words]).length;
      if (words.length > 1) expect(bytes, `chunk ${i}`).toBeLessThanOrEqual(DEFAULT_LIMITS.maxBytes);
    }
    for (const chunk of result.chunks.nl!) expect(chunk.servedBytes).toBeLessThan(12 * 1024);
  });

  it("lists ranges in order that cover every word, each word answered by the chunk that holds it", () => {
    const first = after.words[0]![0]!;
    const last = after.words.at(-1)!.at(-1)!;
    expect(after.chunks[0]![0]).toBe(wordOf(first));
    expect(after.chunks.at(-1)![1]).toBe(wordOf(last));
    for (let i = 1; i < after.chunks.length; i++) expect(compareWords(after.chunks[i - 1]![1], after.chunks[i]![0])).toBeLessThan(0);
    for (const [i, words] of after.words.entries()) {
      for (const word of words) expect(chunkFor(after.chunks, wordOf(word)), wordOf(word)).toBe(i);
    }
  });

  it("changes only the chunks, the metadata's chunk list and the entry's metadata name", () => {
    expect(after.meta.length).toBe(before.meta.length);
    expect(after.meta.filter((_, i) => i !== 2)).toEqual(before.meta.filter((_, i) => i !== 2));
    expect(after.entry.languages.nl.hash).not.toBe(before.entry.languages.nl.hash);
    expect({ ...after.entry, languages: {} }).toEqual({ ...before.entry, languages: {} });
    const untouched = (files: IndexFile[]) =>
      files
        .filter((file) => !/^index\/|\.pf_meta$|^pagefind-entry\.json$/.test(file.path))
        .map((file) => [file.path, Buffer.from(file.content).toString("base64")])
        .sort();
    expect(untouched(result.files)).toEqual(untouched(original));
    expect(result.files.filter((file) => file.path.startsWith("index/")).length).toBe(after.chunks.length);
  });
});

describe("where the index is cut", () => {
  const words = () => before.words.flat().map(wordOf);
  const sizes = () => before.words.flat().map((word) => encodeCbor(word).length);
  /** For every cut, whether another cut point that keeps the chunk within the window would split words that share less. */
  function worseCuts(limits: ChunkLimits): string[] {
    const list = words();
    const size = sizes();
    const cuts = cutPoints(list, size, limits);
    const worse: string[] = [];
    let start = 0;
    for (const cut of cuts) {
      const shared = sharedPrefixLength(list[cut - 1]!, list[cut]!);
      let total = 0;
      for (let end = start; end < list.length - 1; end++) {
        total += size[end]!;
        const count = end - start + 1;
        const bytes = 1 + (count < 24 ? 1 : count < 256 ? 2 : 3) + total;
        if (bytes > limits.maxBytes) break;
        if (bytes < DEFAULT_LIMITS.maxBytes * (1 - DEFAULT_LIMITS.window)) continue;
        if (sharedPrefixLength(list[end]!, list[end + 1]!) < shared) {
          worse.push(`${list[cut - 1]} | ${list[cut]} rather than ${list[end]} | ${list[end + 1]}`);
          break;
        }
      }
      start = cut;
    }
    return worse;
  }

  it("cuts, within the window below the limit, where the words on either side share the shortest prefix", () => {
    expect(worseCuts(DEFAULT_LIMITS)).toEqual([]);
  });

  it("would cut worse at the limit itself: the synthetic site holds the choice the window makes", () => {
    expect(worseCuts({ ...DEFAULT_LIMITS, window: 0 }).length).toBeGreaterThan(0);
  });

  it("keeps a word's compounds in its chunk where Pagefind splits them (leerplicht | leerplichtambtenaar)", () => {
    const holding = (index: Index, word: string) => index.words.findIndex((chunk) => chunk.some((entry) => wordOf(entry) === word));
    const after = readIndex(rechunkIndex(original).files);
    const family = words().filter((word) => word.startsWith("leerplicht"));
    expect(family.length).toBeGreaterThan(2);
    // Pagefind's own cut falls inside the family on this site: that is what the choice of cuts repairs.
    expect(new Set(family.map((word) => holding(before, word))).size).toBeGreaterThan(1);
    expect(new Set(family.map((word) => holding(after, word))).size).toBe(1);
    expect(chunkFor(after.chunks, "leerplicht")).toBe(holding(after, "leerplicht"));
  });

  it("gives a word larger than the limit a chunk of its own", () => {
    expect(cutPoints(["a", "b", "c", "d"], [10, 500, 10, 10], { maxBytes: 100, window: 0.25 })).toEqual([1, 2]);
  });
});

describe("output of another Pagefind format", () => {
  const withFile = (path: string, bytes: Uint8Array) =>
    original.map((file) => (file.path === path ? { path, content: pack(bytes) } : file));
  const expectStop = (files: IndexFile[], path: string) => {
    let error: unknown;
    try {
      rechunkIndex(files);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(IndexFormatError);
    const message = (error as IndexFormatError).in("dist/pagefind");
    expect(message).toContain(`dist/pagefind/${path}: `);
    expect(message).toContain("pin");
    expect(message).not.toContain("\n");
  };

  it("stops, naming the chunk, when a word has a field more", () => {
    const path = `index/${before.chunks[1]![2]}.pf_index`;
    const words = before.words[1]!.map((word) => [...word, 0]);
    expectStop(withFile(path, encodeCbor([words])), path);
  });

  it("stops, naming the metadata, when it has a field more", () => {
    const path = `pagefind.${before.entry.languages.nl.hash}.pf_meta`;
    expectStop(withFile(path, encodeCbor([...before.meta, []])), path);
  });

  it("stops when a chunk is not compressed as Pagefind compresses it", () => {
    const path = `index/${before.chunks[0]![2]}.pf_index`;
    expectStop(
      original.map((file) => (file.path === path ? { path, content: unpack(file) } : file)),
      path,
    );
  });
});

describe("the re-chunker on a site's Pagefind folder", () => {
  /** Writes `files` into a new folder laid out as Pagefind writes it; returns the folder. */
  const folderOf = async (files: readonly IndexFile[]) => {
    const root = await mkdtemp(join(tmpdir(), "routeboek-pagefind-"));
    for (const file of files) {
      await mkdir(dirname(join(root, file.path)), { recursive: true });
      await writeFile(join(root, file.path), file.content);
    }
    return root;
  };
  const listed = async (root: string) => (await readdir(join(root, "index"))).toSorted();

  it("replaces Pagefind's chunks with its own", async () => {
    const root = await folderOf(original);
    const { chunks, largestBytes } = await rechunkFolder(root);
    const ours = rechunkIndex(original).files.filter((file) => file.path.startsWith("index/"));
    expect(await listed(root)).toEqual(ours.map((file) => file.path.slice("index/".length)).toSorted());
    expect(chunks).toBeGreaterThan(before.chunks.length);
    expect(largestBytes).toBeGreaterThan(0);
  });

  it("touches nothing on disk when it cannot read the format", async () => {
    const path = `index/${before.chunks[0]![2]}.pf_index`;
    const root = await folderOf(original.map((file) => (file.path === path ? { path, content: unpack(file) } : file)));
    const files = await listed(root);
    await expect(rechunkFolder(root)).rejects.toBeInstanceOf(IndexFormatError);
    expect(await listed(root)).toEqual(files);
  });
});
