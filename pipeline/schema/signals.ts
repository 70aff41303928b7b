import { z } from "zod";
import { MEASURES, type Measure } from "../../shared/signals/measures.ts";
import { SlugSchema } from "./id.ts";

export { MEASURES, type Measure };

const bound = z.number().nonnegative();

const MeasureSchema = z
  .enum(Object.keys(MEASURES) as [Measure, ...Measure[]])
  .describe("What the threshold is about; one of the fixed measures (shared/signals/measures.ts).");

const LinkSchema = z
  .string()
  // Written as in Markdown, `<bron:Document, Hoofdstuk 2>`, or bare.
  .transform((link) => link.replace(/^<(.*)>$/, "$1"))
  .pipe(z.string().regex(/^(stap:|bron:)/, { message: "a link is `stap:<step-id>` or `bron:<Document, Hoofdstuk N>`" }))
  .describe("A step or chapter of this routebook that explains it; checked by the build.");

/**
 * The bounds of a range. Each says whether the source includes the number:
 * `above`/`below` leave it out ("meer dan", "minder dan"), `atLeast`/`atMost`
 * take it in ("vanaf", "tot en met").
 */
const bounds = {
  above: bound.optional().describe('Applies when the value is more than this: the source says "meer dan N".'),
  atLeast: bound.optional().describe('Applies when the value is this or more: "vanaf N", "N of meer".'),
  atMost: bound.optional().describe('Applies when the value is this or less: "tot en met N".'),
  below: bound.optional().describe('Applies when the value is less than this: "minder dan N".'),
};

type Bounds = { above?: number; atLeast?: number; atMost?: number; below?: number };

/** The rules every range obeys, with a hint each: one bound per side, at least one, and not empty. */
function checkBounds(range: Bounds, context: z.RefinementCtx): void {
  const problem = (message: string, path: string, hint: string) =>
    context.addIssue({ code: "custom", message, path: [path], params: { hint } });
  if (range.above !== undefined && range.atLeast !== undefined) {
    problem("give one lower bound: `above` or `atLeast`", "atLeast", 'keep `above` for "meer dan", `atLeast` for "vanaf"');
  }
  if (range.atMost !== undefined && range.below !== undefined) {
    problem("give one upper bound: `atMost` or `below`", "below", 'keep `atMost` for "tot en met", `below` for "minder dan"');
  }
  const lower = range.above ?? range.atLeast;
  const upper = range.atMost ?? range.below;
  if (lower === undefined && upper === undefined) {
    problem("a range needs a bound: `above`, `atLeast`, `atMost` or `below`", "measure", "add the number the source names");
    return;
  }
  const closed = range.atLeast !== undefined && range.atMost !== undefined;
  if (lower !== undefined && upper !== undefined && (lower > upper || (lower === upper && !closed))) {
    const path = range.atMost !== undefined ? "atMost" : "below";
    problem(
      `the range is empty: its lower bound ${lower} is not below its upper bound ${upper}`,
      path,
      "swap the bounds, or check the numbers against the source",
    );
  }
}

/** The source's own words at a place in it: quoted, never rewritten. */
export const QuoteSchema = z
  .object({
    words: z.string().min(1).describe("The source's words, verbatim."),
    source: z.string().min(1).describe("Where the source says it: document alias and chapter."),
    link: LinkSchema.optional(),
  })
  .strict();

/** One threshold of a routebook: when a measure is in this range, the source names this signal and this action. */
export const SignalSchema = z
  .object({
    id: SlugSchema.describe("Stable id, unique in the file, e.g. `meer-dan-16-uur`."),
    measure: MeasureSchema,
    ...bounds,
    signal: z.string().min(1).describe('The source\'s own words for the signal, e.g. "Meer dan 16 uur in 4 weken".'),
    action: z.string().min(1).describe("What to do, in the source's own words."),
    source: z.string().min(1).describe("Where the source says it: document alias and chapter, or the step."),
    link: LinkSchema.optional(),
    note: z.string().min(1).optional().describe("A remark of the editors, shown as such: e.g. where the source's bands overlap."),
  })
  .strict()
  .superRefine(checkBounds);

/**
 * A range where the source gives no one answer: a gap between two of its bands
 * (it names "minder dan 16" and "meer dan 16", not 16 itself), or two places of
 * it that say different things. The page answers "De bron is hier niet
 * eenduidig" there, never "niet bereikt".
 */
export const UnclearSchema = z
  .object({
    id: SlugSchema.describe("Stable id, unique in the file among thresholds, gaps and contradictions."),
    measure: MeasureSchema,
    ...bounds,
    sides: z
      .array(z.union([SlugSchema, QuoteSchema]))
      .min(2)
      .describe("The source's words on both sides: a threshold's id in this file, or a quote with its place."),
    note: z.string().min(1).describe("The editors' note: what the source leaves open or says twice."),
    ask: z.string().min(1).describe('The editors\' advice on whom to ask, e.g. "Vraag het na bij de leerplichtambtenaar".'),
  })
  .strict()
  .superRefine(checkBounds);

/** How a value in one unit counts in another, as the editors read the source; without a factor, it does not. */
export const ConversionSchema = z
  .object({
    from: MeasureSchema,
    to: MeasureSchema,
    factor: z
      .number()
      .positive()
      .optional()
      .describe("One `from` is this many `to`: a dagdeel is 0.5 dag. Leave out when the source gives no rule."),
    note: z.string().min(1).describe("The editors' words: where the rule comes from, or that the source gives none."),
  })
  .strict()
  .refine((conversion) => conversion.from !== conversion.to, {
    message: "a conversion needs two different measures",
    path: ["to"],
    params: { hint: "name the measure the value is converted to" },
  });

/** A criterion of the source that no number can measure: a question shown with every answer. */
export const QuestionSchema = z
  .object({
    id: SlugSchema,
    question: z.string().min(1).describe('The editors\' question, e.g. "Heeft de leerling al een preventief gesprek gehad?"'),
    measures: z.array(MeasureSchema).min(1).optional().describe("Show it only when one of these was entered; always when left out."),
    says: z.array(QuoteSchema).min(1).describe("What the source says about it, verbatim, with its place."),
  })
  .strict();

/** `content/<id>/signalen.yml`: a routebook's verzuim thresholds and where the source leaves them open. */
export const SignalsFileSchema = z
  .object({
    signals: z.array(SignalSchema).describe("The thresholds, in the source's order."),
    gaps: z.array(UnclearSchema).default([]).describe("Ranges between two bands that the source does not name."),
    contradictions: z.array(UnclearSchema).default([]).describe("Ranges where two places in the source disagree."),
    conversions: z.array(ConversionSchema).default([]).describe("How a value in one unit counts in another, or that it does not."),
    questions: z.array(QuestionSchema).default([]).describe("Criteria no field can measure."),
  })
  .strict()
  .describe("The routebook's verzuim thresholds as data.");

export type Signal = z.infer<typeof SignalSchema>;
export type Unclear = z.infer<typeof UnclearSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Conversion = z.infer<typeof ConversionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type SignalsFile = z.infer<typeof SignalsFileSchema>;
