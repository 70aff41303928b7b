import { FLOW_FILE, META_FILE, SIGNALS_FILE } from "./files/content-names.ts";
import { readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parseFlow } from "./flow/parse.ts";
import { findAbbreviations, type AbbreviationUse } from "./glossary/abbreviations.ts";
import { readGlossaries, type ScannedMarkdown } from "./glossary/read.ts";
import {
  type ContentFileKind,
  namedFileProblem,
  readContentBytes,
  readContentText,
  refusalProblem,
  resolveWithin,
} from "./files/content-file.ts";
import { extractPdfCached } from "./pdf-jobs/cache.ts";
import { fromPdf, pdfUrls } from "./documents/from-pdf.ts";
import { readMarkdownDocument } from "./documents/markdown.ts";
import { type MarkdownBudget, markdownBudget } from "./markdown/limits.ts";
import { PdfError } from "./pdf/errors.ts";
import { ContentError, formatProblem, type Problem } from "./problems/problems.ts";
import { slugify } from "./ids/slug.ts";
import { checkReferenceDocuments } from "./references/documents.ts";
import { resolveReferences } from "./references/resolve-flow.ts";
import { resolveInternalLinks } from "./references/resolve-links.ts";
import { EMPTY_SIGNAL_EDGES, hasSignalsPage, parseSignals } from "./signals/read.ts";
import { parseRoutebookMeta } from "./routebook.ts";
import { markdownDocumentFiles } from "./markdown-files.ts";
import { routebookFolders } from "./routebook-folders.ts";
import { checkPublishedReport } from "./links/published-report.ts";
import type { Routebook, Source } from "./model/model.ts";
import type { SourceDocument } from "./schema/source-document.ts";
import { emptySlugProblems, type RoutebookUrls, routebookClaims, siteClaims, urlCollisions } from "./urls/site-urls.ts";

export interface ContentResult {
  routebooks: Routebook[];
  /** Errors: the content must not be published like this. */
  problems: Problem[];
  /** Things to look at that do not stop the build, such as a PDF page without text. */
  warnings: Problem[];
  /** References to documents whose file is not in the content: cited as written, not verified. */
  unverified: Problem[];
}

/** Reads every routebook folder under `root`; collects all problems instead of stopping at the first. */
export async function readContent(root: string): Promise<ContentResult> {
  const listed = await listFolder(root);
  if (!listed.ok) return { routebooks: [], problems: [listed.problem], warnings: [], unverified: [] };
  const { folders, warnings: folderWarnings } = await routebookFolders(root, listed.entries, display);
  const results: RoutebookResult[] = [];
  // One routebook at a time: pdf.js runs on the main thread, so parallel PDFs gain nothing.
  for (const folder of folders) results.push(await readRoutebook(join(root, folder), folder));
  const problems = results.flatMap((result) => result.problems);
  // Every URL once across the site: checked here, before Astro would quietly let one page replace another.
  const urls = results.flatMap((result) => result.urls ?? []);
  problems.push(...urlCollisions([...siteClaims(urls.map((book) => book.id)), ...urls.flatMap(routebookClaims)]));
  if (folders.length === 0) {
    problems.push({ file: display(root), message: "no routebook folders found", hint: "add a folder with routeboek.md and flow.md" });
  }
  const routebooks = results.flatMap((result) => result.routebook ?? []);
  // Glossaries come after the routebooks: the shared one serves all of them, and only a valid routebook is checked.
  // By the folder the routebook was read from: its id may name no folder (a typo), which is a problem of its own.
  const folderOf = new Map(results.flatMap((result) => (result.routebook ? [[result.routebook.id, result.dir] as const] : [])));
  const markdownFilesOf = (id: string) => {
    const book = routebooks.find((candidate) => candidate.id === id)!;
    const dir = folderOf.get(id)!;
    const documents = book.documents.flatMap((source) =>
      source.text?.kind === "markdown" ? source.text.chapters.map((chapter) => chapter.file) : [],
    );
    return [...new Set([join(dir, META_FILE), join(dir, FLOW_FILE), ...documents])];
  };
  // The flows were searched for abbreviations while they were parsed: the glossary check does not parse them again.
  const scanned = new Map(results.flatMap((result) => (result.flowScan ? [[result.flowScan.path, result.flowScan] as const] : [])));
  const books = routebooks.map((book) => ({ id: book.id, dir: folderOf.get(book.id)! }));
  const glossaries = await readGlossaries(root, books, markdownFilesOf, display, scanned);
  const report = await checkPublishedReport(root);
  return {
    routebooks: routebooks.map((book) => ({ ...book, glossary: glossaries.glossaries.get(book.id) ?? [] })),
    problems: [...problems, ...glossaries.problems, ...report.problems],
    warnings: [...folderWarnings, ...results.flatMap((result) => result.warnings), ...glossaries.warnings],
    unverified: results.flatMap((result) => result.unverified),
  };
}

/** The content folder's entries, or why it cannot be read: the build reports it like any other problem. */
async function listFolder(root: string) {
  try {
    return { ok: true as const, entries: await readdir(root, { withFileTypes: true }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    const reason =
      code === "ENOENT"
        ? "the content folder does not exist"
        : code === "ENOTDIR"
          ? "the content folder is a file, not a folder"
          : `the content folder cannot be read (${code})`;
    return {
      ok: false as const,
      problem: {
        file: display(root),
        message: reason,
        hint: "give the content folder with --content <dir> or ROUTEBOEK_CONTENT (default: content)",
      },
    };
  }
}

/** Like readContent, but throws a ContentError listing every problem; for the build. */
export async function loadContent(root: string, warn: (message: string) => void = console.warn): Promise<Routebook[]> {
  const { routebooks, problems, warnings } = await readContent(root);
  for (const warning of warnings) warn(formatProblem(warning));
  if (problems.length) throw new ContentError(problems);
  return routebooks;
}

interface RoutebookResult {
  /** The folder the routebook was read from. */
  dir: string;
  routebook?: Omit<Routebook, "glossary">;
  /** What the routebook publishes, for the check that every URL is taken once; absent when its metadata could not be read. */
  urls?: RoutebookUrls;
  problems: Problem[];
  warnings: Problem[];
  unverified: Problem[];
  /** flow.md as read, with the abbreviations in its prose, for the glossary check. */
  flowScan?: ScannedMarkdown & { path: string };
}

async function readRoutebook(dir: string, folder: string): Promise<RoutebookResult> {
  const metaFile = display(join(dir, META_FILE));
  const flowFile = display(join(dir, FLOW_FILE));
  const signalsFile = display(join(dir, SIGNALS_FILE));
  const readProblems: Problem[] = [];
  // A file's text; undefined when there is no such file, null when it was refused (a problem says why).
  const read = async (name: string, kind: ContentFileKind) => {
    const text = await readContentText(join(dir, name), { kind, within: dir });
    if (text.ok) return text.value;
    if (text.refusal.fault === "missing") return undefined;
    readProblems.push(refusalProblem(text.refusal, display(join(dir, name))));
    return null;
  };
  const [metaSource, flowSource, signalsSource] = await Promise.all([
    read(META_FILE, "markdown"),
    read(FLOW_FILE, "markdown"),
    read(SIGNALS_FILE, "yaml"),
  ]);
  const missing = (file: string, what: string): Problem => ({ file, message: `${what} is missing`, hint: "see docs/content-format.md" });
  const warnings: Problem[] = [];
  const unverified: Problem[] = [];
  if (metaSource === undefined) readProblems.push(missing(metaFile, "the routebook's metadata"));
  if (flowSource === undefined) readProblems.push(missing(flowFile, "the routebook's flow"));
  if (typeof metaSource !== "string" || typeof flowSource !== "string") return { dir, problems: readProblems, warnings, unverified };

  const { meta, description, problems, placeOf } = parseRoutebookMeta(metaSource, metaFile, folder);
  problems.push(...readProblems);
  // One budget for all Markdown of the routebook (markdown/limits.ts); flow.md is parsed whatever its share.
  const budget = markdownBudget();
  for (const [file, source] of [
    [metaFile, metaSource],
    [flowFile, flowSource],
  ] as const) {
    const over = budget(file, source);
    if (over) problems.push(over);
  }
  const flowUses: AbbreviationUse[] = [];
  const parsed = parseFlow(flowSource, flowFile, (piece) => flowUses.push(...findAbbreviations(piece, flowSource, flowFile)));
  const flowScan = { path: join(dir, FLOW_FILE), source: flowSource, uses: flowUses };
  problems.push(...parsed.problems);
  warnings.push(...parsed.warnings);
  // Thresholds are optional: only routebooks whose sources give them have a signalen.yml.
  const signals =
    typeof signalsSource === "string"
      ? parseSignals(signalsSource, signalsFile)
      : { signals: [], edges: EMPTY_SIGNAL_EDGES, links: [], problems: [] };
  problems.push(...signals.problems);
  if (!meta) return { dir, problems, warnings, unverified, flowScan };
  const documents: Source[] = [];
  for (const [index, document] of meta.documents.entries()) {
    // A missing file is reported where routeboek.md names it.
    const at = (key: "pdf" | "markdown") => ({ file: metaFile, ...placeOf?.(["documents", index, key]) });
    documents.push(await readSource(dir, document, at, problems, warnings, budget));
  }
  // References are checked on the flow as read, so they are reported together with any other problem.
  problems.push(...checkReferenceDocuments(parsed.draft, meta.documents, flowFile));
  const flow = resolveReferences(parsed.draft, documents, flowFile, problems, unverified);
  const links = { flow, description, documents, signals: signals.links, thresholds: hasSignalsPage(signals) };
  resolveInternalLinks(links, { flow: flowFile, meta: metaFile, signals: signalsFile }, problems);
  const urls: RoutebookUrls = {
    id: meta.id,
    place: { file: metaFile, ...placeOf?.(["id"]) },
    documents: documents.map((source, index) => ({
      alias: source.alias,
      slug: source.slug,
      place: { file: metaFile, ...placeOf?.(["documents", index, "alias"]) },
      pdf: source.pdfPath !== undefined,
      chapters: (source.text?.chapters ?? []).map((chapter) => ({
        slug: chapter.slug,
        title: chapter.title,
        place: { file: chapter.file, line: chapter.line, page: chapter.page },
      })),
    })),
    steps: parsed.draft.steps.map((step) => ({ id: step.id, place: { file: flowFile, ...step.place } })),
  };
  problems.push(...emptySlugProblems(urls));
  // Only a flow that passed its schema is published; the draft served to find the other problems.
  if (!parsed.flow) return { dir, problems, warnings, unverified, urls, flowScan };
  const routebook = {
    ...meta,
    description,
    folder: display(dir),
    documents,
    flow,
    signals: signals.signals.map((placed) => placed.signal),
    signalEdges: signals.edges,
  };
  return { dir, routebook, problems, warnings, unverified, urls, flowScan };
}

/** Where routeboek.md names a document's file. */
type FilePlace = (key: "pdf" | "markdown") => Pick<Problem, "file" | "line" | "column">;

/**
 * Reads a source document's text: its PDF (extracted, cached) or its Markdown. A
 * missing file is a problem at its line in routeboek.md; a PDF that cannot be read
 * is a problem naming the PDF. A document with both was reported with the metadata.
 */
async function readSource(
  dir: string,
  document: SourceDocument,
  at: FilePlace,
  problems: Problem[],
  warnings: Problem[],
  budget: MarkdownBudget,
): Promise<Source> {
  const source: Source = { ...document, slug: slugify(document.alias) };
  if (document.pdf && document.markdown) return source;
  if (document.markdown) {
    return readMarkdownSource(dir, resolve(dir, document.markdown), source, at("markdown"), problems, budget);
  }
  if (!document.pdf) return source;
  const pdfPath = resolve(dir, document.pdf);
  const file = display(pdfPath);
  const bytes = await readContentBytes(pdfPath, { kind: "pdf", within: dir });
  if (!bytes.ok) {
    const refusal = bytes.refusal.fault === "missing" ? { ...bytes.refusal, hint: "check the `pdf` path" } : bytes.refusal;
    problems.push(namedFileProblem(refusal, "the PDF", file, at("pdf")));
    return source;
  }
  try {
    const { document: extracted } = await extractPdfCached(bytes.value, file);
    for (const warning of extracted.warnings) warnings.push({ file, page: warning.page, message: warning.message });
    // The site copies the file it was checked as, not whatever the path may point at later.
    return { ...source, pdfPath: bytes.realPath, text: fromPdf(extracted, file), pdfLinks: pdfUrls(extracted) };
  } catch (error) {
    if (!(error instanceof PdfError)) throw error;
    problems.push({ file, message: error.reason, hint: error.hint });
    return source;
  }
}

/** A `.md` file, or a folder of them read in name order; each inside the routebook's folder. */
async function readMarkdownSource(
  dir: string,
  path: string,
  source: Source,
  at: Pick<Problem, "file" | "line" | "column">,
  problems: Problem[],
  budget: MarkdownBudget,
): Promise<Source> {
  const shown = display(path);
  const resolved = await resolveWithin(path, dir);
  if (!resolved.ok) {
    const refusal =
      resolved.refusal.fault === "missing"
        ? { ...resolved.refusal, hint: "check the `markdown` path: a `.md` file or a folder of them" }
        : resolved.refusal;
    problems.push(namedFileProblem(refusal, "the Markdown document", shown, at));
    return source;
  }
  const listed = await markdownDocumentFiles(path, resolved.value);
  if (!listed.ok) {
    problems.push(namedFileProblem(listed.refusal, "the Markdown document", shown, at));
    return source;
  }
  const paths = listed.value;
  if (paths.length === 0)
    problems.push({ ...at, message: `the folder ${shown} holds no Markdown files`, hint: "add one `.md` file per chapter" });
  const files: { file: string; source: string }[] = [];
  for (const file of paths) {
    const text = await readContentText(file, { kind: "markdown", within: dir });
    const over = text.ok ? budget(display(file), text.value) : undefined;
    if (over) problems.push(over);
    else if (text.ok) files.push({ file: display(file), source: text.value });
    else problems.push(namedFileProblem(text.refusal, "the Markdown file", display(file), at));
  }
  const read = readMarkdownDocument(files);
  problems.push(...read.problems);
  return { ...source, text: read.text };
}

function display(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith("..") ? path : fromHere;
}
