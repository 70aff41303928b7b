/**
 * How Dutch routebooks number their parts: chapters and annexes ("Hoofdstuk 3",
 * "Bijlage 1"), and sections ("fase 2.2", "fase 3a", "3.1", "Stap 2"). Heading
 * levels and reference resolution both read numbering through these.
 */

const CHAPTER = /^(hoofdstuk|bijlage|deel)\s+(\d+)/i;
const SECTION = /\b(fase\s+\d+[a-z]?(?:\.\d+)*|\d+\.\d+(?:\.\d+)*|stap\s+\d+)\b/i;

/** "Hoofdstuk 3: Verzuim" → "hoofdstuk 3": the kind and the number, which must both match. */
export function chapterNumber(title: string): string | undefined {
  const match = CHAPTER.exec(title);
  return match ? `${match[1]!.toLowerCase()} ${match[2]}` : undefined;
}

/** The text without its leading chapter number: "Hoofdstuk 3: fase 2.2 X" → ": fase 2.2 X". */
export const withoutChapterNumber = (text: string) => text.replace(CHAPTER, "");

/** The first section key in a text, lower case: "Hoofdstuk 3, fase 2.2 Registreren" → "fase 2.2". */
export function sectionKey(text: string): string | undefined {
  return SECTION.exec(withoutChapterNumber(text))?.[1]?.toLowerCase().replace(/\s+/g, " ");
}

/** Whether a heading starts with a section key ("fase 2.2 Registreren", "3.1 Taken"). */
export const startsWithSectionKey = (title: string) => SECTION.exec(title)?.index === 0;
