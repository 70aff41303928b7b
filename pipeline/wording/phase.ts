/**
 * The wording of a phase ("Fase 3a, looptijd 2-10 weken"), as routebooks,
 * their tool PDFs and our flow format share it: the Markdown reader, the tool
 * importer and the Markdown writer all read and write it here.
 */

/** The word for a phase of the route, also the start of a section key ("fase 2.2"). */
export const PHASE_WORD = "fase";
const DURATION_WORD = "looptijd";
const DURATION_UNITS = ["weken", "dagen", "maanden"];

export interface PhaseWords {
  name: string;
  duration?: string;
}

const PHASE = new RegExp(String.raw`^(?:${PHASE_WORD}\s+)?(\d+[a-z]?)\s*(?:[·,;-]\s*${DURATION_WORD}\s+(.+?))?\.?$`, "i");
const UNIT_WITHOUT_SPACE = new RegExp(String.raw`(\d)(${DURATION_UNITS.join("|")})`);

/** "Fase 3a, looptijd 2-10weken." or "3a · looptijd 2-10 weken" → { name: "3a", duration: "2-10 weken" }. */
export function parsePhase(text: string): PhaseWords | undefined {
  const match = PHASE.exec(text.trim());
  if (!match) return undefined;
  // Source PDFs often lose the space before the unit ("2-10weken").
  const duration = match[2]?.replace(UNIT_WITHOUT_SPACE, "$1 $2");
  return { name: match[1]!.toLowerCase(), ...(duration ? { duration } : {}) };
}

/** The phase as our flow format writes it after `**Fase:**`: "2 · looptijd 2 weken"; `parsePhase` reads it back. */
export const formatPhase = (phase: PhaseWords) => `${phase.name}${phase.duration ? ` · ${DURATION_WORD} ${phase.duration}` : ""}`;
