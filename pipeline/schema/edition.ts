/**
 * An edition: what a routebook said at one build, as open data and as the base
 * of "Wat is er veranderd". It keeps what a coordinator acts on (steps, answers
 * and where they lead, actions, phases, references, links, thresholds, glossary,
 * chapters) and leaves out how it is laid out (rich text, places in files), so
 * two editions differ only where the guidance differs.
 *
 * Every text is the source's words unless a flag says it is the editors'
 * (`editorialTitle`, `editorialLabel`, `inferred`, `editorialFields`): other
 * systems that reuse an edition can keep the two apart, as the site does.
 */
import { z } from "zod";
import { GlossaryEntrySchema } from "../../shared/schema/glossary.ts";
import { MEASURES, type Measure } from "../../shared/signals/measures.ts";
import { SlugSchema } from "./id.ts";

/** Raised when the shape changes in a way an older reader cannot follow; readers refuse other formats. */
export const EDITION_FORMAT = 1;

/** 16 hex characters of a SHA-256: what the edition says, not when it was built. */
export const EDITION_HASH = /^[0-9a-f]{16}$/;

const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "a day is YYYY-MM-DD" });

export const EditionOptionSchema = z
  .object({
    label: z.string().min(1),
    to: SlugSchema,
    editorialLabel: z.literal(true).optional(),
    /** The editors inferred the target, with their reason. */
    inferred: z.string().min(1).optional(),
  })
  .strict();

export const EditionReferenceSchema = z
  .object({
    document: z.string().min(1),
    chapter: z.string().min(1).optional(),
    /** The chapter page it resolved to, when the document's text is on the site. */
    target: z
      .object({
        chapter: z.string(),
        chapterTitle: z.string(),
        section: z.string().optional(),
        page: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const EditionStepSchema = z
  .object({
    id: SlugSchema,
    title: z.string().min(1),
    editorialTitle: z.literal(true).optional(),
    end: z.boolean(),
    endText: z.string().min(1).optional(),
    phase: z.object({ name: z.string(), duration: z.string().optional() }).strict().optional(),
    actions: z.array(z.string()),
    options: z.array(EditionOptionSchema),
    references: z.array(EditionReferenceSchema),
    links: z.array(z.object({ label: z.string(), url: z.string() }).strict()),
  })
  .strict();

export const EditionThresholdSchema = z
  .object({
    id: SlugSchema,
    measure: z.enum(Object.keys(MEASURES) as [Measure, ...Measure[]]),
    above: z.number().optional(),
    atLeast: z.number().optional(),
    atMost: z.number().optional(),
    below: z.number().optional(),
    signal: z.string(),
    action: z.string(),
    source: z.string(),
  })
  .strict();

export const EditionDocumentSchema = z
  .object({
    alias: z.string(),
    title: z.string(),
    editorialTitle: z.literal(true).optional(),
    url: z.string().optional(),
    version: z.string().optional(),
    date: z.string().optional(),
    /** Absent when the content holds no text of the document. */
    chapters: z.array(z.object({ slug: z.string(), title: z.string() }).strict()).optional(),
  })
  .strict();

export const EditionSchema = z
  .object({
    format: z.literal(EDITION_FORMAT),
    routebook: SlugSchema,
    title: z.string(),
    organisation: z.string(),
    /** The version and date the routebook gives itself, when it does. */
    version: z.string().optional(),
    date: z.string().optional(),
    /** Fields of the routebook's own description that the editors wrote (title, organisation, region, edition). */
    editorialFields: z.array(z.string()).optional(),
    hash: z.string().regex(EDITION_HASH),
    /** The first day a build published this edition. */
    recorded: DaySchema,
    /** The route address's `editie` for this edition (shared/route/history.ts): what decides what a route means. */
    routeEdition: z.string().regex(/^[0-9a-f]{8}$/),
    start: SlugSchema,
    steps: z.array(EditionStepSchema),
    thresholds: z.array(EditionThresholdSchema),
    glossary: z.array(GlossaryEntrySchema.omit({ alsoSearch: true })),
    documents: z.array(EditionDocumentSchema),
  })
  .strict();

export type Edition = z.infer<typeof EditionSchema>;
export type EditionStep = z.infer<typeof EditionStepSchema>;
export type EditionOption = z.infer<typeof EditionOptionSchema>;
export type EditionReference = z.infer<typeof EditionReferenceSchema>;
export type EditionThreshold = z.infer<typeof EditionThresholdSchema>;
export type EditionDocument = z.infer<typeof EditionDocumentSchema>;
