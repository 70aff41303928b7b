import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).use(remarkDirective);

/**
 * Markdown source → syntax tree with positions: CommonMark, YAML frontmatter,
 * GFM (tables, footnotes, autolinks) and directives (`:::let-op`, `:redactie[…]`).
 */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}
