// Where in the source the editors' words speak: the section they sit in or the step's pages, the
// chapters they link or refer to, and the numbered parts they name ("Bijlage 1", "station 2",
// "stap 3"). A number with a unit in those words must stand there, not just anywhere in the source.
import type { ChapterSection } from "../sections.ts";
import { normalise } from "../../support/fidelity.ts";
import { type Quantity, quantities, readableSeed } from "./quantities.ts";

/** Whether `title` is the heading of the numbered part a label names: "Bijlage 1: …", "2. Verzuim", "Stap 3. …". */
function names(label: string, value: string, title: string): boolean {
  const number = value.replace(/\./g, "\\.");
  if (label === "bijlage")
    return new RegExp(`^(?:Bijlage )?${number}(?![\\d.])`, "i").test(title) && (/^Bijlage/i.test(title) || value.includes("."));
  if (label === "stap") return new RegExp(`^Stap ${number}\\b`, "i").test(title);
  return ["hoofdstuk", "station"].includes(label) && new RegExp(`^${number}\\.\\s`).test(title);
}

/** Labels whose number names a chapter or section of a summary ("Bijlage 3", "hoofdstuk 4", "station 2", "stap 5"). */
const RESOLVABLE = new Set(["bijlage", "hoofdstuk", "station", "stap"]);

/** The numbered parts `given` names that no chapter or section of the summaries has ("stap 6" of five steps). */
export function unknownParts(sections: readonly ChapterSection[], given: readonly Quantity[]): Quantity[] {
  const headings = sections.flatMap(({ chapter }) => [chapter.title, ...chapter.sections.map((section) => section.title)]);
  return given.filter(
    (quantity) =>
      quantity.label && RESOLVABLE.has(quantity.unit) && !headings.some((heading) => names(quantity.unit, quantity.value, heading)),
  );
}

/** The quoted phrases of a text ("…", “…”, ‘…’, '…'), each with where it starts. */
const QUOTE = /"([^"]+)"|“([^”]+)”|‘([^’]+)’|(?<!\p{L})'([^']+)'(?!\p{L})/gu;

/**
 * The quotes that the part they are said of does not have. A quote after a numbered part in its
 * sentence ("Bijlage 1 noemt "meer dan 10 schooldagen achtereen"") is that part's words; any other
 * quote is the words of the text's own place (`own`: the chapter, the step's pages) or of a part the
 * sentence names. Labels inside quotes ("bijlage 3 voor een concept …") name no part.
 */
export function quotesOutOfPlace(sections: readonly ChapterSection[], texts: readonly string[], own: readonly string[]): string[] {
  const here = own.map((text) => normalise(readableSeed(text)));
  const has = (sources: readonly string[], phrase: string) => sources.some((source) => source.includes(normalise(phrase)));
  const partsOf = (text: string) => sectionsSpokenOf(sections, [], quantities(text)).map((source) => normalise(readableSeed(source)));
  return texts
    .flatMap((text) => text.split(/(?<=[.?!;])\s+/))
    .flatMap((sentence) => {
      const outside = sentence.replace(QUOTE, (quote) => " ".repeat(quote.length));
      const named = partsOf(outside);
      if (!named.length) return [];
      return [...sentence.matchAll(QUOTE)].flatMap((match) => {
        const phrase = match.slice(1).find(Boolean)!;
        const labels = quantities(outside.slice(0, match.index)).filter((quantity) => quantity.label);
        const said = labels.length ? partsOf(labels.at(-1)!.text) : [];
        const fits = said.length ? has(said, phrase) : has([...named, ...here], phrase);
        return fits ? [] : [phrase];
      });
    });
}

/**
 * The source sections of the chapters (or of chapters holding the sections) titled `titles`, and of the parts `given`
 * names.
 */
export function sectionsSpokenOf(sections: readonly ChapterSection[], titles: readonly string[], given: readonly Quantity[]): string[] {
  const labels = given.filter((quantity) => quantity.label);
  return sections
    .filter(({ chapter }) => {
      const headings = [chapter.title, ...chapter.sections.map((section) => section.title)];
      return (
        headings.some((heading) => titles.includes(heading)) ||
        labels.some((quantity) => headings.some((heading) => names(quantity.unit, quantity.value, heading)))
      );
    })
    .flatMap(({ source }) => (source === undefined ? [] : [source]));
}

/** The chapter title a link leads to: "bron:Document, Chapter" gives "Chapter"; other links none. */
export const linkedTitle = (href: string): string | undefined => {
  const decoded = decodeURIComponent(href);
  return decoded.startsWith("bron:") && decoded.includes(", ") ? decoded.slice(decoded.indexOf(", ") + 2) : undefined;
};

/**
 * What the editors' words say of numbered parts that does not hold: a part the source lacks, or a quote that part does
 * not have.
 */
export function partMessages(sections: readonly ChapterSection[], texts: readonly string[], own: readonly string[] = []): string[] {
  const given = texts.flatMap((text) => quantities(text));
  return [
    ...unknownParts(sections, given).map((quantity) => `names "${quantity.text}", which the source does not have`),
    ...quotesOutOfPlace(sections, texts, own).map((phrase) => `quotes "${phrase}" from a part that does not say it`),
  ];
}
