// A routebook's content files, each with its outline: the one place that says which files and which YAML
// fields hold text a reader takes in, and which of it is the editors'.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { frontmatter, markdownOutline, type Outline, type Span, yamlSpans } from "./outline.ts";
import type { BookText } from "./types.ts";

export interface FileText extends Outline {
  file: string;
  text: string;
}

/** The flow's frontmatter fields that are read as text: the phases' words; corrections are a kind of their own. */
const FLOW_FIELDS = /^phases\.(title|explanation|startsWith|reference)$/;
/** signalen.yml: every field but the place of a quote (`source`); `note` is the editors'. */
const SIGNAL_FIELDS = (span: Span) => !/(^|\.)source$/.test(span.key ?? "");

const outlines = new WeakMap<BookText, FileText[]>();

/** Every content file of the routebook that holds text, with its outline (parsed once); glossaries are left out. */
export function filesOf(book: BookText): FileText[] {
  const known = outlines.get(book);
  if (known) return known;
  const result: FileText[] = [];
  for (const [file, text] of [...book.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (file.endsWith(".md")) {
      const outline = markdownOutline(text, file === "flow.md");
      const head = frontmatter(text);
      if (head && file === "flow.md") {
        outline.spans.unshift(...yamlSpans(head.yaml, head.offset).filter((span) => FLOW_FIELDS.test(span.key ?? "")));
      }
      if (head && file === "routeboek.md") {
        // The purpose is one sentence of the editors' (docs/content-format.md); the other fields are metadata.
        const purpose = yamlSpans(head.yaml, head.offset, (key) => key === "purpose").filter((span) => span.key === "purpose");
        outline.spans.unshift(...purpose);
      }
      result.push({ file, text, ...outline });
    } else if (file === "signalen.yml") {
      const spans = yamlSpans(text, 0, (key) => key === "note").filter(SIGNAL_FIELDS);
      result.push({ file, text, spans, blocks: [], options: [], steps: [], tables: [] });
    }
  }
  outlines.set(book, result);
  return result;
}

/** The routebook's text files (Markdown and YAML) under `root`, as the fidelity check reads them. */
export async function readBook(root: string, id: string): Promise<BookText> {
  const dir = join(root, id);
  const names = (await readdir(dir, { recursive: true })).filter((name) => /\.(md|ya?ml)$/.test(name)).sort();
  return {
    id,
    files: new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), "utf8")] as const))),
  };
}

/** Every span of the routebook's files that `wanted` accepts, with its file. */
export const spansOf = (files: readonly FileText[], wanted: (span: Span, file: FileText) => boolean) =>
  files.flatMap((file) => file.spans.filter((span) => wanted(span, file)).map((span) => ({ file, span })));
