// Building a mutation from edits at places in a file's text, and the small helpers every kind shares.
import type { Mutation, MutationKind } from "./types.ts";

/** Replace `text.slice(start, end)`, which must be `before`, by `after`. */
export interface Edit {
  start: number;
  end: number;
  before: string;
  after: string;
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) line++;
  return line;
}

/** A text for a description: one line, at most `max` characters, quoted. */
export function quote(text: string, max = 60): string {
  const line = text.replace(/\s+/g, " ").trim();
  return `"${line.length > max ? `${line.slice(0, max - 1)}…` : line}"`;
}

/**
 * A mutation of `file` from edits that do not overlap. Its description starts with the file and the line of the
 * first edit; applying it to any other text than the one it was made for throws, so a stale mutation never counts.
 */
export function mutation(
  kind: MutationKind,
  routebook: string,
  file: string,
  text: string,
  edits: readonly Edit[],
  what: string,
): Mutation {
  const ordered = [...edits].sort((a, b) => b.start - a.start);
  const first = ordered.at(-1)!;
  return {
    kind,
    routebook,
    file,
    description: `${file}:${lineAt(text, first.start)} ${what}`,
    apply: (current) =>
      ordered.reduce((result, edit) => {
        if (current.slice(edit.start, edit.end) !== edit.before) {
          throw new Error(`${routebook}/${file}: the text at ${edit.start} is no longer ${quote(edit.before)}`);
        }
        return result.slice(0, edit.start) + edit.after + result.slice(edit.end);
      }, current),
  };
}

/** A single replacement, described as `"before" → "after"` unless `what` says otherwise. */
export const replacement = (
  kind: MutationKind,
  routebook: string,
  file: string,
  text: string,
  edit: Edit,
  what = `${quote(edit.before)} → ${quote(edit.after)}`,
) => mutation(kind, routebook, file, text, [edit], what);

/** One of `items`, by `random`; undefined when there are none. */
export const pick = <T>(items: readonly T[], random: () => number): T | undefined =>
  items.length ? items[Math.floor(random() * items.length)] : undefined;

/** `word` written with the capital of `like`: "drie" like "Twee" is "Drie". */
export function sameCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  const first = like[0]!;
  return first !== first.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Every whole-word match of `pattern` (a source without flags) in `text`: not inside a longer word. */
export function wholeWords(text: string, pattern: string, flags = "giu"): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${pattern})(?![\\p{L}\\p{N}'’-])`, flags))];
}
