import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);

/** Markdown source → syntax tree with positions (CommonMark plus YAML frontmatter). */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}
