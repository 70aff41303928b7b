// The editors' own words (notes, introductions, the flow's words of ours): their quantities, without
// the names that hold a number, and where in the source those quantities must stand.
import type { Routebook } from "../../../pipeline/model/model.ts";
import type { ChapterSection } from "../sections.ts";
import { notIn } from "./compare.ts";
import { type Quantity, quantities, readableSeed } from "./quantities.ts";
import { sectionsSpokenOf } from "./scope.ts";

export const CHECK = "facts: numbers";

/** The quantities of several texts, each read on its own so that no range runs from one into the next. */
export const quantitiesOf = (texts: readonly string[]): Quantity[] => texts.flatMap((text) => quantities(text));

export const listed = (list: readonly Quantity[]) => list.map((quantity) => `"${quantity.text}"`).join(", ");

/**
 * The names in a routebook that hold a number but state no fact: its title, its documents' titles
 * and aliases ("De route in tien stappen") and their chapters' titles ("zie 6. JGZ"), longest first.
 */
export function namesOf(routebook: Routebook): string[] {
  const names = [
    routebook.title,
    ...routebook.documents.flatMap((document) => [
      document.title,
      document.alias,
      ...(document.text?.chapters ?? []).map((chapter) => chapter.title),
    ]),
  ];
  return [...new Set(names.filter((name): name is string => Boolean(name)))].sort((a, b) => b.length - a.length);
}

export const withoutNames = (text: string, names: readonly string[]) => names.reduce((rest, name) => rest.split(name).join(" "), text);

/**
 * The quantities of the editors' own words, which must stand somewhere in the source. "een" before
 * a unit is read as the article there ("hoeveel uren een dagdeel is"); a changed one ("twee") is not.
 */
export const editorsQuantities = (texts: readonly string[], names: readonly string[]) =>
  quantitiesOf(texts.map((text) => withoutNames(text, names))).filter((quantity) => !/^een\s/i.test(quantity.text));

/**
 * The editors' quantities that do not stand where their words speak: a number with a unit in the
 * `scope` texts and the sections the words name ("Bijlage 1"), or anywhere when there is no scope;
 * a numbered part ("station 6") or a bare number anywhere in the source.
 */
export function inScope(
  given: readonly Quantity[],
  scope: readonly string[],
  sections: readonly ChapterSection[],
  wholeSeed: readonly Quantity[],
): Quantity[] {
  const counted = given.filter((quantity) => quantity.unit && !quantity.label);
  const named = given.filter((quantity) => !quantity.unit || quantity.label);
  const texts = [...scope.filter(Boolean), ...sectionsSpokenOf(sections, [], given)];
  const place = texts.length ? quantitiesOf(texts.map((text) => readableSeed(text))) : wholeSeed;
  return [...notIn(counted, place), ...notIn(named, wholeSeed)];
}
