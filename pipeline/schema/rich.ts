import { z } from "zod";
import { PAGE_NAMES } from "../urls/scheme.ts";

/**
 * Rich text of steps, chapters and introductions: a small, closed subset of
 * Markdown that the site can render faithfully. Everything a maintainer can
 * write is one of these nodes; anything else is a content problem.
 */

/** Where an internal link leads, once the pipeline has resolved it. */
export const LinkTargetSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("step"),
    /** Id of a step of the routebook's flow. */
    step: z.string(),
  }),
  z.object({
    kind: z.literal("chapter"),
    /** URL segment of the document (its alias, slugified). */
    document: z.string(),
    /** URL segment of the chapter. */
    chapter: z.string(),
    /** Section anchor on the chapter page, when the link names a section. */
    anchor: z.string().optional(),
  }),
  z.object({
    kind: z.literal("page"),
    /** A page of the routebook's own, named as in `pagina:<name>` (pipeline/urls/site-urls.ts). */
    page: z.enum(PAGE_NAMES),
  }),
]);

export type LinkTarget = z.infer<typeof LinkTargetSchema>;

/** The notices the format knows. `let-op` carries the source's own words; `redactie` is ours. */
export const NOTICE_KINDS = ["let-op", "redactie"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * Each notice kind's label on the site and whose words it holds. A record over NOTICE_KINDS: a new kind fails to
 * compile until it says both, so it can never show in the source's voice by default.
 */
export const NOTICES: Readonly<Record<NoticeKind, { label: string; editorial: boolean }>> = {
  "let-op": { label: "Let op", editorial: false },
  redactie: { label: "Toelichting van de redactie", editorial: true },
};

/** An absolute http(s) or mailto URL: the only links to outside the site that content may hold. */
export const WebAddressSchema = z.string().regex(/^(https?:\/\/[^\s/]+\.[^\s]+|mailto:[^\s@]+@[^\s@]+)$/, {
  message: "a link must be an absolute http(s):// or mailto: URL",
});

/*
 * The node schemas below are the one definition of rich text: the types are
 * inferred from them. A node's children are getters, as zod reads recursive
 * types; every walker over them ends in `unhandled` (pipeline/rich/unhandled.ts),
 * so a new kind fails to compile wherever it is not handled.
 */

export const InlineSchema = z.union([
  z.object({ type: z.literal("text"), value: z.string() }),
  z.object({
    type: z.enum(["emphasis", "strong"]),
    get children(): z.ZodArray<typeof InlineSchema> {
      return z.array(InlineSchema);
    },
  }),
  /** A link to a web page or mail address. */
  z.object({
    type: z.literal("link"),
    url: WebAddressSchema,
    get children(): z.ZodArray<typeof InlineSchema> {
      return z.array(InlineSchema);
    },
    line: z.number().int().positive(),
    column: z.number().int().positive(),
  }),
  /** A link to a step, chapter, section or page of this routebook; `target` is filled in by the pipeline. */
  z.object({
    type: z.literal("internalLink"),
    href: z.string(),
    get children(): z.ZodArray<typeof InlineSchema> {
      return z.array(InlineSchema);
    },
    line: z.number().int().positive(),
    column: z.number().int().positive(),
    target: LinkTargetSchema.optional(),
  }),
  /** Words the source does not contain: ours, shown as such. */
  z.object({
    type: z.literal("editorial"),
    get children(): z.ZodArray<typeof InlineSchema> {
      return z.array(InlineSchema);
    },
  }),
  /** A call to a footnote of the same step or chapter; `number` is its place in reading order, `repeated` marks a second call. */
  z.object({
    type: z.literal("footnoteReference"),
    label: z.string(),
    number: z.number().int().positive(),
    repeated: z.boolean().optional(),
  }),
  z.object({ type: z.literal("break") }),
  /** An abbreviation at its first use on a page, with its meaning: added when a page is rendered; no reader of content makes one. */
  z.object({ type: z.literal("abbr"), value: z.string(), title: z.string() }),
]);
export type Inline = z.infer<typeof InlineSchema>;

const inlines = () => z.array(InlineSchema);

export const BlockSchema = z.union([
  z.object({ type: z.literal("paragraph"), children: inlines() }),
  /** A heading inside a chapter; `anchor` is its fragment id on the chapter page, `page` its PDF page. */
  z.object({
    type: z.literal("heading"),
    depth: z.number().int().min(1).max(6),
    children: inlines(),
    anchor: z.string().min(1),
    page: z.number().int().positive().optional(),
  }),
  /** A list; an ordered list keeps the number it starts at, and items may hold nested lists. */
  z.object({
    type: z.literal("list"),
    ordered: z.boolean(),
    start: z.number().int().nonnegative().optional(),
    get items(): z.ZodArray<z.ZodArray<typeof BlockSchema>> {
      return z.array(z.array(BlockSchema));
    },
  }),
  /** A table with one header row; cells are inline text. */
  z.object({
    type: z.literal("table"),
    caption: inlines().optional(),
    align: z.array(z.enum(["left", "right", "center"]).nullable()),
    head: z.array(inlines()),
    rows: z.array(z.array(inlines())),
  }),
  z.object({
    type: z.literal("notice"),
    kind: z.enum(NOTICE_KINDS),
    title: inlines().optional(),
    get children(): z.ZodArray<typeof BlockSchema> {
      return z.array(BlockSchema);
    },
  }),
  /** A quotation; `attribution` is the closing "— name" line. */
  z.object({
    type: z.literal("quote"),
    get children(): z.ZodArray<typeof BlockSchema> {
      return z.array(BlockSchema);
    },
    attribution: inlines().optional(),
  }),
]);
export type Block = z.infer<typeof BlockSchema>;

/** A footnote's text; numbered in the order it is first called. */
export const FootnoteSchema = z.object({
  label: z.string(),
  number: z.number().int().positive(),
  children: z.array(BlockSchema),
});
export type Footnote = z.infer<typeof FootnoteSchema>;

/** A stretch of rich text with its own footnotes: an introduction, say. */
export const RichTextSchema = z.object({
  blocks: z.array(BlockSchema),
  footnotes: z.array(FootnoteSchema),
});

export type RichText = z.infer<typeof RichTextSchema>;
