// What the content-mutation bench works with: the kinds of change it makes, one change, and a routebook's text.

/** The kinds of single change, in the order the bench reports them (issue 21). One list. */
export const MUTATION_KINDS = [
  "words",
  "numbers",
  "number words",
  "negations",
  "role swaps",
  "target swaps",
  "dropped options",
  "dropped sentences",
  "corrections",
  "table cells",
  "introductions",
] as const;

export type MutationKind = (typeof MUTATION_KINDS)[number];

/** One change of meaning to one content file of one routebook. */
export interface Mutation {
  kind: MutationKind;
  /** The routebook's id, which is also its folder. */
  routebook: string;
  /** The file it changes, relative to the routebook's folder ("flow.md", "bronnen/route.md"). */
  file: string;
  /** One line: what changed where, e.g. `flow.md:123 "twee" → "drie"`. */
  description: string;
  /** The file's text with the change; throws when the text is not the one the change was made for. */
  apply: (text: string) => string;
}

/** A routebook's content files as text, by their path relative to its folder. */
export interface BookText {
  id: string;
  files: ReadonlyMap<string, string>;
}

/** Makes every candidate change of one kind for one routebook; `random` picks replacements, deterministically. */
export type MutationGenerator = (book: BookText, random: () => number) => Mutation[];
