// The bound on one correction of a source's words (issue 21, review F10). The words of the corrected text
// must be the source's words, in the source's order where the source is one line (a source of several lines
// may be reordered: columns that OCR read across each other are rebuilt box by box), each at most an OCR-size
// edit away:
// - a word may be joined or split ("hulpen" = "hulp en", "financi€le" = "financiële");
// - a word may differ by one character ("toekomit" → "toekomst"), a word of 12 letters or more by two; a
//   word of up to 3 may only gain or lose one ("bi" → "bij"), or swap a look-alike ("I" → "1", "EC2" → "ECZ"),
//   so "de" ≠ "te" (look-alikes are folded together before comparing: tokens.ts);
// - what OCR made of pictures may go: a lone letter ("A Actie"), a mark with at most one letter or digit
//   ("/\\", "7\\", "_1 »"), and the pieces the correction lists as `dropped`;
// - no other word may go, and none may come; no "/", "&", "%", "–" or "—" may come.
// An editorial normalisation (`kind: normalisatie`) may also add marks and words the source itself uses
// elsewhere, next to a word it stands beside there ("Routeboek" → "Routeboek Verzuim & Thuiszitters"), but drops
// no word either. Whatever its kind, a correction may not change a number, a negation or a name; a name, or a
// body of the routebook's glossary, is not edited by even one letter.
import type { Correction } from "../../../pipeline/schema/flow.ts";
import { fold, isName, isNegation, isNumber, letterStream, type Token, tokensOf } from "./tokens.ts";

/** Levenshtein distance between two words. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** Whether `b` is an OCR-size edit of `a` (both folded): the per-word bound above. */
export function withinBound(a: string, b: string): boolean {
  if (a === b) return true;
  const edits = distance(a, b);
  if (Math.min(a.length, b.length) <= 3) return edits === 1 && Math.abs(a.length - b.length) === 1;
  return edits <= (Math.max(a.length, b.length) >= 12 ? 2 : 1);
}

/** Marks that carry meaning between words: one more of them is not a reading fix ("hulp en/of", "–"). */
const MEANING_MARKS = ["/", "&", "+", "%", "=", "€", "–", "—", "§"];

/** Marks OCR makes of icons, borders and bullets: a piece of text with them and at most one letter is a picture. */
const GLYPH = /[\\/|[\]_{}»«*“”&%~^<>]/;

// A lone "/" or "&" between two words is a word of the text ("organisatie / betrek"), not a picture.
const isGlyph = (chunk: string) => GLYPH.test(chunk) && (chunk.match(/[\p{L}\p{N}]/gu)?.length ?? 0) <= 1 && !/^[/&]$/.test(chunk);

/** A word that OCR made of a picture and that may go unlisted: in a glyph, or a lone letter ("A", "F", "s"). */
const isPicture = (token: Token) => isGlyph(token.chunk) || /^\p{L}$/u.test(token.chunk) || !/[\p{L}\p{N}]/u.test(token.text);

/** How many meaning marks of each kind a text has; in the source, those in pictures ("/\\", "&%") do not count. */
function meaningMarks(text: string, pictures: boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const chunk of text.split(/\s+/).filter((piece) => piece && !(pictures && isGlyph(piece)))) {
    for (const character of chunk) if (MEANING_MARKS.includes(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  return counts;
}

interface Pairing {
  /** Source words and the corrected words they became (one to one, one to several, several to one). */
  pairs: { source: Token[]; corrected: Token[]; edited: boolean }[];
  dropped: Token[];
  added: Token[];
}

/** Pairs the words of the source with those of the corrected text: joins and splits, then equals, then small edits. */
export function pairWords(source: Token[], corrected: Token[]): Pairing {
  const usedSource = source.map(() => false);
  const usedCorrected = corrected.map(() => false);
  const pairs: Pairing["pairs"] = [];
  const unused = (tokens: Token[], used: boolean[], key: string) =>
    tokens.filter((token, index) => !used[index] && token.key === key).length;
  // A word one side has more often than the other, so that a join or split may take it.
  const surplus = (one: Token[], oneUsed: boolean[], other: Token[], otherUsed: boolean[], index: number) =>
    unused(one, oneUsed, one[index]!.key) > unused(other, otherUsed, one[index]!.key);
  const joins = (whole: Token[], wholeUsed: boolean[], parts: Token[], partsUsed: boolean[], wholeIsSource: boolean) => {
    for (const [index, word] of whole.entries()) {
      if (wholeUsed[index] || !surplus(whole, wholeUsed, parts, partsUsed, index)) continue;
      search: for (let length = 2; length <= 3; length++) {
        for (let start = 0; start + length <= parts.length; start++) {
          const run = Array.from({ length }, (_, offset) => start + offset);
          if (run.some((at) => partsUsed[at] || !surplus(parts, partsUsed, whole, wholeUsed, at))) continue;
          const joined = run.map((at) => parts[at]!.key).join("");
          const hasNumber = isNumber(word) || run.some((at) => isNumber(parts[at]!));
          if (hasNumber ? joined !== word.key : !withinBound(word.key, joined)) continue;
          wholeUsed[index] = true;
          for (const at of run) partsUsed[at] = true;
          const runTokens = run.map((at) => parts[at]!);
          const edited = joined !== word.key;
          pairs.push(wholeIsSource ? { source: [word], corrected: runTokens, edited } : { source: runTokens, corrected: [word], edited });
          break search;
        }
      }
    }
  };
  joins(source, usedSource, corrected, usedCorrected, true);
  joins(corrected, usedCorrected, source, usedSource, false);
  const match = (accept: (a: Token, b: Token) => boolean) => {
    for (const [index, word] of source.entries()) {
      if (usedSource[index]) continue;
      const at = corrected.findIndex((candidate, other) => !usedCorrected[other] && accept(word, candidate));
      if (at < 0) continue;
      usedSource[index] = usedCorrected[at] = true;
      pairs.push({ source: [word], corrected: [corrected[at]!], edited: word.key !== corrected[at]!.key });
    }
  };
  match((a, b) => a.key === b.key);
  // A number or a number word is not edited: "2" → "3" or "twee" → "twe" is a change, not a reading fix.
  match((a, b) => !isNumber(a) && !isNumber(b) && withinBound(a.key, b.key));
  return {
    pairs,
    dropped: source.filter((_, index) => !usedSource[index]),
    added: corrected.filter((_, index) => !usedCorrected[index]),
  };
}

/** "“4” goes, “5” comes": the words a correction loses and gains. */
const changes = (gone: readonly Token[], come: readonly Token[]) =>
  [...gone.map((token) => `"${token.text}" goes`), ...come.map((token) => `"${token.text}" comes`)].join(", ");

const quote = (tokens: readonly Token[]) => tokens.map((token) => `"${token.text}"`).join(", ");

/** The folded words of a whole source text, space-separated and space-bounded: where a phrase is looked up. */
const phrasesOf = (() => {
  const cache = new Map<string, string>();
  return (text: string) => {
    if (!cache.has(text))
      cache.set(
        text,
        ` ${tokensOf(text)
          .map((token) => token.key)
          .join(" ")} `,
      );
    return cache.get(text)!;
  };
})();

/**
 * Runs of added words that the source does not put there: a normalisation may add only the source's own words,
 * next to a neighbour the source puts them beside ("Routeboek" + "Verzuim & Thuiszitters").
 */
function strangeRuns(corrected: Token[], added: readonly Token[], phrases: string): Token[][] {
  const runs: Token[][] = [];
  for (const [index, token] of corrected.entries()) {
    if (!added.includes(token)) continue;
    if (index > 0 && added.includes(corrected[index - 1]!)) runs.at(-1)!.push(token);
    else runs.push([token]);
  }
  return runs.filter((run) => {
    const start = corrected.indexOf(run[0]!);
    const before = corrected[start - 1];
    const after = corrected[start + run.length];
    const found = (words: (Token | undefined)[]) => phrases.includes(` ${words.map((word) => word!.key).join(" ")} `);
    if (!before && !after) return !found(run);
    return !((before && found([before, ...run])) || (after && found([...run, after])));
  });
}

/**
 * What is wrong with one correction, one line each; empty when it keeps to the bound.
 * `sourceText`: the whole source, whose own words, as it puts them, a normalisation may add.
 * `bodies`: the folded words of the routebook's known bodies and roles (its glossary's terms), which are names.
 */
export function correctionProblems(correction: Correction, sourceText: string, bodies: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const normalisation = correction.kind === "normalisatie";
  const source = tokensOf(correction.source);
  const corrected = tokensOf(correction.corrected);
  const { pairs, dropped, added } = pairWords(source, corrected);
  // Pieces listed as dropped are taken from the dropped words, each once.
  const listed = [...(correction.dropped ?? [])];
  const unlisted = dropped.filter((token) => {
    const at = listed.findIndex((piece) => piece === token.chunk || fold(piece) === token.key);
    if (at < 0) return !isPicture(token);
    listed.splice(at, 1);
    return false;
  });
  for (const piece of listed) problems.push(`"${piece}" is listed as dropped, but the correction keeps it or the source has no such piece`);
  for (const piece of correction.dropped ?? []) {
    if (tokensOf(piece).some((token) => isNegation(token) || (/^\p{L}+$/u.test(token.text) && isNumber(token)))) {
      problems.push(`"${piece}" is a number word or a negation: it may not be dropped as a picture`);
    }
  }
  if (unlisted.length > 0) {
    problems.push(
      `drops the source's words ${quote(unlisted)}: a correction keeps every word; ` + 'list what OCR made of a picture under "dropped"',
    );
  }
  const phrases = phrasesOf(sourceText);
  if (!normalisation && added.length > 0) {
    problems.push(`adds the words ${quote(added)}, more than an OCR fix: mark it "kind: normalisatie" or leave them out`);
  }
  for (const run of normalisation ? strangeRuns(corrected, added, phrases) : []) {
    problems.push(`adds the words ${quote(run)}, which the source does not put there: add only the source's own phrase`);
  }
  // Numbers: a pair must keep its number (up to a look-alike, "I" → "1"), and none may come or go.
  for (const pair of pairs) {
    const numbers = [...pair.source, ...pair.corrected].some(isNumber);
    const same = pair.source.map((token) => token.key).join("") === pair.corrected.map((token) => token.key).join("");
    if (numbers && !same) problems.push(`changes the number ${quote(pair.source)} into ${quote(pair.corrected)}`);
  }
  const numbersGone = unlisted.filter(isNumber);
  const numbersCome = added.filter(isNumber);
  if (numbersGone.length + numbersCome.length > 0) {
    problems.push(`changes a number: ${changes(numbersGone, numbersCome)}`);
  }
  // Negations: as many of each in the corrected text as in the source.
  const negations = (tokens: Token[]) =>
    tokens
      .filter(isNegation)
      .map((token) => token.text.toLowerCase())
      .sort()
      .join(" ");
  if (negations(source) !== negations(corrected)) {
    problems.push(`changes a negation: the source has [${negations(source)}], the correction [${negations(corrected)}]`);
  }
  // Names, letters only ("Zuid Holland" = "Zuid-Holland"): every name of the source stays; a new one is the source's.
  const correctedLetters = letterStream(correction.corrected);
  const sourceLetters = letterStream(correction.source);
  const pictures = new Set(dropped.filter((token) => !unlisted.includes(token)));
  // A name or a body is not edited, not even by one letter ("SPPOH" → "SPPOM", "JGZ" → "GGZ").
  const named = (token: Token) => isName(token) || bodies.has(token.key);
  const editedNames = pairs.filter((pair) => pair.edited && [...pair.source, ...pair.corrected].some(named));
  for (const pair of editedNames) problems.push(`changes the name ${quote(pair.source)} into ${quote(pair.corrected)}`);
  const reported = new Set(editedNames.flatMap((pair) => [...pair.source, ...pair.corrected]));
  const lost = source.filter(
    (token) => isName(token) && !pictures.has(token) && !reported.has(token) && !correctedLetters.includes(token.key),
  );
  const invented = corrected.filter(
    (token) =>
      isName(token) && !reported.has(token) && !sourceLetters.includes(token.key) && !(normalisation && phrases.includes(` ${token.key} `)),
  );
  if (lost.length + invented.length > 0) {
    problems.push(`changes a name: ${changes(lost, invented)}`);
  }
  // One line of the source keeps its order; only a rebuild of lines read across each other may reorder words.
  if (!correction.source.includes("\n")) {
    const from = new Map(pairs.flatMap((pair) => pair.corrected.map((token) => [token, source.indexOf(pair.source[0]!)])));
    let last = -1;
    for (const token of corrected) {
      const at = from.get(token);
      if (at === undefined) continue;
      if (at < last) problems.push(`changes the order of the source's words at "${token.text}"`);
      last = Math.max(last, at);
    }
  }
  // Marks that carry meaning may not come, unless the editors normalise them.
  if (!normalisation) {
    const before = meaningMarks(correction.source, true);
    for (const [mark, count] of meaningMarks(correction.corrected, false)) {
      if (count > (before.get(mark) ?? 0)) problems.push(`adds "${mark}": more than an OCR fix; mark it "kind: normalisatie"`);
    }
  }
  return problems;
}
