import { z } from "zod";
import { MEASURES, type Measure } from "../signals/measures.ts";
import { SlugSchema } from "./id.ts";

export { MEASURES, type Measure };

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
