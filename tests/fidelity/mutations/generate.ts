// The bench's mutations: for each routebook and each kind, a fixed, seeded sample of the changes its
// content allows. Generated from the content, so a new routebook or new text gets them too.
import { readdir } from "node:fs/promises";
import { seededRandom } from "../../support/random.ts";
import { readBook } from "./book.ts";
import { corrections } from "./corrections.ts";
import { droppedOptions } from "./dropped-options.ts";
import { droppedSentences } from "./dropped-sentences.ts";
import { introductions } from "./introductions.ts";
import { negations } from "./negations.ts";
import { numberWords } from "./number-words.ts";
import { numbers } from "./numbers.ts";
import { roles } from "./roles.ts";
import { tableCells } from "./table-cells.ts";
import { targets } from "./targets.ts";
import { MUTATION_KINDS, type BookText, type Mutation, type MutationGenerator, type MutationKind } from "./types.ts";
import { words } from "./words.ts";

/** The generator of each kind. */
export const GENERATORS: Record<MutationKind, MutationGenerator> = {
  words,
  numbers,
  "number words": numberWords,
  negations,
  "role swaps": roles,
  "target swaps": targets,
  "dropped options": droppedOptions,
  "dropped sentences": droppedSentences,
  corrections,
  "table cells": tableCells,
  introductions,
};

export interface SampleOptions {
  /** The seed of every choice; the same seed gives the same mutations. */
  seed?: number;
  /** At most this many mutations per kind and routebook. */
  perKind?: number;
}

export const DEFAULT_SEED = 21;
export const DEFAULT_PER_KIND = 15;

/** A number from a text (FNV-1a), so that each routebook and kind draws from a stream of its own. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (const char of text) value = Math.imul(value ^ char.codePointAt(0)!, 0x01000193);
  return value >>> 0;
}

/** Every mutation of one kind the routebook's content allows: each really changes its file, each once. */
export function candidates(book: BookText, kind: MutationKind, seed = DEFAULT_SEED): Mutation[] {
  const seen = new Set<string>();
  return GENERATORS[kind](book, seededRandom(hash(`${seed}:${book.id}:${kind}:choices`))).filter((change) => {
    const text = book.files.get(change.file)!;
    const fresh = !seen.has(change.description) && change.apply(text) !== text;
    seen.add(change.description);
    return fresh;
  });
}

/** The sample of the routebook's mutations: up to `perKind` of each kind, in kind order, each kind in file order. */
export function mutationsOf(book: BookText, options: SampleOptions = {}): Mutation[] {
  const { seed = DEFAULT_SEED, perKind = DEFAULT_PER_KIND } = options;
  return MUTATION_KINDS.flatMap((kind) => {
    const all = candidates(book, kind, seed);
    const random = seededRandom(hash(`${seed}:${book.id}:${kind}:sample`));
    // A partial Fisher-Yates shuffle of the indices: the first `perKind` are the sample.
    const indices = all.map((_, index) => index);
    for (let index = 0; index < Math.min(perKind, indices.length); index++) {
      const other = index + Math.floor(random() * (indices.length - index));
      [indices[index], indices[other]] = [indices[other]!, indices[index]!];
    }
    return indices
      .slice(0, perKind)
      .sort((a, b) => a - b)
      .map((index) => all[index]!);
  });
}

/** The routebook folders under a content root, by name. */
export async function routebookIds(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
}

/** The sample for every routebook under `root` (or those named), routebook by routebook. */
export async function generateMutations(root: string, options: SampleOptions & { ids?: readonly string[] } = {}): Promise<Mutation[]> {
  const ids = options.ids ?? (await routebookIds(root));
  const books = await Promise.all(ids.map((id) => readBook(root, id)));
  return books.flatMap((book) => mutationsOf(book, options));
}
