import { parseMarkdownPieces } from "../markdown/parse.ts";
import type { Problem } from "../problems/problems.ts";
import type { GlossaryEntry } from "../../shared/schema/glossary.ts";
import { findAbbreviations, type AbbreviationUse } from "./abbreviations.ts";
import { checkGlossary } from "./check.ts";
import { mergeGlossaries } from "./merge.ts";
import type { ParsedGlossary } from "./parse.ts";

/** A Markdown file of a routebook, as read from disk. */
export interface MarkdownFile {
  /** Path as shown in messages. */
  file: string;
  source: string;
  /** The abbreviations in its prose, when whoever read the file found them in its own parse (the flow's); otherwise the file is parsed here. */
  uses?: readonly AbbreviationUse[];
}

/**
 * One routebook's glossary: the shared entries overridden by its own, and a warning
 * for each abbreviation in its Markdown that neither explains. A file is parsed here
 * unless its reader passes the abbreviations it found in its own parse: the flow
 * reader does (content.ts), as parsing a long flow twice doubled the time of `check`
 * (issue 13, item 8). Parsing goes piece by piece, so a tree is never held whole.
 */
export function glossaryForRoutebook(input: {
  shared: ParsedGlossary;
  own: ParsedGlossary;
  markdown: readonly MarkdownFile[];
  /** The two glossary files, shared first, for the warnings' hint. */
  glossaryFiles: readonly [string, string];
}): { glossary: GlossaryEntry[]; warnings: Problem[] } {
  const glossary = mergeGlossaries(input.shared.entries, input.own.entries).map((placed) => placed.entry);
  const uses = input.markdown.flatMap(({ file, source, uses: found }) => {
    if (found) return found;
    const inFile = [];
    for (const piece of parseMarkdownPieces(source)) inFile.push(...findAbbreviations(piece, source, file));
    return inFile;
  });
  // A long word in capitals that the same text also writes in lower case is emphasis, not an abbreviation ("ROLLEN en bevoegdheden").
  const emphasis = lowerCaseWordsAmong(
    new Set(uses.filter((use) => use.term.length >= 5).map((use) => use.term.toLowerCase())),
    input.markdown,
  );
  const abbreviations = uses.filter((use) => use.term.length < 5 || !emphasis.has(use.term.toLowerCase()));
  return { glossary, warnings: checkGlossary(abbreviations, glossary, input.glossaryFiles) };
}

/** Which of `wanted` the files write as a lower-case word; only those are kept, not every word of a long flow. */
function lowerCaseWordsAmong(wanted: ReadonlySet<string>, files: readonly MarkdownFile[]): Set<string> {
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  for (const { source } of files) {
    for (const word of lowerCaseWords(source)) if (wanted.has(word)) found.add(word);
  }
  return found;
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
