// Links, references and quotes, whose numbers are the source's. A link whose words name a chapter
// ("zie Bijlage 3", "[6. JGZ](#6-jgz)") and a "Lees verder" reference have the numbers of the heading
// they lead to, which are no facts of the text around them; a quote has the source's words, numbers and all.
import { inlineRuns, inlineToText } from "../../../pipeline/rich/text.ts";
import type { Block, Inline } from "../../../pipeline/schema/rich.ts";
import { notIn } from "./compare.ts";
import { wordsOf } from "./text.ts";
import { normalise } from "../../support/fidelity.ts";
import { type Quantity, quantities, readableSeed } from "./quantities.ts";

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

/** A "Lees verder" reference or a phase's reference, as the flow has it. */
interface ReadReference {
  chapter?: string;
  target?: { chapterTitle: string; sectionTitle?: string };
}

/**
 * Whether a reference ("De route in tien stappen, 4. Verzuim stopt") gives its heading's words, in their order: the
 * build finds a heading by half its words (so a renamed chapter is reported with suggestions, not lost), so "Kan een
 * school … niet naar school?", a dropped "niet" or another number would still lead to the source's heading.
 */
export function quotesItsHeading(reference: ReadReference): boolean {
  if (!reference.chapter || !reference.target) return true;
  const { chapterTitle, sectionTitle = "" } = reference.target;
  const words = ` ${wordsOf(reference.chapter).join(" ")} `;
  return [chapterTitle, sectionTitle, `${chapterTitle} ${sectionTitle}`].some((heading) =>
    ` ${wordsOf(heading).join(" ")} `.includes(words),
  );
}

/** The phrases a text quotes ("…", “…”, ‘…’, '…'). */
function quotedPhrases(text: string): string[] {
  return [...text.matchAll(/"([^"]+)"|“([^”]+)”|‘([^’]+)’|(?<!\p{L})'([^']+)'(?!\p{L})/gu)].map((match) => match.slice(1).find(Boolean)!);
}

/**
 * The phrases with a number that the editors' words quote ("bij "8 t/m 11 keer te laat"") but the
 * source does not have: a quote is the source's words, number and all.
 */
export function misquoted(texts: readonly string[], seed: string, names: readonly string[] = []): string[] {
  const source = normalise(readableSeed(seed));
  return texts
    .flatMap((text) => quotedPhrases(text))
    .filter((phrase) => !names.includes(phrase) && quantities(phrase).length > 0 && !source.includes(normalise(phrase)));
}
