import { z } from "zod";
import type { ExtractedDocument } from "../pdf/document.ts";
import type { DocumentText } from "./types.ts";

/** A PDF's chapters in the shape the site and the reference resolver share; its paragraphs stay plain text. */
export function fromPdf(extracted: ExtractedDocument, file: string): DocumentText {
  return {
    kind: "pdf",
    chapters: extracted.chapters.map((chapter) => ({
      title: chapter.title,
      slug: chapter.slug,
      page: chapter.page,
      endPage: chapter.endPage,
      sections: chapter.sections,
      blocks: chapter.blocks.map((block) =>
        block.kind === "heading"
          ? {
              type: "heading",
              depth: block.level,
              children: [{ type: "text", value: block.title }],
              anchor: block.anchor,
              page: block.page,
            }
          : { type: "paragraph", children: [{ type: "text", value: block.text }] },
      ),
      footnotes: [],
      text: chapter.text,
      file,
    })),
  };
}

const URL_IN_TEXT = /https?:\/\/[^\s<>()[\]"']+/g;

/** A URL in a PDF: a link annotation, or an address written out in a chapter's text. */
export const PdfUrlSchema = z.object({
  url: z.string(),
  page: z.number().int(),
  /** The chapter whose text holds the address; absent for a link annotation. */
  chapter: z.string().optional(),
});
export type PdfUrl = z.infer<typeof PdfUrlSchema>;

/** The PDF's link annotations and the addresses written in its text, each with its page. */
export function pdfUrls(extracted: ExtractedDocument): PdfUrl[] {
  const written = extracted.chapters.flatMap((chapter) =>
    chapter.blocks.flatMap((block) =>
      block.kind === "paragraph"
        ? [...block.text.matchAll(URL_IN_TEXT)].map(([found]) => ({
            url: found.replace(/[.,;:!?]+$/, ""),
            page: block.page,
            chapter: chapter.title,
          }))
        : [],
    ),
  );
  return [...extracted.links, ...written];
}
