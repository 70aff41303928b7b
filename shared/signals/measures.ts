/**
 * What a coordinator can enter on the "Is dit zorgwekkend verzuim?" page. The
 * list is fixed here, so every routebook's thresholds speak of the same things.
 * The Dutch labels and limits are the editors' words, never a source's: the page
 * marks them so. Kept apart from the zod schema: the page's signal check imports
 * it, and zod brings code (it tries `new Function`) that the pages'
 * Content-Security-Policy refuses.
 *
 * `whole`: the measure counts whole things (keer, ziekmeldingen, schooldagen), so
 * 7,5 is refused instead of falling between two bands. `min`/`max`: the values a
 * pupil can have at all; `limit` says why, in Dutch, for the message beside a
 * value outside them.
 */
export const MEASURES = {
  "ongeoorloofd-uren-4-weken": {
    label: "Uren ongeoorloofd verzuim in de laatste 4 weken",
    unit: "uur",
    max: 160,
    limit: "4 schoolweken hebben hoogstens 160 uur (5 dagen van 8 uur)",
  },
  "ziekmeldingen-12-weken": {
    label: "Ziekmeldingen in de laatste 12 schoolweken",
    unit: "keer",
    whole: true,
    max: 60,
    limit: "12 schoolweken hebben 60 schooldagen",
  },
  "ziekmeldingen-kort-2-maanden": {
    label: "Ziekmeldingen van één of twee dagen in de laatste 2 maanden",
    unit: "keer",
    whole: true,
    max: 45,
    limit: "2 maanden hebben hoogstens 45 schooldagen",
  },
  "ziektedagen-afgelopen-maand": {
    label: "Dagen ziek gemeld in de afgelopen maand, ook verspreid",
    unit: "dagen",
    whole: true,
    max: 23,
    limit: "een maand heeft hoogstens 23 schooldagen",
  },
  "ziektedagen-aaneengesloten": {
    label: "Schooldagen aaneengesloten ziek",
    unit: "dagen",
    whole: true,
    max: 400,
    limit: "twee schooljaren hebben samen ongeveer 380 schooldagen",
  },
  "te-laat-keer": {
    label: "Keer te laat gekomen",
    unit: "keer",
    whole: true,
    max: 1000,
    limit: "een schooljaar heeft ongeveer 1000 lesuren",
  },
  "spijbelen-uren": {
    label: "Uren of lesuren gespijbeld",
    unit: "uur",
    whole: true,
    max: 1000,
    limit: "een schooljaar heeft ongeveer 1000 lesuren",
  },
  "spijbelen-dagdelen": {
    label: "Dagdelen gespijbeld",
    unit: "dagdelen",
    whole: true,
    max: 400,
    limit: "twee schooljaren hebben samen ongeveer 380 schooldagen",
  },
  "spijbelen-dagen": {
    label: "Dagen gespijbeld",
    unit: "dagen",
    max: 200,
    limit: "een schooljaar heeft ongeveer 190 schooldagen",
  },
  "vakantie-zonder-verlof-dagen": {
    label: "Dagen vakantie buiten de schoolvakanties, zonder verlof van de directeur",
    unit: "dagen",
    max: 200,
    limit: "een schooljaar heeft ongeveer 190 schooldagen",
  },
  // Not absence but a fact about the pupil: its thresholds say how to act on a signal, never make one on their own.
  leeftijd: {
    label: "Leeftijd van de leerling",
    unit: "jaar",
    min: 4,
    max: 25,
    limit: "een leerling is 4 tot en met 25 jaar",
    context: true,
  },
} as const satisfies Record<string, MeasureInfo>;

export interface MeasureInfo {
  label: string;
  unit: string;
  whole?: true;
  min?: number;
  max: number;
  limit: string;
  context?: true;
}

export type Measure = keyof typeof MEASURES;

export const measureInfo = (measure: Measure): MeasureInfo => MEASURES[measure];

/** Whether a measure only says how to act on a signal (the pupil's age), rather than being absence itself. */
export const isContextMeasure = (measure: Measure): boolean => measureInfo(measure).context === true;
