// Where in the source the editors' words speak: the section they sit in or the step's pages, the
// chapters they link or refer to, and the numbered parts they name ("Bijlage 1", "station 2",
// "stap 3"). A number with a unit in those words must stand there, not just anywhere in the source.
import type { ChapterSection } from "../sections.ts";
import type { Quantity } from "./quantities.ts";

/** Whether `title` is the heading of the numbered part a label names: "Bijlage 1: …", "2. Verzuim", "Stap 3. …". */
function names(label: string, value: string, title: string): boolean {
  const number = value.replace(/\./g, "\\.");
  if (label === "bijlage") return new RegExp(`^Bijlage ${number}\\b`, "i").test(title);
  if (label === "stap") return new RegExp(`^Stap ${number}\\b`, "i").test(title);
  return ["hoofdstuk", "station", "onderdeel"].includes(label) && new RegExp(`^${number}\\.\\s`).test(title);
}

/** The source sections of the chapters (or of chapters holding the sections) titled `titles`, and of the parts `given` names. */
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
