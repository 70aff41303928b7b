import { SIGNALS_FILE } from "../files/content-names.ts";
import type { Source } from "../model/model.ts";
import type { DocumentChapter } from "../documents/types.ts";
import { stepInlineRuns } from "../flow/step-text.ts";
import { splitReference } from "../wording/references.ts";
import type { Problem } from "../problems/problems.ts";
import { resolveReference } from "./resolve.ts";
import type { Flow } from "../schema/flow.ts";
import type { Inline, LinkTarget, RichText } from "../schema/rich.ts";
import type { PlacedLink } from "../signals/read.ts";
import { LINKED_PAGES } from "../urls/scheme.ts";
import { closest } from "../problems/suggest.ts";
import { inlinesOfType, textRuns } from "../rich/text.ts";

type InternalLink = Extract<Inline, { type: "internalLink" }>;

/** Where a link stands: the file, and the chapter when it is in a document (for `#anchor` links). */
interface LinkContext {
  file: string;
  chapter?: { source: Source; chapter: DocumentChapter };
}

/**
 * Resolves every internal link of a routebook (`#step`, `stap:step`,
 * `bron:Document, Hoofdstuk N`, `pagina:name`, and `#anchor` inside a document)
 * to a page of the site, or reports it with file and line:column. The links are
 * fresh nodes of this routebook's read, so their `target` is filled in where they
 * stand. `thresholds`: whether the routebook has any, and so a thresholds page.
 */
export function resolveInternalLinks(
  content: {
    flow: Flow;
    description: RichText;
    documents: readonly Source[];
    signals: readonly PlacedLink[];
    thresholds: boolean;
  },
  files: { flow: string; meta: string; signals: string },
  problems: Problem[],
): void {
  const stepIds = content.flow.steps.map((step) => step.id);
  const visit = (runs: Iterable<readonly Inline[]>, context: LinkContext) => {
    for (const run of runs) for (const link of inlinesOfType(run, "internalLink")) resolveOne(link, context);
  };

  /** Resolves a link and hands its target to `keep` (by default, the link node itself holds it). */
  const resolveOne = (
    link: InternalLink,
    context: LinkContext,
    keep = (target: LinkTarget): void => void Object.assign(link, { target }),
  ) => {
    const found = targetOf(link.href, context);
    if ("target" in found) keep(found.target);
    else
      problems.push({
        file: context.file,
        line: link.line,
        column: link.column,
        message: `the link "${link.href}" ${found.problem}`,
        hint: found.hint,
      });
  };

  const targetOf = (href: string, context: LinkContext): { target: LinkTarget } | { problem: string; hint: string } => {
    if (href.startsWith("bron:")) return documentTarget(href.slice("bron:".length), content.documents);
    if (href.startsWith("pagina:")) return pageTarget(href.slice("pagina:".length), content.thresholds);
    const inDocument = href.startsWith("#") ? context.chapter : undefined;
    if (inDocument) return anchorTarget(href.slice(1), inDocument.source, inDocument.chapter);
    const id = href.slice(href.startsWith("#") ? 1 : "stap:".length);
    if (stepIds.includes(id)) return { target: { kind: "step", step: id } };
    const near = closest(id, stepIds);
    return { problem: "leads to no step of the flow", hint: near ? `did you mean "${near}"?` : "use the id of a step: `stap:<step-id>`" };
  };

  for (const { linked, line, column } of content.signals) {
    if (linked.link)
      resolveOne(
        { type: "internalLink", href: linked.link, children: [], line, column },
        { file: files.signals },
        (target) => void Object.assign(linked, { target }),
      );
  }
  for (const step of content.flow.steps) visit(stepInlineRuns(step), { file: files.flow });
  visit(textRuns(content.flow.intro), { file: files.flow });
  visit(textRuns(content.description), { file: files.meta });
  for (const source of content.documents) {
    for (const chapter of source.text?.chapters ?? []) {
      visit(textRuns(chapter), { file: chapter.file, chapter: { source, chapter } });
    }
  }
}

/** `bron:Praktische handreiking, Bijlage 1`: resolved like a "lees verder" reference. */
function documentTarget(cited: string, documents: readonly Source[]): { target: LinkTarget } | { problem: string; hint: string } {
  const { document, chapter } = splitReference(cited);
  const source = documents.find((candidate) => candidate.alias === document);
  if (!source) {
    const near = closest(
      document,
      documents.map((candidate) => candidate.alias),
    );
    return {
      problem: `names the document "${document}", which routeboek.md does not list`,
      hint: near ? `did you mean "${near}"?` : "use a document alias from routeboek.md",
    };
  }
  if (!source.text)
    return {
      problem: `leads into "${source.alias}", whose file is not in the content`,
      hint: "link to the document's web address instead, or add its file",
    };
  const resolution = resolveReference(chapter, source.text);
  if ("target" in resolution) {
    const { chapter: slug, anchor } = resolution.target;
    return { target: { kind: "chapter", document: source.slug, chapter: slug, ...(anchor ? { anchor } : {}) } };
  }
  return {
    problem: `does not resolve: ${resolution.problem}`,
    hint: resolution.suggestions.length
      ? `closest headings: ${resolution.suggestions.map((title) => `"${title}"`).join("; ")}`
      : "check the chapter's heading",
  };
}

/** `pagina:signalen`: a page of the routebook's own, if this routebook has it. */
function pageTarget(name: string, thresholds: boolean): { target: LinkTarget } | { problem: string; hint: string } {
  const pages = LINKED_PAGES.filter((page) => thresholds || page.needs !== "thresholds");
  const names = (joint: string) => {
    const all = pages.map((page) => `pagina:${page.link}`);
    return `${all.slice(0, -1).join(", ")} ${joint} ${all.at(-1)}`;
  };
  const page = LINKED_PAGES.find((candidate) => candidate.link === name);
  if (!page) {
    const near = closest(
      name,
      pages.map((candidate) => candidate.link),
    );
    const listed = `a routebook's pages are ${names("and")}`;
    const hint = near ? `did you mean "pagina:${near}"? ${listed}` : listed;
    return { problem: "leads to no page of this routebook", hint };
  }
  if (!pages.includes(page)) {
    return {
      problem: "leads to the thresholds page, which this routebook does not have: " + `it has no thresholds in ${SIGNALS_FILE}`,
      hint: `add the thresholds to ${SIGNALS_FILE}, or link to ${names("or")}`,
    };
  }
  return { target: { kind: "page", page: page.link } };
}

/** `#anchor` inside a document: a section of the same chapter, or another chapter of the document. */
function anchorTarget(
  anchor: string,
  source: Source,
  chapter: DocumentChapter,
): { target: LinkTarget } | { problem: string; hint: string } {
  if (chapter.sections.some((section) => section.anchor === anchor))
    return { target: { kind: "chapter", document: source.slug, chapter: chapter.slug, anchor } };
  const chapters = source.text?.chapters ?? [];
  if (chapters.some((candidate) => candidate.slug === anchor))
    return { target: { kind: "chapter", document: source.slug, chapter: anchor } };
  const near = closest(anchor, [...chapter.sections.map((section) => section.anchor), ...chapters.map((candidate) => candidate.slug)]);
  return {
    problem: "leads to no section of this chapter and no chapter of this document",
    hint: near ? `did you mean "#${near}"?` : "write <bron:Document, Hoofdstuk N> to link to a chapter",
  };
}
