import { OPS, type PDFDocumentProxy, type PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { assembleDocument, type ExtractedDocument, type PageInput } from "./document.ts";
import type { PdfWarning } from "./errors.ts";
import type { FoundHeading } from "./headings.ts";
import { buildLines, type PositionedText } from "./lines.ts";
import { readPdf } from "./load.ts";
import { outlineHeadings } from "./outline.ts";
import { structureHeadings } from "./structure.ts";

export interface ExtractOptions {
  /** Display name of the file in messages. */
  file: string;
  /** Give up on a document after this long; a damaged PDF must never hang the build. */
  timeoutMs?: number;
}

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);

/** Extracts a PDF into a structured document: headings, chapters, clean text per page and links. */
export async function extractPdf(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedDocument> {
  return readPdf(bytes, options.file, options.timeoutMs ?? 60_000, (doc) => read(doc, options.file));
}

async function read(doc: PDFDocumentProxy, file: string): Promise<ExtractedDocument> {
  const warnings: PdfWarning[] = [];
  const [metadata, pageLabels, outline, markInfo] = await Promise.all([
    doc.getMetadata().catch(() => undefined),
    doc.getPageLabels().catch(() => null),
    outlineHeadings(doc).catch(() => []),
    doc.getMarkInfo().catch(() => null),
  ]);
  const tagged = markInfo != null && readMarked(markInfo);
  const pages: PageInput[] = [];
  const structure: FoundHeading[] = [];
  const links: { url: string; page: number }[] = [];

  for (let number = 1; number <= doc.numPages; number++) {
    let page: PDFPageProxy | undefined;
    try {
      page = await doc.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: tagged });
      const items = content.items.filter((item): item is PositionedText & typeof item => "str" in item);
      const lines = buildLines(items, page.view);
      const annotations = await page.getAnnotations({ intent: "display" });
      const urls = annotations.flatMap((a: { subtype?: string; url?: string }) => (a.subtype === "Link" && a.url ? [a.url] : []));
      for (const url of urls) links.push({ url, page: number });
      if (tagged && outline.length === 0) structure.push(...(await structureHeadings(page, content.items, number)));
      if (lines.length === 0 && (await hasImages(page))) {
        warnings.push({ page: number, message: "has no text layer, only images: it needs OCR before its text can be used" });
      }
      pages.push({ page: number, lines, urls });
    } catch (error) {
      warnings.push({ page: number, message: `could not be read (${(error as Error).message}); the other pages were extracted` });
      pages.push({ page: number, lines: [], urls: [] });
    } finally {
      page?.cleanup();
    }
  }

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

async function hasImages(page: PDFPageProxy): Promise<boolean> {
  const operators = await page.getOperatorList();
  return operators.fnArray.some((op) => IMAGE_OPS.has(op));
}
