/**
 * What a coordinator can enter on the "Is dit zorgwekkend verzuim?" page. The
 * list is fixed here, so every routebook's thresholds speak of the same things;
 * the Dutch labels are the form's. Kept apart from the zod schema: the page's
 * signal check imports it, and zod brings code (it tries `new Function`) that
 * the pages' Content-Security-Policy refuses.
 */
export const MEASURES = {
  "ongeoorloofd-uren-4-weken": { label: "Uren ongeoorloofd verzuim in de laatste 4 weken", unit: "uur" },
  "ziekmeldingen-12-weken": { label: "Ziekmeldingen in de laatste 12 schoolweken", unit: "keer" },
  "ziektedagen-aaneengesloten": { label: "Schooldagen aaneengesloten ziek", unit: "dagen" },
  "te-laat-keer": { label: "Keer te laat gekomen", unit: "keer" },
  "spijbelen-uren": { label: "Lesuren gespijbeld", unit: "uur" },
  "spijbelen-dagdelen": { label: "Dagdelen gespijbeld", unit: "dagdelen" },
  "spijbelen-dagen": { label: "Dagen gespijbeld", unit: "dagen" },
  "verlof-buiten-vakanties-dagen": { label: "Dagen verlof buiten de schoolvakanties", unit: "dagen" },
  // Not absence but a fact about the pupil: its thresholds say how to act on a signal, so they never make one on their own.
  leeftijd: { label: "Leeftijd van de leerling", unit: "jaar", context: true },
} as const satisfies Record<string, { label: string; unit: string; context?: true }>;

/** Whether a measure only says how to act on a signal (the pupil's age), rather than being absence itself. */
export const isContextMeasure = (measure: Measure): boolean => "context" in MEASURES[measure];

export type Measure = keyof typeof MEASURES;
