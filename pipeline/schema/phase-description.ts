import { z } from "zod";
import { plainTextSchema } from "./plain-text.ts";
import { PlaceSchema } from "./place.ts";
import { PHASE_NAME_PATTERN, ReferenceSchema } from "./step.ts";

/**
 * The fields of a phase that can be ours rather than a source's words. `name`
 * is the phase's number: ours where the source numbers steps, not phases.
 */
export const EDITORIAL_FIELDS = ["name", "title", "explanation", "reference", "startsWith"] as const;

/**
 * A phase as the flow's frontmatter describes it, under `phases:`. Steps name
 * their phase (`**Fase:** 3a · looptijd 2-10 weken`); this says what the phase
 * is called, what it means and where the routebook explains it.
 */
export const PhaseDescriptionMetaSchema = z
  .object({
    // YAML reads an unquoted 2 as a number; it names phase "2" all the same.
    name: z
      .union([z.string(), z.int().nonnegative()])
      .transform(String)
      .pipe(z.string().regex(PHASE_NAME_PATTERN, { message: "a phase is a number, maybe with a letter: 2, 3a" }))
      .describe('The phase as steps name it after `**Fase:**`, e.g. "2" or "3a".'),
    title: plainTextSchema({ ours: "`editorial: [title]`" })
      .optional()
      .describe(
        "The phase's name in words, e.g. \"Verzuim stopt\": the source's words where it has them. Leave it out when no source names the phase.",
      ),
    editorial: z
      .union([z.boolean(), z.array(z.enum(EDITORIAL_FIELDS)).min(1)], {
        error: "editorial is true, false, or a list of what is ours: any of [name, title, explanation, reference, startsWith]",
      })
      .default(false)
      .describe(
        "true when the title, the explanation and the reference are ours, not a source's: the site then marks them as redactie. When only some are ours, name them: `[explanation]` (a source's title with our explanation), `[title]`, `[reference]` (the source does not tie this chapter to the phase). The phase's number is never covered by true: list `name` when the number is ours (the source numbers steps, not phases), e.g. `[name, title, explanation, reference]`; the site then marks \"Fase 2\" as redactie.",
      ),
    explanation: plainTextSchema({ ours: "`editorial: [explanation]`" })
      .optional()
      .describe("What happens in this phase, in a sentence or two. Ours unless a source words it (then `editorial: false`)."),
    startsWith: plainTextSchema({ ours: "`editorial: [startsWith]`" })
      .optional()
      .describe(
        'With what event the phase begins, e.g. "de eerste ziektedag": the source\'s words, or ours when `editorial` covers `startsWith`. The phase timeline counts from this event. Leave it out when no one knows: the site then says it does not state the event.',
      ),
    reference: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Where the routebook explains the phase, written and resolved like a "Lees verder" reference: "<document alias>, <chapter>", e.g. "Routeboek Verzuim & Thuiszitters, Hoofdstuk 3: fase 3a: Verzuim stopt".',
      ),
  })
  .strict();

/** A described phase in the flow, with its reference read (and resolved once the document's text is known). */
export const PhaseDescriptionSchema = z.object({
  name: z.string().regex(PHASE_NAME_PATTERN),
  title: z.string().min(1).optional(),
  /** Some of the phase's words (number, title or explanation) are ours; see also `editorialReference`. */
  editorial: z.boolean(),
  /** The number is ours: the source numbers steps, not phases, so "Fase 2" is the editors'. */
  editorialName: z.boolean(),
  /** The title is ours: no source names the phase so. */
  editorialTitle: z.boolean(),
  /** The explanation is ours. */
  editorialExplanation: z.boolean(),
  /** The reference is ours: the source does not point from this phase to that chapter. */
  editorialReference: z.boolean(),
  explanation: z.string().min(1).optional(),
  /** With what event the phase begins. */
  startsWith: z.string().min(1).optional(),
  /** `startsWith` is ours, not the source's words. */
  editorialStartsWith: z.boolean(),
  /** Where the routebook explains the phase; `target` is set when it resolves against the document's text. */
  reference: ReferenceSchema.optional(),
  /** Where the phase's entry stands in the frontmatter. */
  place: PlaceSchema,
});

export type PhaseDescriptionMeta = z.infer<typeof PhaseDescriptionMetaSchema>;
export type EditorialField = (typeof EDITORIAL_FIELDS)[number];
export type PhaseDescription = z.infer<typeof PhaseDescriptionSchema>;
