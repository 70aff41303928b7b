import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * Which of `pages` (1-based) paint an image, found without decoding any
 * image. pdf.js decodes every image an operator list meets (a scanned cover
 * costs 0.1–0.6 s), and no option turns that off; but `maxImageSize: 0` drops
 * every image before decoding it. A document that drops images quietly gives
 * a page's full operator list; one that also stops at errors stops at the
 * first dropped image, and pdf.js then hands over the operator list cut
 * short. So a page whose strict list is shorter than its tolerant one has an
 * image. Only pages without text are asked about, so this is rarely needed.
 */
export async function pagesWithImages(bytes: Uint8Array, pages: readonly number[]): Promise<Set<number>> {
  const found = new Set<number>();
  if (pages.length === 0) return found;
  const tolerant = getDocument({ data: bytes.slice(), verbosity: 0, maxImageSize: 0 });
  const strict = getDocument({ data: bytes.slice(), verbosity: 0, maxImageSize: 0, stopAtErrors: true });
  try {
    const [full, cut] = await Promise.all([tolerant.promise, strict.promise]);
    for (const number of pages) {
      if ((await operatorCount(cut, number)) < (await operatorCount(full, number))) found.add(number);
    }
  } finally {
    await Promise.all([tolerant.destroy(), strict.destroy()]);
  }
  return found;
}

async function operatorCount(doc: PDFDocumentProxy, number: number): Promise<number> {
  const page = await doc.getPage(number);
  try {
    return (await page.getOperatorList()).fnArray.length;
  } finally {
    page.cleanup();
  }
}
