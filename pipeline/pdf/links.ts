import { AnnotationType, type PDFDocumentProxy, type PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Annotation flags that hide an annotation from a reader (PDF 32000-1, 12.5.3): Invisible, Hidden, NoView. */
const NOT_SHOWN = 0x01 | 0x02 | 0x20;

interface LinkData {
  pageIndex: number;
  url?: string;
  annotationFlags?: number;
}

/**
 * The web links of every page, in page order. `doc.getAnnotationsByType`
 * reads only the link annotations and nothing under them; a page's
 * `getAnnotations()` would extract the text under every link to fill
 * `overlaidText`, reading each linked page's text a second time (about half
 * the cost of `getTextContent`).
 */
export async function webLinksByPage(doc: PDFDocumentProxy): Promise<Map<number, string[]>> {
  const annotations = ((await doc.getAnnotationsByType(new Set([AnnotationType.LINK]), new Set())) ?? []) as LinkData[];
  const byPage = new Map<number, string[]>();
  // The worker gathers pages concurrently; a stable sort restores page order and keeps each page's own order.
  const links = annotations.filter((a) => a.url && !((a.annotationFlags ?? 0) & NOT_SHOWN)).sort((a, b) => a.pageIndex - b.pageIndex);
  for (const link of links) {
    const page = link.pageIndex + 1;
    byPage.set(page, [...(byPage.get(page) ?? []), link.url!]);
  }
  return byPage;
}

/** One page's web links the slow way, for when the document-wide call fails. */
export async function pageWebLinks(page: PDFPageProxy): Promise<string[]> {
  const annotations = await page.getAnnotations({ intent: "display" });
  return annotations.flatMap((a: { subtype?: string; url?: string }) => (a.subtype === "Link" && a.url ? [a.url] : []));
}
