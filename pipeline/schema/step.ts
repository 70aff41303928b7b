import { z } from "zod";
import { SlugSchema } from "./id.ts";
import { PlaceSchema } from "./place.ts";
import { BlockSchema, FootnoteSchema, InlineSchema, WebAddressSchema } from "./rich.ts";

/** An answer to a step's question: a button that leads to another step. */
export const OptionSchema = z.object({
  /** Button text, e.g. "Ja" or "Er zijn zorgen over het ziekteverzuim van een leerling". */
  label: z.string().min(1, { message: "an option needs a label: `- [Ja](#next-step)`" }),
  /** Id of the step the option leads to. */
  to: SlugSchema,
  /** The label is ours: the source shows no such text on its button (written `[:redactie[Ja]](#next)`). */
  editorialLabel: z.boolean().optional(),
  /** The target is not read from the source but inferred, with the reason (written `:afgeleid[why]` after the link). */
  inferred: z.object({ reason: z.string().min(1) }).optional(),
  place: PlaceSchema,
});

/** A phase name as routebooks number phases: "1", "2", "3a", "3b". */
export const PHASE_NAME_PATTERN = /^\d+[a-z]?$/;

/** The phase of the route a step belongs to and how long that phase takes. */
export const PhaseSchema = z.object({
  /** Phase name as the routebook numbers it: "1", "2", "3a", "3b". */
  name: z.string().regex(PHASE_NAME_PATTERN, { message: "a phase is a number, maybe with a letter: 2, 3a" }),
  /** Duration as the routebook states it, e.g. "2 weken" or "2-10 weken". */
  duration: z.string().min(1).optional(),
  place: PlaceSchema,
});

/** Where a resolved reference leads: a chapter page, maybe a section on it, and for a PDF the page. */
export const ReferenceTargetSchema = z.object({
  /** URL segment of the chapter page. */
  chapter: z.string(),
  chapterTitle: z.string(),
  /** Section anchor on the chapter page; absent when the reference names the whole chapter. */
  anchor: z.string().optional(),
  sectionTitle: z.string().optional(),
  /** PDF page; absent for a document written as text. */
  page: z.number().int().positive().optional(),
});

/** A "lees verder" pointer into a source document of the routebook. */
export const ReferenceSchema = z.object({
  /** Alias of a source document in `routeboek.md`, e.g. "Praktische handreiking". */
  document: z.string().min(1),
  /** Chapter or section as the flow names it, e.g. "Hoofdstuk 5: Afwezige leerlingen"; absent for the whole document. */
  chapter: z.string().min(1).optional(),
  place: PlaceSchema,
  /** Set by the pipeline once the reference is resolved against the document's text; absent when the content has no file of the document. */
  target: ReferenceTargetSchema.optional(),
});

/** An external link shown on a step: a document or web page. */
export const LinkSchema = z.object({
  /** Link text. */
  label: z.string().min(1),
  /** An absolute http(s) or mailto URL. */
  url: WebAddressSchema,
  place: PlaceSchema,
});

/**
 * The content of a step in the order the source shows it: rich text blocks,
 * and where the actions, the options and the end note stand among them.
 */
export const StepBlockSchema = z.union([
  BlockSchema,
  z.object({
    type: z.literal("actions"),
    /** Numbered in the source (`1.`) or not. */
    ordered: z.boolean(),
    /** Each action's content: usually one paragraph. */
    items: z.array(z.array(BlockSchema)).min(1),
  }),
  z.object({ type: z.literal("options") }),
  z.object({ type: z.literal("end"), children: z.array(InlineSchema) }),
]);

/** One page of the tool: a question with options, or an end of the route. */
export const StepSchema = z.object({
  /** Stable id from `{#id}` in the heading; the step's URL is `/<routebook>/stap/<id>/`. */
  id: SlugSchema,
  /** The question or title, e.g. "Is er sprake van een schoolinschrijving?". */
  title: z.string().min(1),
  /** The title is ours: the source page has none (written `## :redactie[Title] {#id}`). */
  editorialTitle: z.boolean(),
  /** Everything shown under the title, in source order: text, actions, the options' place and the end note. */
  body: z.array(StepBlockSchema),
  /** Footnotes called in the body. */
  footnotes: z.array(FootnoteSchema),
  /** Phase and duration, when the step belongs to one. */
  phase: PhaseSchema.optional(),
  /** What to do at this step, in order, as plain text (the body holds them as rich text). */
  actions: z.array(z.string().min(1)),
  /** Where to read more in the routebook's documents. */
  references: z.array(ReferenceSchema),
  /** External links of this step. */
  links: z.array(LinkSchema),
  /** The answers; empty on an end step. */
  options: z.array(OptionSchema),
  /** Whether the route ends here. */
  end: z.boolean(),
  /** Closing text of an end step as plain text, e.g. "Je bent nu klaar met het stappenplan." */
  endText: z.string().min(1).optional(),
  place: PlaceSchema,
});

export type Option = z.infer<typeof OptionSchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type ReferenceTarget = z.infer<typeof ReferenceTargetSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type StepBlock = z.infer<typeof StepBlockSchema>;
export type Step = z.infer<typeof StepSchema>;
