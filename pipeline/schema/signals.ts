import { z } from "zod";
import { SlugSchema } from "./id.ts";

/**
 * What a coordinator can enter on the "Is dit zorgwekkend verzuim?" page. The
 * list is fixed here, so every routebook's thresholds speak of the same things;
 * the Dutch labels are the form's.
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
export const isContextMeasure = (measure: keyof typeof MEASURES): boolean => "context" in MEASURES[measure];

export type Measure = keyof typeof MEASURES;

const bound = z.number().nonnegative();

/** One threshold of a routebook: when a measure is in this range, the source names this signal and this action. */
export const SignalSchema = z
  .object({
    id: SlugSchema.describe("Stable id, unique in the file, e.g. `meer-dan-16-uur`."),
    measure: z.enum(Object.keys(MEASURES) as [Measure, ...Measure[]]).describe("What the threshold is about; one of the fixed measures."),
    above: bound.optional().describe('Applies when the value is more than this: the source says "meer dan N".'),
    atLeast: bound.optional().describe('Applies when the value is this or more: "vanaf N", "N of meer".'),
    atMost: bound.optional().describe('Applies when the value is this or less: "tot en met N".'),
    below: bound.optional().describe('Applies when the value is less than this: "minder dan N".'),
    signal: z.string().min(1).describe("The source's own words for the signal, e.g. \"Meer dan 16 uur in 4 weken\"."),
    action: z.string().min(1).describe("What to do, in the source's own words."),
    source: z.string().min(1).describe("Where the source says it: document alias and chapter, or the step."),
    link: z
      .string()
      // Written as in Markdown, `<bron:Document, Hoofdstuk 2>`, or bare.
      .transform((link) => link.replace(/^<(.*)>$/, "$1"))
      .pipe(z.string().regex(/^(stap:|bron:)/, { message: "a link is `stap:<step-id>` or `bron:<Document, Hoofdstuk N>`" }))
      .optional()
      .describe("A step or chapter of this routebook that explains it; checked by the build."),
    note: z.string().min(1).optional().describe("A remark of the editors, shown as such: e.g. where the source's bands overlap or contradict each other."),
  })
  .strict()
  .refine((signal) => !(signal.above !== undefined && signal.atLeast !== undefined), { message: "give one lower bound: `above` or `atLeast`", path: ["atLeast"] })
  .refine((signal) => !(signal.atMost !== undefined && signal.below !== undefined), { message: "give one upper bound: `atMost` or `below`", path: ["below"] })
  .refine((signal) => [signal.above, signal.atLeast, signal.atMost, signal.below].some((value) => value !== undefined), {
    message: "a threshold needs a bound: `above`, `atLeast`, `atMost` or `below`",
    path: ["measure"],
  });

/** `content/<id>/signalen.yml`: a routebook's verzuim thresholds, in the source's order. */
export const SignalsFileSchema = z.array(SignalSchema).describe("The routebook's verzuim thresholds as data.");

export type Signal = z.infer<typeof SignalSchema>;
