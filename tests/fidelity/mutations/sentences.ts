// Sentences of a block's raw Markdown: where a full stop, question or exclamation mark is followed by a capital.

/**
 * The text with what can hold a full stop but ends no sentence blanked out, at the same length: link destinations
 * (`](<bron:…, 3. Contact …>)`, `](https://…)`) and inline code.
 */
function masked(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, "x");
  return text.replace(/\]\(<[^>]*>\)|\]\([^)\s]*\)|`[^`]*`/g, blank);
}

/**
 * [start, end) of each sentence in `text`, without the white space between them. A full stop right after a digit
 * ends no sentence: "Stap 2. Bij …", "hoofdstuk 3. Contact …" are numbered headings.
 */
export function sentences(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  const boundary = /(?<!\p{N})[.!?][”"’)\]]*\s+(?=[“"„‘(]?[\p{Lu}\p{N}])/gu;
  let start = text.length - text.trimStart().length;
  for (const match of masked(text).matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    if (end > start) result.push({ start, end });
    start = match.index + match[0].length;
  }
  const end = text.trimEnd().length;
  if (end > start) result.push({ start, end });
  return result;
}
