/**
 * How Dutch routebooks number their parts: chapters, annexes and parts
 * ("Hoofdstuk 3", "Bijlage 1", "Deel 2"), and sections ("fase 2.2", "fase 3a",
 * "3.1", "Stap 2"). Heading levels, reference resolution and title comparison
 * all read numbering through these, so a kind added here is known everywhere.
 */
import { PHASE_WORD } from "./phase.ts";

/** The words that start a numbered chapter heading. */
export const CHAPTER_KINDS = ["hoofdstuk", "bijlage", "deel"] as const;

/** The word of a numbered step in a routebook's text ("Stap 2"). */
export const STEP_WORD = "stap";

const CHAPTER = new RegExp(String.raw`^(${CHAPTER_KINDS.join("|")})\s+(\d+)`, "i");
const SECTION_KEYS = String.raw`${PHASE_WORD}\s+\d+[a-z]?(?:\.\d+)*|\d+\.\d+(?:\.\d+)*|${STEP_WORD}\s+\d+`;
const SECTION = new RegExp(String.raw`\b(${SECTION_KEYS})\b`, "i");
/** Numbering with the punctuation that ties it to a title: "Deel 2:", "fase 2.2,". */
const LEADING_CHAPTER = new RegExp(String.raw`${CHAPTER.source}\s*[:,.]?`, "i");
// No boundary after the key: PDFs lose spaces ("fase 2.2Registreren"), and the title words must survive that.
const ANY_SECTION = new RegExp(String.raw`\b(?:${SECTION_KEYS})\s*[:,.]?`, "gi");

/** "Hoofdstuk 3: Verzuim" → "hoofdstuk 3": the kind and the number, which must both match. */
export function chapterNumber(title: string): string | undefined {
  const match = CHAPTER.exec(title);
  return match ? `${match[1]!.toLowerCase()} ${match[2]}` : undefined;
}

/** The first section key in a text, lower case: "Hoofdstuk 3, fase 2.2 Registreren" → "fase 2.2". */
export function sectionKey(text: string): string | undefined {
  return SECTION.exec(text.replace(CHAPTER, ""))?.[1]?.toLowerCase().replace(/\s+/g, " ");
}

/** Whether a heading starts with a section key ("fase 2.2 Registreren", "3.1 Taken"). */
export const startsWithSectionKey = (title: string) => SECTION.exec(title)?.index === 0;

/**
 * The text with its numbering left out, for comparing titles by their words:
 * "Deel 2: fase 3a Verzuim stopt" → " Verzuim stopt". A renumbered heading
 * keeps its words; a renamed one does not.
 */
export const withoutNumbering = (text: string) => text.replace(LEADING_CHAPTER, "").replace(ANY_SECTION, " ");
