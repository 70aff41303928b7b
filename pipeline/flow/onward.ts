import type { Link, Step } from "../schema/step.ts";

/** Lower case, punctuation as spaces, one space between words, padded: so `includes` matches whole words only. */
const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

/** A link's name without what the label adds after it: "Stappenplan Ziekteverzuim, schema 2025" → "Stappenplan Ziekteverzuim". */
const nameOf = (label: string) => label.split(/[,(]/)[0]!;

/**
 * The links an end step's own actions send the reader on to: an action names the document
 * ("Ga naar het stappenplan Ziekteverzuim") and the step links it ("Stappenplan Ziekteverzuim,
 * schema 2025"). The end of the route shows them as "Verder", so a route that hands over to
 * another document says where to go; only the step's own links qualify, nothing is made up.
 * Empty for a step that does not end the route.
 */
export function onwardLinks(step: Pick<Step, "end" | "actions" | "links">): Link[] {
  if (!step.end) return [];
  const actions = step.actions.map(words);
  return step.links.filter((link) => {
    const name = words(nameOf(link.label));
    return name.trim().length > 0 && actions.some((action) => action.includes(name));
  });
}
