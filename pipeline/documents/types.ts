import type { Block, Footnote } from "../schema/rich.ts";

/** A section of a chapter: a heading below the chapter's own. */
export interface DocumentSection {
  level: number;
  title: string;
  /** Fragment id of the section on the chapter page. */
  anchor: string;
  /** 1-based PDF page; absent for a document written as text. */
  page?: number;
}

/** A chapter of a source document, as the site shows it and references resolve against it. */
export interface DocumentChapter {
  title: string;
  /** URL segment of the chapter page. */
  slug: string;
  /** First and last PDF page; absent for a document written as text. */
  page?: number;
  endPage?: number;
  sections: DocumentSection[];
  /** The chapter's content without its own title; its headings carry the section anchors. */
  blocks: Block[];
  footnotes: Footnote[];
  /** Plain text of the chapter, for search. */
  text: string;
  /** Where the chapter is written, for messages: a Markdown file, or the PDF. */
  file: string;
  /** Line of the chapter's heading in a Markdown file. */
  line?: number;
}

/** The text of a source document: from its PDF or written in Markdown. */
export interface DocumentText {
  kind: "pdf" | "markdown";
  chapters: DocumentChapter[];
}
