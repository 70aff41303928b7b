// Links whose words name a chapter ("zie Bijlage 3", "[6. JGZ](#6-jgz)"): their numbers are the
// chapter's, so they must be the numbers of the place the link leads to, and they are no facts of
// the text around them.
import { inlineRuns, inlineToText } from "../../../pipeline/rich/text.ts";
import type { Block, Inline } from "../../../pipeline/schema/rich.ts";
import { notIn } from "./compare.ts";
import { type Quantity, quantities } from "./quantities.ts";

/** A link inside the site: its words and where it leads. */
export interface Reference {
  text: string;
  href: string;
  /** The link's numbers that its target does not have ("hoofdstuk 4" leading to "3. Contact …"). */
  stray: Quantity[];
}

function* linksIn(inlines: readonly Inline[]): Generator<{ text: string; href: string }> {
  for (const inline of inlines) {
    if (inline.type === "internalLink") yield { text: inlineToText(inline.children, "source"), href: inline.href };
    else if ("children" in inline) yield* linksIn(inline.children);
  }
}

/** The words of a link target as a text: "bron:Document, Bijlage 3: Titel", "#6-jgz" or "#5-1-procesflow" (5.1). */
const targetText = (href: string) =>
  decodeURIComponent(href)
    .replace(/^[a-z]+:|^#/, "")
    .replace(/(\d)-(\d)/g, "$1.$2")
    .replace(/-/g, " ");

/** Every link inside the site in `blocks` whose words hold a number. */
export function references(blocks: readonly Block[]): Reference[] {
  const found: Reference[] = [];
  for (const run of inlineRuns(blocks)) {
    for (const { text, href } of linksIn(run)) {
      const numbers = quantities(text);
      if (numbers.length) found.push({ text, href, stray: notIn(numbers, quantities(targetText(href))) });
    }
  }
  return found;
}
