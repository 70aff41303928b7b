// Comparing two lists of quantities as facts: as multisets, so that one changed occurrence is
// found even when the same number stands elsewhere in the text.
import { keyOf, type Quantity } from "./quantities.ts";

/**
 * `quantity` states the fact `other` states: the same number, and the same unit, or it names a
 * numbered part ("hoofdstuk 3") that the source numbers bare ("3. Contact …"); "5 weken" is not the
 * source's "5.". Without a unit, the word after it must start as the other's does ("vier varianten"
 * is "4 varianten", not "4 manieren"), unless nothing follows ("de bron noemt 4").
 */
function sameFact(quantity: Quantity, other: Quantity): boolean {
  if (quantity.value !== other.value) return false;
  if (quantity.unit === "")
    return quantity.counts === undefined || quantity.counts === other.counts || other.unit.startsWith(quantity.counts);
  return quantity.unit === other.unit || (quantity.label === true && other.unit === "");
}

/**
 * The quantities of `these` that `those` does not hold, one for one: each of `those` answers
 * for one of `these` only. Exact facts pair first, then a number of `these` without a unit with
 * the same number of `those` that has one.
 */
export function unmatched(these: readonly Quantity[], those: readonly Quantity[]): Quantity[] {
  const free = [...those];
  const left: Quantity[] = [];
  for (const quantity of these) {
    const index = free.findIndex((other) => keyOf(other) === keyOf(quantity));
    if (index >= 0) free.splice(index, 1);
    else left.push(quantity);
  }
  return left.filter((quantity) => {
    const index = free.findIndex((other) => sameFact(quantity, other));
    if (index < 0) return true;
    free.splice(index, 1);
    return false;
  });
}

/** The quantities of `these` that do not stand anywhere in `those` (as a set: any number of times). */
export const notIn = (these: readonly Quantity[], those: readonly Quantity[]) =>
  these.filter((quantity) => !those.some((other) => sameFact(quantity, other)));
