/**
 * Dice overlap of two sets of words: twice the words they share over the words
 * both have, so 1 is the same words and 0 none in common. `same` says when two
 * words count as one (equal by default; a file name typed by hand may allow a typo).
 */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>, same?: (left: string, right: string) => boolean): number {
  if (a.size === 0 || b.size === 0) return 0;
  const shared = [...a].filter((word) => (same ? [...b].some((other) => same(word, other)) : b.has(word))).length;
  return (2 * shared) / (a.size + b.size);
}
