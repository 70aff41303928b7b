// Pairs each chapter of an editors' summary with the section of the source it summarises, so that
// the facts checks compare a chapter with its own section and not with the whole text.
import type { DocumentChapter } from "../../pipeline/documents/types.ts";
import type { Routebook, Source } from "../../pipeline/model/model.ts";

/** A chapter of a summary document and the source's section under the same heading. */
export interface ChapterSection {
  document: Source;
  chapter: DocumentChapter;
  /** The chapter's Markdown file, for problems. */
  file: string;
  /**
   * The source's text from its heading up to the next chapter's heading; undefined when the source lacks the section.
   */
  source: string | undefined;
}

/**
 * A line of a seed as a heading compares: OCR's replacement characters, bullets and runs of
 * white space (spaces, tabs, no-break spaces) removed, so "4. �De betrokken  partners" reads as written.
 */
export const headingForm = (text: string) =>
  text
    .replace(/[\uFFFD\u00AD]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Lines a wrapped heading may take in the seed. */
const MAX_HEADING_LINES = 3;

/**
 * Where the heading `title` starts in `lines`, at or after line `from`: a line (or up to three
 * non-blank lines, for a wrapped heading) that holds the title and nothing else. A table of
 * contents or an enumeration ("1. Stimuleren van aanwezigheid.", "• 5.1 Procesflow") has more on
 * its line, so it is passed by.
 */
function headingLine(lines: readonly string[], title: string, from: number): number | undefined {
  const wanted = headingForm(title);
  for (let start = from; start < lines.length; start++) {
    let joined = "";
    for (let at = start, taken = 0; at < lines.length && taken < MAX_HEADING_LINES; at++) {
      const line = headingForm(lines[at]);
      if (!line) {
        if (taken === 0) break;
        continue;
      }
      joined = joined ? `${joined} ${line}` : line;
      taken++;
      if (joined === wanted) return start;
      if (!wanted.startsWith(joined)) break;
    }
  }
  return undefined;
}

/**
 * Every chapter of the routebook's summary documents (`summary: true`) with its source section
 * in `seed`, in the documents' order. The chapters are found in order, each after the one before;
 * a section runs to the next found heading. A chapter whose heading the seed lacks (an annex the
 * site says is missing) gets `source: undefined`.
 */
export function chapterSections(routebook: Pick<Routebook, "documents">, seed: string): ChapterSection[] {
  const lines = seed.split("\n");
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  const found: { entry: Omit<ChapterSection, "source">; line: number | undefined }[] = [];
  let from = 0;
  for (const document of routebook.documents) {
    if (!document.summary || !document.text) continue;
    for (const chapter of document.text.chapters) {
      const line = headingLine(lines, chapter.title, from);
      if (line !== undefined) from = line + 1;
      found.push({ entry: { document, chapter, file: chapter.file }, line });
    }
  }
  const starts = found.flatMap(({ line }) => (line === undefined ? [] : [line]));
  return found.map(({ entry, line }) => {
    if (line === undefined) return { ...entry, source: undefined };
    const next = starts.find((start) => start > line);
    return { ...entry, source: seed.slice(offsets[line], next === undefined ? seed.length : offsets[next]).trimEnd() };
  });
}
