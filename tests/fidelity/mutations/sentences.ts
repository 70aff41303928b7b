// Sentences of a block's raw Markdown: where a full stop, question or exclamation mark is followed by a capital.

/** [start, end) of each sentence in `text`, without the white space between them. */
export function sentences(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  const boundary = /[.!?][”"’)\]]*\s+(?=[“"„‘(]?[\p{Lu}\p{N}])/gu;
  let start = text.length - text.trimStart().length;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    if (end > start) result.push({ start, end });
    start = match.index + match[0].length;
  }
  const end = text.trimEnd().length;
  if (end > start) result.push({ start, end });
  return result;
}
