import { anchorMaker, chapterSlugMaker } from "../ids/anchors.ts";
import { findRunningLines, joinAcrossLines, normaliseText, withoutRunningLines } from "./clean.ts";
import type { PdfWarning } from "./errors.ts";
import { headingsFromTypography, locateHeading, type FoundHeading, type PageLines } from "./headings.ts";

/** A heading or a paragraph of body text, in reading order. */
export type DocumentBlock =
  | { kind: "heading"; level: number; title: string; page: number; anchor: string }
  | { kind: "paragraph"; text: string; page: number };

export interface Section {
  level: number;
  title: string;
  page: number;
  /** Fragment id of the section on the chapter's page. */
  anchor: string;
}

export interface Chapter {
  title: string;
  /** URL segment of the chapter page. */
  slug: string;
  page: number;
  endPage: number;
  sections: Section[];
  /** The chapter's content without its own title. */
  blocks: DocumentBlock[];
  /** Plain text of the chapter, for search and reference matching. */
  text: string;
}

/** The result of `routeboek extract`: what the site and the reference resolver need of a PDF. */
export interface ExtractedDocument {
  title: string;
  pageCount: number;
  /** Printed page labels where the PDF has them ("i", "ii", "1" …). */
  pageLabels?: string[];
  /** Where the headings came from, in the order of trust. */
  headingSource: "outline" | "structure" | "typography";
  headings: { level: number; title: string; page: number }[];
  chapters: Chapter[];
  pages: { page: number; text: string }[];
  links: { url: string; page: number }[];
  warnings: PdfWarning[];
}

export interface PageInput extends PageLines {
  /** URLs of the page's link annotations. */
  urls: string[];
}

/** Assembles a document from its pages' lines and (when the PDF has them) outline or structure headings. Pure. */
export function assembleDocument(input: {
  title: string;
  pages: PageInput[];
  givenHeadings?: { source: "outline" | "structure"; headings: FoundHeading[] };
  pageLabels?: string[];
  links: { url: string; page: number }[];
  warnings: PdfWarning[];
}): ExtractedDocument {
  const running = findRunningLines(input.pages.map((page) => page.lines));
  const pages = input.pages.map((page, index) => ({ ...page, lines: withoutRunningLines(page.lines, running, index + 1) }));
  const headings = input.givenHeadings?.headings ?? headingsFromTypography(pages);
  const anchors = anchorMaker();
  const anchor = (title: string, level: number) => {
    if (level === 1) anchors.chapter();
    return anchors.anchor(title);
  };
  const perPage = pages.map((page) => pageBlocks(page, headings, anchor));
  const blocks = documentBlocks(perPage);
  const chapters = toChapters(blocks);
  return {
    title: input.title,
    pageCount: input.pages.length,
    ...(input.pageLabels ? { pageLabels: input.pageLabels } : {}),
    headingSource: input.givenHeadings?.source ?? "typography",
    headings: blocks.flatMap((block) => (block.kind === "heading" ? [{ level: block.level, title: block.title, page: block.page }] : [])),
    chapters,
    pages: pages.map((page, index) => ({ page: page.page, text: perPage[index]!.map(blockText).join("\n") })),
    links: input.links,
    warnings: input.warnings,
  };
}

/** One page's headings and paragraphs; a paragraph's lines are joined (hyphenation, URLs) into one text. */
function pageBlocks(page: PageInput, headings: readonly FoundHeading[], anchor: (title: string, level: number) => string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const starts = new Map<number, { heading: FoundHeading; count: number; title: string }>();
  for (const heading of headings.filter((h) => h.page === page.page)) {
    const place = locateHeading(page.lines, heading.title);
    if (place && !starts.has(place.first)) starts.set(place.first, { heading, count: place.count, title: place.title });
    else
      blocks.push({
        kind: "heading",
        level: heading.level,
        title: heading.title,
        page: page.page,
        anchor: anchor(heading.title, heading.level),
      });
  }
  let previousY: number | undefined;
  for (let index = 0; index < page.lines.length; index++) {
    const start = starts.get(index);
    if (start) {
      const title = normaliseText(start.title);
      blocks.push({ kind: "heading", level: start.heading.level, title, page: page.page, anchor: anchor(title, start.heading.level) });
      index += start.count - 1;
      previousY = undefined;
      continue;
    }
    const line = page.lines[index]!;
    const last = blocks.at(-1);
    // The next line of a paragraph stands just below; a larger gap, or a jump up to the next column, starts a new one.
    const gap = previousY === undefined ? Infinity : line.y - previousY;
    if (last?.kind === "paragraph" && gap > 0 && gap <= line.size * 1.8) {
      last.text = joinAcrossLines(last.text, line.text, page.urls) ?? `${last.text} ${line.text}`;
    } else {
      blocks.push({ kind: "paragraph", text: line.text, page: page.page });
    }
    previousY = line.y;
  }
  for (const block of blocks) if (block.kind === "paragraph") block.text = normaliseText(block.text);
  return blocks;
}

/** All pages' blocks in order; a paragraph broken off by a page end (no closing punctuation) continues on the next page. */
function documentBlocks(pages: readonly DocumentBlock[][]): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  for (const page of pages) {
    page.forEach((block, index) => {
      const last = blocks.at(-1);
      if (index === 0 && block.kind === "paragraph" && last?.kind === "paragraph" && !/[.:?!]$/.test(last.text)) {
        blocks[blocks.length - 1] = { ...last, text: joinAcrossLines(last.text, block.text, []) ?? `${last.text} ${block.text}` };
      } else {
        blocks.push({ ...block });
      }
    });
  }
  return blocks;
}

const blockText = (block: DocumentBlock) => (block.kind === "heading" ? block.title : block.text);

function toChapters(blocks: readonly DocumentBlock[]): Chapter[] {
  const chapters: Chapter[] = [];
  const slugOf = chapterSlugMaker();
  for (const block of blocks) {
    if (block.kind === "heading" && block.level === 1) {
      const slug = slugOf(block.title);
      chapters.push({ title: block.title, slug, page: block.page, endPage: block.page, sections: [], blocks: [], text: "" });
      continue;
    }
    const chapter = chapters.at(-1);
    if (!chapter) continue;
    chapter.blocks.push(block);
    chapter.endPage = Math.max(chapter.endPage, block.page);
    if (block.kind === "heading") chapter.sections.push({ level: block.level, title: block.title, page: block.page, anchor: block.anchor });
  }
  for (const chapter of chapters) {
    chapter.text = chapter.blocks.map(blockText).join("\n");
  }
  return chapters;
}
