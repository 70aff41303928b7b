import { GLOSSARY_FILE } from "../files/content-names.ts";
import { join } from "node:path";
import type { Problem } from "../problems/problems.ts";
import { type ContentFileKind, readContentText, refusalProblem } from "../files/content-file.ts";
import type { GlossaryEntry } from "../../shared/schema/glossary.ts";
import { parseGlossary, type ParsedGlossary } from "./parse.ts";
import type { AbbreviationUse } from "./abbreviations.ts";
import { glossaryForRoutebook, type MarkdownFile } from "./routebook.ts";

/** Name of a glossary file: in the content root for all routebooks, in a routebook folder for that one. */

/** A Markdown file as its reader read it, with the abbreviations found in its prose. */
export interface ScannedMarkdown {
  source: string;
  uses: readonly AbbreviationUse[];
}

export interface GlossaryResult {
  /** Each routebook's merged glossary, by routebook id. */
  glossaries: Map<string, GlossaryEntry[]>;
  /** Broken glossary files: bad YAML, bad entries, a term twice in one file. */
  problems: Problem[];
  /** Abbreviations in the routebooks' Markdown that no glossary explains. */
  warnings: Problem[];
}

/**
 * Reads the shared glossary and each routebook's own (both optional) and checks the
 * routebooks' Markdown files for unexplained abbreviations. The only I/O of the
 * glossary; everything else is pure. `books` are the routebooks' ids with the
 * folders they were read from. `markdownFilesOf` gives a routebook's Markdown
 * files (its metadata, flow and documents written as text); `display` turns a path
 * into the form messages show. `scanned` holds files, by path, that their reader has
 * already read and searched for abbreviations (the flows): they are not read again.
 */
export async function readGlossaries(
  root: string,
  books: readonly { id: string; dir: string }[],
  markdownFilesOf: (id: string) => readonly string[],
  display: (path: string) => string,
  scanned: ReadonlyMap<string, ScannedMarkdown> = new Map(),
): Promise<GlossaryResult> {
  const problems: Problem[] = [];
  // A file's text, inside its folder; undefined when it is absent or refused (the refusal is a problem).
  const read = async (path: string, within: string, kind: ContentFileKind) => {
    const text = await readContentText(path, { kind, within });
    if (text.ok) return text.value;
    if (text.refusal.fault !== "missing") problems.push(refusalProblem(text.refusal, display(path)));
    return undefined;
  };
  const sharedPath = join(root, GLOSSARY_FILE);
  const shared = parseGlossary((await read(sharedPath, root, "yaml")) ?? "", display(sharedPath));
  const result: GlossaryResult = { glossaries: new Map(), problems, warnings: [] };
  problems.push(...shared.problems);
  for (const { id, dir } of books) {
    const ownPath = join(dir, GLOSSARY_FILE);
    const own: ParsedGlossary = parseGlossary((await read(ownPath, dir, "yaml")) ?? "", display(ownPath));
    const markdown: MarkdownFile[] = [];
    for (const path of markdownFilesOf(id)) {
      const known = scanned.get(path);
      if (known) {
        markdown.push({ file: display(path), source: known.source, uses: known.uses });
        continue;
      }
      // These files were read and checked with the routebook; a refusal here was reported there already.
      const text = await readContentText(path, { kind: "markdown", within: dir });
      if (text.ok) markdown.push({ file: display(path), source: text.value });
    }
    const { glossary, warnings } = glossaryForRoutebook({
      shared,
      own,
      markdown,
      glossaryFiles: [display(sharedPath), display(ownPath)],
    });
    result.glossaries.set(id, glossary);
    result.problems.push(...own.problems);
    result.warnings.push(...warnings);
  }
  return result;
}
