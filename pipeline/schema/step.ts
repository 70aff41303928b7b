import { z } from "zod";
import { SlugSchema } from "./id.ts";
import { PlaceSchema } from "./place.ts";

/** An answer to a step's question: a button that leads to another step. */
export const OptionSchema = z.object({
  /** Button text, e.g. "Ja" or "Er zijn zorgen over het ziekteverzuim van een leerling". */
  label: z.string().min(1, { message: "an option needs a label: `- [Ja](#next-step)`" }),
  /** Id of the step the option leads to. */
  to: SlugSchema,
  place: PlaceSchema,
});

/** The phase of the route a step belongs to and how long that phase takes. */
export const PhaseSchema = z.object({
  /** Phase name as the routebook numbers it: "1", "2", "3a", "3b". */
  name: z.string().regex(/^\d+[a-z]?$/, { message: "a phase is a number, maybe with a letter: 2, 3a" }),
  /** Duration as the routebook states it, e.g. "2 weken" or "2-10 weken". */
  duration: z.string().min(1).optional(),
  place: PlaceSchema,
});

/** A "lees verder" pointer into a source document of the routebook. */
export const ReferenceSchema = z.object({
  /** Alias of a source document in `routeboek.md`, e.g. "Praktische handreiking". */
  document: z.string().min(1),
  /** Chapter or section as the flow names it, e.g. "Hoofdstuk 5: Afwezige leerlingen"; absent for the whole document. */
  chapter: z.string().min(1).optional(),
  place: PlaceSchema,
  /** Set by the pipeline once the reference is resolved against the document's PDF. */
  target: z
    .object({
      chapter: z.string(),
      chapterTitle: z.string(),
      anchor: z.string().optional(),
      sectionTitle: z.string().optional(),
      page: z.number().int().positive(),
    })
    .optional(),
});

const WEB_OR_MAIL = /^(https?:\/\/[^\s/]+\.[^\s]+|mailto:[^\s@]+@[^\s@]+)$/;

/** An external link shown on a step: a document or web page. */
export const LinkSchema = z.object({
  /** Link text. */
  label: z.string().min(1),
  /** An absolute http(s) or mailto URL. */
  url: z.string().regex(WEB_OR_MAIL, {
    message: "a link must be an absolute http(s):// or mailto: URL",
  }),
  place: PlaceSchema,
});

/** Body content of a step: a paragraph, or a bulleted list. */
export const BlockSchema = z.union([
  z.object({ paragraph: z.string().min(1) }),
  z.object({ list: z.array(z.string().min(1)).min(1) }),
]);

/** One page of the tool: a question with options, or an end of the route. */
export const StepSchema = z.object({
  /** Stable id from `{#id}` in the heading; the step's URL is `/<routebook>/stap/<id>/`. */
  id: SlugSchema,
  /** The question or title, e.g. "Is er sprake van een schoolinschrijving?". */
  title: z.string().min(1),
  /** Explanatory text shown under the title. */
  body: z.array(BlockSchema),
  /** Phase and duration, when the step belongs to one. */
  phase: PhaseSchema.optional(),
  /** What to do at this step, in order. */
  actions: z.array(z.string().min(1)),
  /** Where to read more in the routebook's documents. */
  references: z.array(ReferenceSchema),
  /** External links of this step. */
  links: z.array(LinkSchema),
  /** The answers; empty on an end step. */
  options: z.array(OptionSchema),
  /** Whether the route ends here. */
  end: z.boolean(),
  /** Closing text of an end step, e.g. "Je bent nu klaar met het stappenplan." */
  endText: z.string().min(1).optional(),
  place: PlaceSchema,
});

export type Option = z.infer<typeof OptionSchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Step = z.infer<typeof StepSchema>;
