import type { Node, Parent } from "mdast";
import type { Place } from "../schema/place.ts";

/** Plain text of a node and its descendants, with line breaks and runs of white space folded. */
export function inlineText(node: Node): string {
  return collect(node).replace(/\s+/g, " ").trim();
}

function collect(node: Node): string {
  if (node.type === "break") return " ";
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node as Parent).children.map(collect).join("");
  return "";
}

/** Start of a node in its file; unified positions are 1-based like editors. */
export function startOf(node: Node): Place {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}
