import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { markdownPieces, parseInPieces } from "./chunks.ts";
import { withinMarkdownLimits } from "./limits.ts";

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).use(remarkDirective).freeze();

/** Files longer than this are parsed in pieces of about this size, which bounds the parser's memory (see chunks.ts). */
export const PIECE_SIZE = 16 * 1024;

/**
 * Markdown source → syntax tree with positions: CommonMark, YAML frontmatter,
 * GFM (tables, footnotes, autolinks) and directives (`:::let-op`, `:redactie[…]`).
 */
export function parseMarkdown(source: string, pieceSize: number = PIECE_SIZE): Root {
  // A text beyond the limits is never parsed; its reader reports it (limits.ts).
  if (!withinMarkdownLimits(source)) return { type: "root", children: [] };
  return parseInPieces(source, (text) => processor.parse(text), pieceSize);
}

/**
 * The same tree in pieces cut at headings, each a root of top-level nodes with
 * their places in the whole file: a reader of a long file can let each piece go
 * once it has read it.
 */
export function* parseMarkdownPieces(source: string, pieceSize: number = PIECE_SIZE): Generator<Root> {
  if (!withinMarkdownLimits(source)) return;
  yield* markdownPieces(source, (text) => processor.parse(text), pieceSize);
}
