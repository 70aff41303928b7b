import type { List } from "mdast";
import { directiveToMarkdown } from "mdast-util-directive";
import { frontmatterToMarkdown } from "mdast-util-frontmatter";
import { gfmToMarkdown } from "mdast-util-gfm";
import { defaultHandlers, toMarkdown, type Handle } from "mdast-util-to-markdown";
import { flowTree } from "./flow-tree.ts";
import type { ImportedFlow } from "./types.ts";

/** Writes a list with the bullet its builder chose (`data.bullet`), `-` where it chose none. */
const list: Handle = (node: List, parent, state, info) => {
  const options = state.options;
  const bullet = node.data?.bullet ?? "-";
  state.options = { ...options, bullet, bulletOther: bullet === "*" ? "-" : "*" };
  try {
    return defaultHandlers.list(node, parent, state, info);
  } finally {
    state.options = options;
  }
};

/**
 * An imported flow in the project's Markdown flow format, ready for review and
 * `routeboek check`. The extensions are the reader's (markdown/parse.ts), so
 * whatever it would take for markup in imported text, a `:word` directive or a
 * bare web address, is escaped and stays text.
 */
export function flowToMarkdown(flow: ImportedFlow, source: string): string {
  return toMarkdown(flowTree(flow, source), {
    extensions: [frontmatterToMarkdown(["yaml"]), gfmToMarkdown(), directiveToMarkdown()],
    handlers: { list },
  });
}
