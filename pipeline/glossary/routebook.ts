import { parseMarkdownPieces } from "../markdown/parse.ts";
import type { Problem } from "../problems.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";
import { findAbbreviations } from "./abbreviations.ts";
import { checkGlossary } from "./check.ts";
import { mergeGlossaries } from "./merge.ts";
import type { ParsedGlossary } from "./parse.ts";

/** A Markdown file of a routebook, as read from disk. */
export interface MarkdownFile {
  /** Path as shown in messages. */
  file: string;
  source: string;
}

/**
 * One routebook's glossary: the shared entries overridden by its own, and a warning
 * for each abbreviation in its Markdown that neither explains. The Markdown is parsed
 * again here rather than taken from the flow reader, which keeps this check out of
 * the flow's data model; parsing a flow takes milliseconds (a 20,000-step flow some
 * seconds), and piece by piece, so its tree is never held whole.
 */
export function glossaryForRoutebook(input: {
  shared: ParsedGlossary;
  own: ParsedGlossary;
  markdown: readonly MarkdownFile[];
  /** The two glossary files, shared first, for the warnings' hint. */
  glossaryFiles: readonly [string, string];
}): { glossary: GlossaryEntry[]; warnings: Problem[] } {
  const glossary = mergeGlossaries(input.shared.entries, input.own.entries).map((placed) => placed.entry);
  const uses = input.markdown.flatMap(({ file, source }) => {
    const found = [];
    for (const piece of parseMarkdownPieces(source)) found.push(...findAbbreviations(piece, source, file));
    return found;
  });
  // A long word in capitals that the same text also writes in lower case is emphasis, not an abbreviation ("ROLLEN en bevoegdheden").
  const words = new Set(input.markdown.flatMap(({ source }) => lowerCaseWords(source)));
  const abbreviations = uses.filter((use) => use.term.length < 5 || !words.has(use.term.toLowerCase()));
  return { glossary, warnings: checkGlossary(abbreviations, glossary, input.glossaryFiles) };
}

/**
 * The words a text writes in lower case (hyphens allowed after the first letter).
 * Split on what is no such word rather than matched: a pattern with `+` over a
 * single 5 MB word overflows the regular-expression engine's stack.
 */
function lowerCaseWords(text: string): string[] {
  return text
    .split(/[^\p{Ll}-]+/u)
    .map((run) => run.replace(/^-+/, ""))
    .filter((word) => word.length >= 2);
}
