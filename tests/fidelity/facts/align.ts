// Pairs each sentence of a summary with the source sentences it says again in other words, by the
// rare words they share (roles and negations left out, so that swapping a role or dropping a
// "niet" does not move the pairing to another sentence).
import { contentStems } from "./text.ts";

/** A sentence with its content stems. */
export interface Stemmed {
  text: string;
  stems: ReadonlySet<string>;
}

export const stemmed = (text: string, roleWords: ReadonlySet<string>): Stemmed => ({
  text,
  stems: new Set(contentStems(text, roleWords)),
});

/** How rare each stem is among the source's sentences: rare words pair sentences better than common ones. */
export function rarity(sentences: readonly Stemmed[]): (stem: string) => number {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const stem of sentence.stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return (stem) => Math.log((sentences.length + 1) / ((counts.get(stem) ?? 0) + 0.5));
}

const weight = (stems: Iterable<string>, idf: (stem: string) => number) => {
  let sum = 0;
  for (const stem of stems) sum += idf(stem);
  return sum;
};

/** Weighted share of `a`'s stems that `b` has too: 1 when b says everything a says. */
export function covered(a: Stemmed, b: Stemmed, idf: (stem: string) => number): number {
  const total = weight(a.stems, idf);
  if (total === 0) return 0;
  return (
    weight(
      [...a.stems].filter((stem) => b.stems.has(stem)),
      idf,
    ) / total
  );
}

/** Weighted overlap of two sentences: shared over all their stems. */
export function similarity(a: Stemmed, b: Stemmed, idf: (stem: string) => number): number {
  const union = new Set([...a.stems, ...b.stems]);
  const total = weight(union, idf);
  if (total === 0) return 0;
  return (
    weight(
      [...a.stems].filter((stem) => b.stems.has(stem)),
      idf,
    ) / total
  );
}

/** The indexes of the candidates most like `sentence`: the best and any within `margin` of it; none if nothing is shared. */
export function bestMatches(sentence: Stemmed, candidates: readonly Stemmed[], idf: (stem: string) => number, margin = 0.8): number[] {
  const scores = candidates.map((candidate) => similarity(sentence, candidate, idf));
  const best = Math.max(0, ...scores);
  if (best === 0) return [];
  return scores.flatMap((score, index) => (score >= best * margin ? [index] : []));
}

/**
 * The candidates that together say what `sentence` says: the one that shares most of its rare words,
 * then any that adds at least `gain` of them (a summary's table row may join two source sentences,
 * and a source's long sentence may be split over two of the summary's). At most `most` of them.
 */
export function coverOf(
  sentence: Stemmed,
  candidates: readonly Stemmed[],
  idf: (stem: string) => number,
  { gain = 0.15, most = 3 } = {},
): number[] {
  const total = weight(sentence.stems, idf);
  if (total === 0) return [];
  const remaining = new Set(sentence.stems);
  const chosen: number[] = [];
  while (chosen.length < most) {
    let best = -1;
    let bestGain = 0;
    let bestSimilarity = 0;
    candidates.forEach((candidate, index) => {
      if (chosen.includes(index)) return;
      let shared = 0;
      for (const stem of remaining) if (candidate.stems.has(stem)) shared += idf(stem);
      if (shared === 0 || shared < bestGain - 1e-9) return;
      // Between two that share as much, the one with less besides is the closer.
      const alike = similarity(sentence, candidate, idf);
      if (shared > bestGain + 1e-9 || alike > bestSimilarity) {
        best = index;
        bestGain = shared;
        bestSimilarity = alike;
      }
    });
    if (best < 0 || (chosen.length > 0 && bestGain < gain * total)) break;
    // A sentence the source repeats word for word (under another role) pairs with each of its copies.
    const ties = candidates.flatMap((candidate, index) =>
      index !== best && !chosen.includes(index) && sameStems(candidate, candidates[best]!) ? [index] : [],
    );
    for (const index of [best, ...ties]) {
      chosen.push(index);
      for (const stem of candidates[index]!.stems) remaining.delete(stem);
    }
  }
  return chosen;
}

const sameStems = (a: Stemmed, b: Stemmed) => a.stems.size === b.stems.size && [...a.stems].every((stem) => b.stems.has(stem));
