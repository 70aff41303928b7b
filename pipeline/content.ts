import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parseFlow } from "./flow/parse.ts";
import { findAbbreviations, type AbbreviationUse } from "./glossary/abbreviations.ts";
import { readGlossaries, type ScannedMarkdown } from "./glossary/read.ts";
import { readOptional } from "./read-optional.ts";
import { extractPdfCached } from "./pdf/cache.ts";
import { fromPdf, pdfUrls } from "./documents/from-pdf.ts";
import { readMarkdownDocument } from "./documents/markdown.ts";
import { PdfError } from "./pdf/errors.ts";
import { ContentError, formatProblem, type Problem } from "./problems.ts";
import { slugify } from "./slug.ts";
import { checkReferenceDocuments } from "./references/documents.ts";
import { resolveReferences } from "./references/resolve-flow.ts";
import { resolveInternalLinks } from "./rich/resolve-links.ts";
import { parseSignals, SIGNALS_FILE } from "./signals/read.ts";
import { parseRoutebookMeta } from "./routebook.ts";
import { FLOW_FILE, LINK_REPORT_DIR, META_FILE, type Routebook, type Source } from "./model.ts";
import type { SourceDocument } from "./schema/source-document.ts";

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
  const entries = await readdir(root, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory() && entry.name !== LINK_REPORT_DIR)
    .map((entry) => entry.name)
    .sort();
  const results: RoutebookResult[] = [];
  // One routebook at a time: pdf.js runs on the main thread, so parallel PDFs gain nothing.
  for (const folder of folders) results.push(await readRoutebook(join(root, folder), folder));
  const problems = results.flatMap((result) => result.problems);
  if (folders.length === 0) {
    problems.push({ file: display(root), message: "no routebook folders found", hint: "add a folder with routeboek.md and flow.md" });
  }
  const routebooks = results.flatMap((result) => result.routebook ?? []);
  // Glossaries come after the routebooks: the shared one serves all of them, and only a valid routebook is checked.
  const markdownFilesOf = (id: string) => {
    const book = routebooks.find((candidate) => candidate.id === id)!;
    const documents = book.documents.flatMap((source) => (source.text?.kind === "markdown" ? source.text.chapters.map((chapter) => chapter.file) : []));
    return [...new Set([join(root, id, META_FILE), join(root, id, FLOW_FILE), ...documents])];
  };
  // The flows were searched for abbreviations while they were parsed: the glossary check does not parse them again.
  const scanned = new Map(results.flatMap((result) => (result.flowScan ? [[result.flowScan.path, result.flowScan] as const] : [])));
  const glossaries = await readGlossaries(root, routebooks.map((book) => book.id), markdownFilesOf, display, scanned);
  return {
    routebooks: routebooks.map((book) => ({ ...book, glossary: glossaries.glossaries.get(book.id) ?? [] })),
    problems: [...problems, ...glossaries.problems],
    warnings: [...results.flatMap((result) => result.warnings), ...glossaries.warnings],
    unverified: results.flatMap((result) => result.unverified),
  };
}

/** Like readContent, but throws a ContentError listing every problem; for the build. */
export async function loadContent(root: string, warn: (message: string) => void = console.warn): Promise<Routebook[]> {
  const { routebooks, problems, warnings } = await readContent(root);
  for (const warning of warnings) warn(formatProblem(warning));
  if (problems.length) throw new ContentError(problems);
  return routebooks;
}

interface RoutebookResult {
  routebook?: Omit<Routebook, "glossary">;
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
  const [metaSource, flowSource, signalsSource] = await Promise.all([META_FILE, FLOW_FILE, SIGNALS_FILE].map((name) => readOptional(join(dir, name))));
  const missing = (file: string, what: string): Problem => ({ file, message: `${what} is missing`, hint: "see the content format in the README" });
  const warnings: Problem[] = [];
  const unverified: Problem[] = [];
  if (metaSource === undefined) return { problems: [missing(metaFile, "the routebook's metadata")], warnings, unverified };
  if (flowSource === undefined) return { problems: [missing(flowFile, "the routebook's flow")], warnings, unverified };

  const { meta, description, problems, placeOf } = parseRoutebookMeta(metaSource, metaFile, folder);
  const flowUses: AbbreviationUse[] = [];
  const parsed = parseFlow(flowSource, flowFile, (piece) => flowUses.push(...findAbbreviations(piece, flowSource, flowFile)));
  const flowScan = { path: join(dir, FLOW_FILE), source: flowSource, uses: flowUses };
  problems.push(...parsed.problems);
  warnings.push(...parsed.warnings);
  // Thresholds are optional: only routebooks whose sources give them have a signalen.yml.
  const signals = signalsSource === undefined ? { signals: [], problems: [] } : parseSignals(signalsSource, signalsFile);
  problems.push(...signals.problems);
  if (!meta) return { problems, warnings, unverified, flowScan };
  const documents: Source[] = [];
  for (const [index, document] of meta.documents.entries()) {
    // A missing file is reported where routeboek.md names it.
    const at = (key: "pdf" | "markdown") => ({ file: metaFile, ...placeOf?.(["documents", index, key]) });
    documents.push(await readSource(dir, document, at, problems, warnings));
  }
  // References are checked on the flow as read, so they are reported together with any other problem.
  problems.push(...checkReferenceDocuments(parsed.draft, meta.documents, flowFile));
  const flow = resolveReferences(parsed.draft, documents, flowFile, problems, unverified);
  resolveInternalLinks({ flow, description, documents, signals: signals.signals }, { flow: flowFile, meta: metaFile, signals: signalsFile }, problems);
  // Only a flow that passed its schema is published; the draft served to find the other problems.
  if (!parsed.flow) return { problems, warnings, unverified, flowScan };
  const routebook = { ...meta, description, folder: display(dir), documents, flow, signals: signals.signals.map((placed) => placed.signal) };
  return { routebook, problems, warnings, unverified, flowScan };
}

/** Where routeboek.md names a document's file. */
type FilePlace = (key: "pdf" | "markdown") => Pick<Problem, "file" | "line" | "column">;

/**
 * Reads a source document's text: its PDF (extracted, cached) or its Markdown. A
 * missing file is a problem at its line in routeboek.md; a PDF that cannot be read
 * is a problem naming the PDF. A document with both was reported with the metadata.
 */
async function readSource(dir: string, document: SourceDocument, at: FilePlace, problems: Problem[], warnings: Problem[]): Promise<Source> {
  const source: Source = { ...document, slug: slugify(document.alias) };
  if (document.pdf && document.markdown) return source;
  if (document.markdown) return readMarkdownSource(resolve(dir, document.markdown), source, at("markdown"), problems);
  if (!document.pdf) return source;
  const pdfPath = resolve(dir, document.pdf);
  const file = display(pdfPath);
  try {
    const { document: extracted } = await extractPdfCached(pdfPath, file);
    for (const warning of extracted.warnings) warnings.push({ file, page: warning.page, message: warning.message });
    return { ...source, pdfPath, text: fromPdf(extracted, file), pdfLinks: pdfUrls(extracted) };
  } catch (error) {
    if (error instanceof PdfError) problems.push({ file, message: error.reason, hint: error.hint });
    else if ((error as NodeJS.ErrnoException).code === "ENOENT") problems.push({ ...at("pdf"), message: `the PDF ${file} does not exist`, hint: "check the `pdf` path" });
    else throw error;
    return source;
  }
}

/** A `.md` file, or a folder of them read in name order. */
async function readMarkdownSource(path: string, source: Source, at: Pick<Problem, "file" | "line" | "column">, problems: Problem[]): Promise<Source> {
  const info = await stat(path).catch(() => undefined);
  if (!info) {
    problems.push({ ...at, message: `the Markdown document ${display(path)} does not exist`, hint: "check the `markdown` path: a `.md` file or a folder of them" });
    return source;
  }
  const paths = info.isDirectory()
    ? (await readdir(path)).filter((name) => name.endsWith(".md")).sort().map((name) => join(path, name))
    : [path];
  if (paths.length === 0) problems.push({ ...at, message: `the folder ${display(path)} holds no Markdown files`, hint: "add one `.md` file per chapter" });
  const files = await Promise.all(paths.map(async (file) => ({ file: display(file), source: await readFile(file, "utf8") })));
  const read = readMarkdownDocument(files);
  problems.push(...read.problems);
  return { ...source, text: read.text };
}

function display(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith("..") ? path : fromHere;
}
