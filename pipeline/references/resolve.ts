import { chapterNumber, sectionKey, withoutNumbering } from "../wording/numbering.ts";
import type { DocumentChapter, DocumentSection } from "../documents/types.ts";
import type { ReferenceTarget } from "../schema/step.ts";
import { wordOverlap } from "../../shared/word-overlap.ts";

type Chapter = Pick<DocumentChapter, "title" | "slug" | "page"> & { sections: readonly DocumentSection[] };
/** What resolution needs of a document: its chapters with their sections, from a PDF or from Markdown. */
export interface ResolvableDocument {
  chapters: readonly Chapter[];
}

export type Resolution = { target: ReferenceTarget } | { problem: string; suggestions: string[] };

/** Below this word overlap a title counts as different (renamed). */
const SAME_TITLE = 0.5;

/** The title words of a heading or reference: numbering ("Deel 2", "fase 2.2", "3b") left out. */
const words = (text: string) =>
  withoutNumbering(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !/^\d+[a-z]?$/.test(word));

/** The overlap of the words of two titles, numbering left out: 1 is the same words. */
export const titleSimilarity = (a: string, b: string): number => wordOverlap(new Set(words(a)), new Set(words(b)));

const sameKey = (title: string, key: string) => {
  const normalised = title.toLowerCase().replace(/\s+/g, " ");
  const index = normalised.indexOf(key);
  return index >= 0 && !/[\w.]/.test(normalised.charAt(index + key.length) || " ") && !/\w/.test(normalised.charAt(index - 1) || " ");
};

/**
 * Resolves a chapter reference ("Hoofdstuk 3: fase 2.2 Registreren van
 * verzuim") against a document. With a number, the chapter with that number
 * (and the section with that key) must exist and its title must still fit the
 * reference: a renumbered or renamed chapter is a problem, with the headings
 * that now fit as suggestions. Without a number, the title alone decides.
 */
export function resolveReference(chapterText: string | undefined, document: ResolvableDocument): Resolution {
  const first = document.chapters[0];
  if (!chapterText) {
    return first
      ? { target: { chapter: first.slug, chapterTitle: first.title, ...(first.page !== undefined ? { page: 1 } : {}) } }
      : { problem: "the document has no chapters", suggestions: [] };
  }
  const number = chapterNumber(chapterText);
  const key = sectionKey(chapterText);
  const titleWords = words(chapterText).join(" ");
  const fits = (heading: string) => titleWords === "" || titleSimilarity(titleWords, heading) >= SAME_TITLE;

  if (!number) return bySimilarity(chapterText, document);
  const chapter = document.chapters.find((candidate) => chapterNumber(candidate.title) === number);
  const section = key ? chapter?.sections.find((candidate) => sameKey(candidate.title, key)) : undefined;
  if (chapter && !key && fits(chapter.title)) return { target: targetOf(chapter) };
  if (chapter && section && fits(section.title)) return { target: targetOf(chapter, section) };

  const why = !chapter
    ? `the document has no ${number}`
    : key && !section
      ? `${chapter.title.split(":")[0]} has no section "${key}"`
      : `the heading there is now "${(section ?? chapter).title}"`;
  return { problem: why, suggestions: suggestionsFor(chapterText, document, number) };
}

function targetOf(chapter: Chapter, section?: DocumentSection): ReferenceTarget {
  const page = section?.page ?? chapter.page;
  return {
    chapter: chapter.slug,
    chapterTitle: chapter.title,
    ...(section ? { anchor: section.anchor, sectionTitle: section.title } : {}),
    ...(page !== undefined ? { page } : {}),
  };
}

function candidatesOf(document: ResolvableDocument) {
  return document.chapters.flatMap((chapter) => [
    { title: chapter.title, target: targetOf(chapter) },
    ...chapter.sections.map((section) => ({ title: `${chapter.title} › ${section.title}`, target: targetOf(chapter, section) })),
  ]);
}

/** Headings that share words with the reference, best first; the chapter with the same number leads. */
function suggestionsFor(text: string, document: ResolvableDocument, number?: string): string[] {
  const scored = candidatesOf(document)
    .map((candidate) => ({ ...candidate, score: titleSimilarity(text, candidate.target.sectionTitle ?? candidate.title) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((candidate) => candidate.title);
  const sameNumber = document.chapters.find((chapter) => number && chapterNumber(chapter.title) === number)?.title;
  return [...new Set([...(sameNumber ? [sameNumber] : []), ...scored])].slice(0, 3);
}

function bySimilarity(text: string, document: ResolvableDocument): Resolution {
  const scored = candidatesOf(document)
    .map((candidate) => ({ ...candidate, score: titleSimilarity(text, candidate.target.sectionTitle ?? candidate.title) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  const suggestions = suggestionsFor(text, document);
  if (!best || best.score < SAME_TITLE) return { problem: "no chapter or section of the document matches", suggestions };
  if (second && best.score - second.score < 0.1 && second.target.chapter !== best.target.chapter) {
    return { problem: "it matches more than one chapter", suggestions };
  }
  return { target: best.target };
}
