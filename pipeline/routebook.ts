import { readFrontmatter } from "./markdown/frontmatter.ts";
import { markdownLimitProblems } from "./markdown/limits.ts";
import { parseMarkdown } from "./markdown/parse.ts";
import type { Problem } from "./problems/problems.ts";
import { replaceLegacyFields } from "./routebook-legacy.ts";
import { createRichReader } from "./rich/read.ts";
import type { Place } from "./schema/place.ts";
import type { RichText } from "./schema/rich.ts";
import { parseWithProblems } from "./schema/friendly.ts";
import { RoutebookMetaSchema, type RoutebookMeta } from "./schema/routebook.ts";

export interface ParsedRoutebookMeta {
  meta?: RoutebookMeta;
  /** The text below the frontmatter: the routebook's introduction on the site. */
  description: RichText;
  /** Where a frontmatter value stands, for problems found later (a document's missing file). */
  placeOf?: (path: readonly PropertyKey[]) => Place;
  problems: Problem[];
}

/** Reads `routeboek.md`: validated frontmatter and the introduction below it. */
export function parseRoutebookMeta(source: string, file: string, folderName: string): ParsedRoutebookMeta {
  const beyond = markdownLimitProblems(source, file);
  if (beyond.length) return { description: { blocks: [], footnotes: [] }, problems: beyond };
  const tree = parseMarkdown(source);
  const frontmatter = readFrontmatter(tree, file);
  const textProblems: Problem[] = [];
  const reader = createRichReader(file, textProblems);
  const description = { blocks: reader.blocks(tree.children.filter((node) => node.type !== "yaml")), footnotes: reader.footnotes() };
  if (frontmatter.data === undefined) return { description, problems: [...frontmatter.problems, ...textProblems] };
  const current = replaceLegacyFields(frontmatter.data, file, frontmatter.placeOf);
  const parsed = parseWithProblems(RoutebookMetaSchema, current.data, file, frontmatter.placeOf);
  const meta = parsed.data;
  const problems = [...current.problems, ...parsed.problems, ...textProblems];
  // Checked on the raw data, so that it is reported together with any schema problems.
  const id = (frontmatter.data as { id?: unknown } | null)?.id;
  if (typeof id === "string" && id !== folderName) {
    problems.push({
      file,
      ...frontmatter.placeOf(["id"]),
      message: `the id "${id}" differs from the folder name "${folderName}"`,
      hint: `rename the folder or set \`id: ${folderName}\``,
    });
  }
  if (!meta) return { description, problems };
  const seen = new Set<string>();
  meta.documents.forEach((document, index) => {
    if (seen.has(document.alias)) {
      problems.push({
        file,
        ...frontmatter.placeOf(["documents", index, "alias"]),
        message: `the document alias "${document.alias}" is used twice`,
        hint: "give each source document its own alias",
      });
    }
    seen.add(document.alias);
    if (document.pdf && document.markdown) {
      problems.push({
        file,
        ...frontmatter.placeOf(["documents", index, "markdown"]),
        message: `the document "${document.alias}" has both a PDF and Markdown`,
        hint: "keep one of `pdf` and `markdown`",
      });
    }
  });
  return { meta, description, problems, placeOf: frontmatter.placeOf };
}
