import type { Heading, RootContent } from "mdast";
import { inlineText, startOf } from "../markdown/inline.ts";
import { markdownLimitProblems } from "../markdown/limits.ts";
import { parseMarkdown } from "../markdown/parse.ts";
import type { Problem } from "../problems/problems.ts";
import { createRichReader } from "../rich/read.ts";
import { blockTexts } from "../rich/text.ts";
import { anchorMaker, chapterSlugMaker } from "../ids/anchors.ts";
import type { DocumentChapter, DocumentText } from "./types.ts";

/** One Markdown file of a document: its path as shown in messages, and its text. */
export interface MarkdownFile {
  file: string;
  source: string;
}

/**
 * A source document written as Markdown: every `#` heading starts a chapter,
 * `##`–`####` headings are its sections. A folder of chapter files is read as
 * the files in name order. Pure: file texts in, chapters and problems out.
 */
export function readMarkdownDocument(files: readonly MarkdownFile[]): { text: DocumentText; problems: Problem[] } {
  const problems: Problem[] = [];
  const chapters: DocumentChapter[] = [];
  const slugOf = chapterSlugMaker();
  for (const { file, source } of files) {
    const beyond = markdownLimitProblems(source, file);
    if (beyond.length) {
      problems.push(...beyond);
      continue;
    }
    const tree = parseMarkdown(source);
    let heading: Heading | undefined;
    let nodes: RootContent[] = [];
    const close = () => {
      if (heading) chapters.push(readChapter(heading, nodes, file, slugOf, problems));
    };
    for (const node of tree.children) {
      if (node.type === "heading" && node.depth === 1) {
        close();
        heading = node;
        nodes = [];
      } else if (heading) {
        nodes.push(node);
      } else if (node.type !== "html" || !node.value.startsWith("<!--")) {
        problems.push({
          file,
          ...startOf(node),
          message: node.type === "yaml" ? "a document file has no frontmatter" : "text before the first chapter heading is not shown",
          hint: "start each chapter with a level-1 heading: `# Hoofdstuk 1: Titel`",
        });
      }
    }
    close();
    if (!heading)
      problems.push({
        file,
        line: 1,
        column: 1,
        message: "the document has no chapters",
        hint: "start each chapter with a level-1 heading: `# Hoofdstuk 1: Titel`",
      });
  }
  return { text: { kind: "markdown", chapters }, problems };
}

function readChapter(
  heading: Heading,
  nodes: RootContent[],
  file: string,
  slugOf: (title: string) => string,
  problems: Problem[],
): DocumentChapter {
  const anchors = anchorMaker();
  const sections: DocumentChapter["sections"] = [];
  const reader = createRichReader(file, problems, {
    anchorFor: (title, depth) => {
      const anchor = anchors.anchor(title);
      sections.push({ level: depth, title, anchor });
      return anchor;
    },
  });
  const title = inlineText(heading);
  const headingInlines = reader.inlines(heading.children);
  if (headingInlines.some((inline) => inline.type !== "text")) {
    problems.push({
      file,
      ...startOf(heading),
      message: "a chapter title is plain text",
      hint: "remove links, markers and emphasis from the `#` heading",
    });
  }
  reader.define(nodes);
  const blocks = reader.blocks(nodes);
  return {
    title,
    slug: slugOf(title),
    sections,
    blocks,
    footnotes: reader.footnotes(),
    text: blockTexts(blocks).join("\n"),
    file,
    line: startOf(heading).line,
  };
}
