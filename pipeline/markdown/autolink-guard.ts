/**
 * GFM's literal autolinks ("www.example.org", "https://…", "naam@example.org" in
 * plain text) are made by a transform that walks the whole tree four times, once per
 * pattern, making a closure per node: about a sixth of the time of parsing a long
 * flow (issue 13, item 8). Every pattern needs "@", "http://", "https://" or
 * "www." in a text node, so a tree without any of them is left as it is, and the
 * transform runs unchanged on every other tree: the same result, without the walks.
 */
import type { Nodes, Root } from "mdast";

/** The name of mdast-util-gfm-autolink-literal's transform, which remark-gfm registers. */
const AUTOLINK_TRANSFORM = "transformGfmAutolinkLiterals";

/** What every literal autolink pattern needs in a text node's value (a superset of its matches). */
const MAY_LINK = /@|https?:\/\/|www\./i;

type Transform = (tree: Root) => Root | undefined;

/** Whether any text node of the tree could hold a literal autolink. */
export function mayHoldLiteralAutolink(node: Nodes): boolean {
  // A walk with a stack of its own: however deep a document nests, it never overflows the call stack.
  const pending: Nodes[] = [node];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.type === "text" && MAY_LINK.test(next.value)) return true;
    if ("children" in next) for (const child of next.children) pending.push(child as Nodes);
  }
  return false;
}

/**
 * Puts the guard in front of the autolink transform among a frozen processor's
 * mdast extensions (`data.fromMarkdownExtensions`, read at every parse); returns
 * how many transforms it guarded, 1 with today's remark-gfm.
 */
export function guardLiteralAutolinks(fromMarkdownExtensions: unknown): number {
  let guarded = 0;
  const visit = (extension: unknown) => {
    if (Array.isArray(extension)) {
      for (const item of extension) visit(item);
      return;
    }
    const transforms = (extension as { transforms?: Transform[] } | undefined)?.transforms;
    transforms?.forEach((transform, index) => {
      if (transform.name !== AUTOLINK_TRANSFORM) return;
      transforms[index] = (tree) => (mayHoldLiteralAutolink(tree) ? transform(tree) : tree);
      guarded++;
    });
  };
  visit(fromMarkdownExtensions);
  return guarded;
}
