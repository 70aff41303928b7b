import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * The 1-based page a PDF destination leads to: a named destination, or an
 * explicit array whose first entry is a page reference or a page index.
 */
export async function pageOfDestination(doc: PDFDocumentProxy, dest: string | unknown[] | null | undefined): Promise<number | undefined> {
  if (!dest) return undefined;
  const explicit = typeof dest === "string" ? await doc.getDestination(dest) : dest;
  const target = explicit?.[0];
  if (target && typeof target === "object") return (await doc.getPageIndex(target as { num: number; gen: number })) + 1;
  if (Number.isInteger(target)) return (target as number) + 1;
  return undefined;
}
