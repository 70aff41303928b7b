import type { Chapter, ExtractedDocument } from "../pdf/document.ts";

/** Where a "lees verder" reference leads: a chapter page, maybe a section on it, and the PDF page. */
export interface ReferenceTarget {
  chapter: string;
  chapterTitle: string;
  /** Section anchor on the chapter page; absent when the reference names the whole chapter. */
  anchor?: string;
  sectionTitle?: string;
  /** 1-based page in the PDF. */
  page: number;
}

export type Resolution = { target: ReferenceTarget } | { problem: string; suggestions: string[] };

const CHAPTER_NUMBER = /^(hoofdstuk|bijlage)\s+(\d+)/i;
const SECTION_KEY = /\b(fase\s+\d+[a-z]?(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)/i;
/** Below this word overlap a title counts as different (renamed). */
const SAME_TITLE = 0.5;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/^(hoofdstuk|bijlage)\s+\d+\s*[:,.]?/, "")
    .replace(/\bfase\s+\d+[a-z]?(\.\d+)*\s*[:,.]?/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);

/** Dice overlap of the words of two titles, numbering left out: 1 is the same words. */
export function titleSimilarity(a: string, b: string): number {
  const left = new Set(words(a));
  const right = new Set(words(b));
  if (left.size === 0 || right.size === 0) return 0;
  const shared = [...left].filter((word) => right.has(word)).length;
  return (2 * shared) / (left.size + right.size);
}

const sameKey = (title: string, key: string) => {
  const normalised = title.toLowerCase().replace(/\s+/g, " ");
  const index = normalised.indexOf(key);
  return index >= 0 && !/[\w.]/.test(normalised.charAt(index + key.length) || " ") && !/\w/.test(normalised.charAt(index - 1) || " ");
};

/**
 * Resolves a chapter reference ("Hoofdstuk 3: fase 2.2 Registreren van
 * verzuim") against a document: by number first, and the title must still fit;
 * then by title similarity alone. Anything else is a problem with the closest
 * headings as suggestions.
 */
export function resolveReference(chapterText: string | undefined, document: ExtractedDocument): Resolution {
  const first = document.chapters[0];
  if (!chapterText) {
    return first
      ? { target: { chapter: first.slug, chapterTitle: first.title, page: 1 } }
      : { problem: "the document has no chapters", suggestions: [] };
  }
  const number = CHAPTER_NUMBER.exec(chapterText)?.[2];
  const sectionKey = SECTION_KEY.exec(chapterText.replace(CHAPTER_NUMBER, ""))?.[1]?.toLowerCase().replace(/\s+/g, " ");
  const restTitle = chapterText.replace(CHAPTER_NUMBER, "").replace(/^\s*[:,]\s*/, "");

  const byNumber = number ? document.chapters.find((chapter) => CHAPTER_NUMBER.exec(chapter.title)?.[2] === number) : undefined;
  if (byNumber) {
    const section = sectionKey ? byNumber.sections.find((candidate) => sameKey(candidate.title, sectionKey)) : undefined;
    const titled = section ?? (sectionKey ? undefined : byNumber);
    const fits = titled && (words(restTitle).length === 0 || titleSimilarity(restTitle, titled.title) >= SAME_TITLE || (section && sectionKey));
    if (titled && fits) return { target: targetOf(byNumber, section) };
  }
  return bySimilarity(chapterText, document);
}

function targetOf(chapter: Chapter, section?: Chapter["sections"][number]): ReferenceTarget {
  return {
    chapter: chapter.slug,
    chapterTitle: chapter.title,
    ...(section ? { anchor: section.anchor, sectionTitle: section.title } : {}),
    page: section?.page ?? chapter.page,
  };
}

function bySimilarity(text: string, document: ExtractedDocument): Resolution {
  const candidates = document.chapters.flatMap((chapter) => [
    { title: chapter.title, target: targetOf(chapter) },
    ...chapter.sections.map((section) => ({ title: `${chapter.title} › ${section.title}`, target: targetOf(chapter, section) })),
  ]);
  const scored = candidates
    .map((candidate) => ({ ...candidate, score: titleSimilarity(text, candidate.target.sectionTitle ?? candidate.title) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  const suggestions = scored.slice(0, 3).map((candidate) => candidate.title);
  if (!best || best.score < SAME_TITLE) return { problem: "no chapter or section of the document matches", suggestions };
  if (second && best.score - second.score < 0.1 && second.target.chapter !== best.target.chapter) {
    return { problem: "it matches more than one chapter", suggestions };
  }
  return { target: best.target };
}
