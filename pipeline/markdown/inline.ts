import type { Node } from "mdast";
import { visit } from "unist-util-visit";
import type { Place } from "../schema/place.ts";

/**
 * Plain text of a node and its descendants, with line breaks and runs of white
 * space folded. Not mdast-util-to-string: that one drops a hard break, gluing
 * the words on either side of it into one, and it adds the alt text of images.
 */
export function inlineText(node: Node): string {
  const parts: string[] = [];
  visit(node, (child) => {
    if (child.type === "break") parts.push(" ");
    else if ("value" in child && typeof child.value === "string") parts.push(child.value);
  });
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Start of a node in its file; unified positions are 1-based like editors. */
export function startOf(node: Node): Place {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}
