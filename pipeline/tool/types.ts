import { z } from "zod";
import type { PositionedText } from "../pdf/lines.ts";
import { FlowSchema } from "../schema/flow.ts";
import { LinkSchema, OptionSchema, PhaseSchema, ReferenceSchema, StepSchema } from "../schema/step.ts";

/** A clickable area of a tool page, as read from a link annotation or a push button. */
export interface ToolLink {
  /** Rectangle in PDF space: [left, bottom, right, top], origin bottom-left. */
  rect: number[];
  /** The text under the link as pdf.js reports it (`overlaidText`) or a button caption. */
  label?: string;
  /** 1-based page a GoTo destination leads to. */
  targetPage?: number;
  /** A named navigation action: "PrevPage", "NextPage", … */
  action?: string;
  /** An external URL. */
  url?: string;
}

/** What the importer needs of one page of a clickable tool. */
export interface ToolPage {
  page: number;
  /** The visible box in PDF space: [left, bottom, right, top]. */
  view: number[];
  items: PositionedText[];
  links: ToolLink[];
}

/** Something the maintainer should look at after an import, with its page. */
export interface ImportNote {
  page: number;
  message: string;
}

/**
 * A step as imported: the Flow JSON of the CLI contract. Its parts are the
 * flow's own schemas without their Markdown places, so the two cannot drift;
 * the body is plain text, as a PDF page gives it.
 */
export const ImportedStepSchema = StepSchema.pick({ id: true, title: true, end: true, endText: true, actions: true }).extend({
  /** The tool page the step was read from. */
  page: z.number().int().positive(),
  phase: PhaseSchema.omit({ place: true }).optional(),
  body: z.array(z.union([z.object({ paragraph: z.string() }), z.object({ list: z.array(z.string()) })])),
  options: z.array(OptionSchema.pick({ label: true, to: true })),
  references: z.array(ReferenceSchema.pick({ document: true, chapter: true })),
  links: z.array(LinkSchema.pick({ label: true, url: true })),
});

export const ImportedFlowSchema = FlowSchema.pick({ title: true, start: true }).extend({ steps: z.array(ImportedStepSchema) });

export type ImportedStep = z.infer<typeof ImportedStepSchema>;
export type ImportedFlow = z.infer<typeof ImportedFlowSchema>;
