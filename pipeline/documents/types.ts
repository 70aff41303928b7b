import { z } from "zod";
import { BlockSchema, FootnoteSchema } from "../schema/rich.ts";

/** A section of a chapter: a heading below the chapter's own. */
export const DocumentSectionSchema = z.object({
  level: z.number().int(),
  title: z.string(),
  /** Fragment id of the section on the chapter page. */
  anchor: z.string(),
  /** 1-based PDF page; absent for a document written as text. */
  page: z.number().int().optional(),
});
export type DocumentSection = z.infer<typeof DocumentSectionSchema>;

/** A chapter of a source document, as the site shows it and references resolve against it. */
export const DocumentChapterSchema = z.object({
  title: z.string(),
  /** URL segment of the chapter page. */
  slug: z.string(),
  /** First and last PDF page; absent for a document written as text. */
  page: z.number().int().optional(),
  endPage: z.number().int().optional(),
  sections: z.array(DocumentSectionSchema),
  /** The chapter's content without its own title; its headings carry the section anchors. */
  blocks: z.array(BlockSchema),
  footnotes: z.array(FootnoteSchema),
  /** Plain text of the chapter, for search. */
  text: z.string(),
  /** Where the chapter is written, for messages: a Markdown file, or the PDF. */
  file: z.string(),
  /** Line of the chapter's heading in a Markdown file. */
  line: z.number().int().optional(),
});
export type DocumentChapter = z.infer<typeof DocumentChapterSchema>;

/** The text of a source document: from its PDF or written in Markdown. */
export const DocumentTextSchema = z.object({ kind: z.enum(["pdf", "markdown"]), chapters: z.array(DocumentChapterSchema) });
export type DocumentText = z.infer<typeof DocumentTextSchema>;
