/**
 * Reads what a coordinator typed into a field of the signal check. The page
 * parses the text itself instead of leaving it to `type="number"`, which drops
 * a Dutch decimal comma without a word ("15,5" became 155). Pure and free of
 * Node: the page's script runs it.
 */
import { dutchNumber } from "./evaluate.ts";
import { type Measure, measureInfo } from "./measures.ts";

export type Reading =
  | { kind: "empty" }
  /** `echo` says how the text was read, so nothing is reinterpreted silently: "gelezen als 15,5 uur". */
  | { kind: "value"; value: number; echo: string }
  /** The value is not used; `message` says why and what to enter, in Dutch. */
  | { kind: "error"; message: string };

/** A number with a decimal comma or point, maybe negative; nothing else (no "1e9", no "15 uur"). */
const NUMBER = /^(-?)\s*(\d+)(?:([.,])(\d+))?$/;

export function readAmount(text: string, measure: Measure): Reading {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  const info = measureInfo(measure);
  const match = NUMBER.exec(trimmed.replace(/\s+/g, " "));
  if (!match) return { kind: "error", message: "Vul een getal in, zoals 15 of 15,5." };
  const [, minus, whole, separator, fraction] = match;
  // "1.000" is a thousand to a Dutch reader and one to a program: ask rather than guess.
  if (separator === "." && fraction?.length === 3) {
    return {
      kind: "error",
      message: `Schrijf het getal zonder punt, zoals ${whole}${fraction} of ${whole},${fraction}.`,
    };
  }
  const value = Number(`${minus}${whole}${fraction ? `.${fraction}` : ""}`);
  if (minus || value < 0) return { kind: "error", message: "Een aantal kan niet negatief zijn. Vul 0 of meer in." };
  if (info.whole && !Number.isInteger(value)) {
    return { kind: "error", message: `Vul een heel getal in, zonder komma: dit veld telt hele ${info.unit}.` };
  }
  if (value > info.max || value < (info.min ?? 0)) {
    return { kind: "error", message: `Dat kan niet: ${info.limit}. Controleer wat je invulde.` };
  }
  return { kind: "value", value, echo: `gelezen als ${dutchNumber(value)} ${info.unit}` };
}
