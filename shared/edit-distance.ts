/**
 * The one edit distance of the project: "did you mean" for ids and headings
 * (suggest.ts), typo suggestions in search (search/typo.ts) and near-equal words
 * in the link report (links/stale.ts). Pure code; runs in the browser too.
 */

/** Counts the cells an edit distance fills: what a suggestion costs, for tests that bound it. */
export interface Work {
  cells: number;
}

/**
 * Edits between two words, where swapping two neighbouring letters counts as
 * one edit ("verzium" → "verzuim"), as it is one slip of the fingers. With a
 * `limit`, only the cells within `limit` of the diagonal are filled (a cell
 * further off is at least that many edits), so the cost is linear in the word:
 * the answer is exact up to `limit`, and any larger answer means "too far".
 */
export function typingDistance(a: string, b: string, limit = Math.max(a.length, b.length), work?: Work): number {
  const far = limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => Math.min(j, far))];
  for (let i = 1; i <= a.length; i++) {
    const row = Array.from<number>({ length: b.length + 1 }).fill(far);
    if (i <= limit) row[0] = i;
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const substitution = rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row[j] = Math.min(best, far);
    }
    if (work) work.cells += Math.min(b.length, i + limit) - Math.max(1, i - limit) + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
