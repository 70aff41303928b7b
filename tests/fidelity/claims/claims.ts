// The claims a text of ours makes, apart from its wording: every negation with the word it turns
// round, every quantity normalised with what it counts ("twee weken" is "2 week"), and every role or
// body it names. Two texts with the same claims say the same in these respects, however worded.
import { keyOf, quantities } from "../facts/quantities.ts";
import { type RoleMatcher, rolesIn } from "../facts/text.ts";
import { NEGATIONS } from "../facts/vocabulary.ts";

/** The kinds of claim, in the order the record's columns list them. */
export const CLAIM_KINDS = ["negations", "numbers", "roles"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** A text's claims of each kind, each kind a multiset in the text's order. */
export type Claims = Record<ClaimKind, string[]>;

export const noClaims = (): Claims => ({ negations: [], numbers: [], roles: [] });

const NEGATION_SET = new Set<string>(NEGATIONS);
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[.?!:;,()"“”]/gu;

/**
 * "niet · vult", "geen · drempels": the negation and the word it stands before (or, at the end of a
 * clause, the word after which it stands: "zegt · niet"), lowercase.
 */
export function negationsIn(text: string): string[] {
  const words = (text.normalize("NFC").match(WORD) ?? []).map((word) => word.toLowerCase());
  const isWord = (word: string | undefined) => word !== undefined && /[\p{L}\p{N}]/u.test(word);
  return words.flatMap((word, at) => {
    if (!NEGATION_SET.has(word)) return [];
    const next = words[at + 1];
    if (isWord(next) && !NEGATION_SET.has(next!)) return [`${word} · ${next}`];
    const before = words[at - 1];
    return [isWord(before) ? `${before} · ${word}` : word];
  });
}

/** A text's claims; `roles` finds the routebook's roles and bodies (tests/fidelity/facts/vocabulary.ts). */
export function claimsOf(text: string, roles: RoleMatcher): Claims {
  return {
    negations: negationsIn(text),
    numbers: quantities(text).map((quantity) => keyOf(quantity).replace(/\s+/g, " ")),
    roles: rolesIn(text, roles),
  };
}

/** The claims of several texts of one place, together. */
export const joinClaims = (all: readonly Claims[]): Claims => {
  const joined = noClaims();
  for (const claims of all) for (const kind of CLAIM_KINDS) joined[kind].push(...claims[kind]);
  return joined;
};
