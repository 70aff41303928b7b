/**
 * The wording of a "lees verder" reference: "Praktische handreiking, Hoofdstuk
 * 5: Afwezige leerlingen" names a document, then after the first ", " a
 * chapter. The Markdown reader, `bron:` links, the tool importer and the
 * Markdown writer split and join it here.
 */

export interface ReferenceWords {
  document: string;
  chapter?: string;
}

const SEPARATOR = ", ";

/** "Praktische handreiking, Hoofdstuk 5: Afwezige leerlingen" → document and chapter; without ", " the whole document. */
export function splitReference(text: string): ReferenceWords {
  const at = text.indexOf(SEPARATOR);
  return at < 0 ? { document: text.trim() } : { document: text.slice(0, at).trim(), chapter: text.slice(at + SEPARATOR.length).trim() };
}

/** The reverse of `splitReference`. */
export const joinReference = (reference: ReferenceWords) =>
  reference.chapter ? `${reference.document}${SEPARATOR}${reference.chapter}` : reference.document;
