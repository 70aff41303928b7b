import { blockTexts, type Routebook } from "../../pipeline/index.ts";

/**
 * A page's metadata (`<title>`, `<meta name="description">`) is a surface too:
 * search results and link previews show it without the page's "redactie"
 * tags, so words of the editors say so in the text itself.
 */

/** Where a metadata text names the routebook by a title of the editors' (its `editorialFields`), " (redactie)" follows it. */
export function markEditorialTitle(text: string, routebook: Pick<Routebook, "title" | "editorialFields"> | undefined): string {
  if (!routebook?.editorialFields.includes("title")) return text;
  return text.replaceAll(routebook.title, `${routebook.title} (redactie)`);
}

/** The first sentence of a text: up to a full stop, question or exclamation mark followed by a new sentence. */
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“‘(])/)[0]!;

/**
 * A routebook page's description: the first sentence of the routebook's own
 * description in the source's words (the editors' notices and words left out);
 * without any, the editors' purpose, saying whose it is.
 */
export function routebookDescription(routebook: Pick<Routebook, "description" | "purpose">): string | undefined {
  const source = blockTexts(routebook.description.blocks, "source")[0];
  if (source) return firstSentence(source);
  return routebook.purpose ? `${routebook.purpose} (toelichting van de redactie)` : undefined;
}
