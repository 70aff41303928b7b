import { z } from "zod";
import { SlugSchema } from "./id.ts";
import { RichTextSchema } from "./rich.ts";
import { StepSchema } from "./step.ts";

/** The frontmatter of a `flow.md`. */
export const FlowMetaSchema = z
  .object({
    title: z.string().min(1).describe('Name of the tool, e.g. "Digitale tool Verzuim & Thuiszitters PO".'),
    start: SlugSchema.optional().describe("Id of the first step; defaults to the first step in the file."),
  })
  .strict();

/** A decision flow: its steps in file order and where it starts. */
export const FlowSchema = z.object({
  title: z.string().min(1),
  /** Id of the first step; its format was checked as frontmatter or as a step id, its existence by the graph checks. */
  start: z.string(),
  /** Introductory text above the first step. */
  intro: RichTextSchema,
  steps: z.array(StepSchema).min(1, { message: "a flow needs at least one step: `## Title {#id}`" }),
});

export type FlowMeta = z.infer<typeof FlowMetaSchema>;
export type Flow = z.infer<typeof FlowSchema>;
