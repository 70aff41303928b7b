import { z } from "zod";
import { plainTextSchema } from "./plain-text.ts";
import { SlugSchema } from "./id.ts";
import { RichTextSchema } from "./rich.ts";
import { PhaseDescriptionMetaSchema, PhaseDescriptionSchema } from "./phase-description.ts";
import { StepSchema } from "./step.ts";
import { LeftOutSchema, leftOutField } from "./left-out.ts";

/** A change to the source's words made on purpose, such as an OCR fix; listed on the Verantwoording page. */
export const CorrectionSchema = z
  .object({
    step: SlugSchema.optional().describe("Id of the step that holds the corrected text."),
    source: z.string().min(1).describe("The text exactly as the source has it."),
    corrected: z.string().min(1).describe("The text as the flow has it."),
    reason: z.string().min(1).optional().describe('Why, e.g. "OCR read ë as €".'),
    kind: z
      .enum(["ocr", "normalisatie"])
      .default("ocr")
      .describe(
        "A reading fix of OCR size (\"ocr\", the default), or the editors' normalisation of the source's words " +
          '("normalisatie"), listed apart on the Verantwoording page. See docs/content-format.md for the bound on each.',
      ),
    dropped: z
      .array(z.string().min(1))
      .optional()
      .describe(
        "Pieces of the source the correction removes, as the source has them: what OCR made of a logo or icon " +
          '(["AT", "Rl"]), or a label read into a text that the step shows elsewhere. Lone letters and marks ' +
          'such as "/\\\\" need no listing.',
      ),
  })
  .strict();

/** The frontmatter of a `flow.md`. */
export const FlowMetaSchema = z
  .object({
    title: plainTextSchema().describe('Name of the tool, e.g. "Digitale tool Verzuim & Thuiszitters PO".'),
    start: SlugSchema.optional().describe("Id of the first step; defaults to the first step in the file."),
    source: plainTextSchema()
      .optional()
      .describe('What the flow was transcribed from, in a sentence, e.g. "de tekst van de klikbare pdf-tool, versie 1.0".'),
    corrections: z.array(CorrectionSchema).default([]).describe("Every deliberate change to the source's words, e.g. OCR fixes."),
    leftOut: leftOutField("the flow"),
    checks: z
      .array(plainTextSchema())
      .default([])
      .describe("What a maintainer should still check against the real source, one sentence each."),
    phases: z
      .array(PhaseDescriptionMetaSchema)
      .default([])
      .describe(
        "The phases the steps name, in the order the route passes them: name, title, explanation and where the routebook explains each.",
      ),
  })
  .strict();

/** A decision flow: its steps in file order and where it starts. */
export const FlowSchema = z.object({
  title: z.string().min(1),
  /** Id of the first step; its format was checked as frontmatter or as a step id, its existence by the graph checks. */
  start: z.string(),
  /** Introductory text above the first step. */
  intro: RichTextSchema,
  /** What the flow was transcribed from. */
  source: z.string().optional(),
  corrections: z.array(CorrectionSchema),
  /** Source words no step holds, on purpose. */
  leftOut: z.array(LeftOutSchema),
  checks: z.array(z.string()),
  /** The phases described in the frontmatter, in route order; empty when the flow describes none. */
  phases: z.array(PhaseDescriptionSchema),
  steps: z.array(StepSchema).min(1, { message: "a flow needs at least one step: `## Title {#id}`" }),
});

export type FlowMeta = z.infer<typeof FlowMetaSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type Flow = z.infer<typeof FlowSchema>;
