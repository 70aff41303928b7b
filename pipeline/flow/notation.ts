/**
 * The wording of phases and references, as routebooks and our flow format
 * share it. The Markdown reader and the tool importer both read it here.
 */

const PHASE = /^(?:fase\s+)?(\d+[a-z]?)\s*(?:[·,;-]\s*looptijd\s+(.+?))?\.?$/i;

/** "Fase 3a, looptijd 2-10weken." or "3a · looptijd 2-10 weken" → { name: "3a", duration: "2-10 weken" }. */
export function parsePhase(text: string): { name: string; duration?: string } | undefined {
  const match = PHASE.exec(text.trim());
  if (!match) return undefined;
  // Source PDFs often lose the space before the unit ("2-10weken").
  const duration = match[2]?.replace(/(\d)(weken|dagen|maanden)/, "$1 $2");
  return { name: match[1]!.toLowerCase(), ...(duration ? { duration } : {}) };
}

/** "Praktische handreiking, Hoofdstuk 5: Afwezige leerlingen" → document and chapter; without ", " the whole document. */
export function splitReference(text: string): { document: string; chapter?: string } {
  const comma = text.indexOf(", ");
  return comma < 0 ? { document: text.trim() } : { document: text.slice(0, comma).trim(), chapter: text.slice(comma + 2).trim() };
}
