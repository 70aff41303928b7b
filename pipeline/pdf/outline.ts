import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { pageOfDestination } from "./destination.ts";
import type { FoundHeading } from "./headings.ts";

type OutlineNode = Awaited<ReturnType<PDFDocumentProxy["getOutline"]>>[number];

/** Bookmarks as headings: depth gives the level, the destination the page. Entries that lead nowhere are left out. */
export async function outlineHeadings(doc: PDFDocumentProxy): Promise<FoundHeading[]> {
  const outline = (await doc.getOutline()) ?? [];
  const headings: FoundHeading[] = [];
  const walk = async (nodes: OutlineNode[], level: number) => {
    for (const node of nodes) {
      const page = await pageOfDestination(doc, node.dest);
      if (page !== undefined && node.title.trim()) headings.push({ level, title: node.title.replace(/\s+/g, " ").trim(), page });
      await walk(node.items ?? [], level + 1);
    }
  };
  await walk(outline, 1);
  return headings;
}
