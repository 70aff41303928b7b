import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { assembleDocument, type ExtractedDocument, type PageInput } from "./document.ts";
import type { PdfWarning } from "./errors.ts";
import type { FoundHeading } from "./headings.ts";
import { pagesWithImages } from "./images.ts";
import { buildLines, type PositionedText } from "./lines.ts";
import { pageWebLinks, webLinksByPage } from "./links.ts";
import { readPdf } from "./load.ts";
import { outlineHeadings } from "./outline.ts";
import { structureHeadings } from "./structure.ts";

export interface ExtractOptions {
  /** Display name of the file in messages. */
  file: string;
  /** Give up on a document after this long; a damaged PDF must never hang the build. */
  timeoutMs?: number;
}

/** Extracts a PDF into a structured document: headings, chapters, clean text per page and links. */
export async function extractPdf(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedDocument> {
  return readPdf(bytes, options.file, options.timeoutMs ?? 60_000, (doc) => read(doc, options.file, bytes));
}

async function read(doc: PDFDocumentProxy, file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const warnings: PdfWarning[] = [];
  const [metadata, pageLabels, outline, markInfo, urlsByPage] = await Promise.all([
    doc.getMetadata().catch(() => undefined),
    doc.getPageLabels().catch(() => null),
    outlineHeadings(doc).catch(() => []),
    doc.getMarkInfo().catch(() => null),
    // Should the document-wide call fail, each page asks for its own links (slower, as it reads their text again).
    webLinksByPage(doc).catch(() => undefined),
  ]);
  const tagged = markInfo != null && readMarked(markInfo);
  const pages: PageInput[] = [];
  const structure: FoundHeading[] = [];
  const links: { url: string; page: number }[] = [];
  const withoutText: number[] = [];

  for (let number = 1; number <= doc.numPages; number++) {
    let page: PDFPageProxy | undefined;
    try {
      page = await doc.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: tagged });
      const items = content.items.filter((item): item is PositionedText & typeof item => "str" in item);
      const lines = buildLines(items, page.view);
      const urls = urlsByPage ? (urlsByPage.get(number) ?? []) : await pageWebLinks(page);
      for (const url of urls) links.push({ url, page: number });
      if (tagged && outline.length === 0) structure.push(...(await structureHeadings(page, content.items, number)));
      if (lines.length === 0) withoutText.push(number);
      pages.push({ page: number, lines, urls });
    } catch (error) {
      warnings.push({ page: number, message: `could not be read (${(error as Error).message}); the other pages were extracted` });
      pages.push({ page: number, lines: [], urls: [] });
    } finally {
      page?.cleanup();
    }
  }

  for (const number of await pagesWithImages(bytes, withoutText).catch(() => new Set<number>())) {
    warnings.push({ page: number, message: "has no text layer, only images: it needs OCR before its text can be used" });
  }
  warnings.sort((a, b) => a.page - b.page);

  const info = metadata?.info as { Title?: string } | undefined;
  const givenHeadings =
    outline.length > 0
      ? { source: "outline" as const, headings: outline }
      : structure.length > 0
        ? { source: "structure" as const, headings: structure }
        : undefined;
  return assembleDocument({
    title: info?.Title?.trim() || file.replace(/^.*\//, "").replace(/\.pdf$/i, ""),
    pages,
    givenHeadings,
    ...(pageLabels ? { pageLabels } : {}),
    links,
    warnings,
  });
}

function readMarked(markInfo: unknown): boolean {
  if (markInfo instanceof Map) return markInfo.get("Marked") === true;
  return (markInfo as { Marked?: boolean }).Marked === true;
}
