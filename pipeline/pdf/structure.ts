import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { FoundHeading } from "./headings.ts";

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

type ContentItem = { str?: string; type?: string; id?: string };

/**
 * Headings of a tagged PDF page: H1–H6 elements of its structure tree, their
 * text gathered from the marked content they point to.
 */
export async function structureHeadings(page: PDFPageProxy, items: readonly unknown[], pageNumber: number): Promise<FoundHeading[]> {
  const tree = (await page.getStructTree()) as StructNode | null;
  if (!tree) return [];
  const textById = new Map<string, string>();
  let open: string | undefined;
  for (const item of items as ContentItem[]) {
    if (item.type === "beginMarkedContentProps" && item.id) open = item.id;
    else if (item.type === "endMarkedContent") open = undefined;
    else if (open && typeof item.str === "string") textById.set(open, `${textById.get(open) ?? ""}${item.str}`);
  }
  const headings: FoundHeading[] = [];
  const textOf = (node: StructNode): string =>
    node.type === "content" && node.id ? (textById.get(node.id) ?? "") : (node.children ?? []).map(textOf).join(" ");
  const walk = (node: StructNode) => {
    const level = /^H([1-6])$/.exec(node.role ?? "")?.[1];
    if (level) {
      const title = textOf(node).replace(/\s+/g, " ").trim();
      if (title) headings.push({ level: Number(level), title, page: pageNumber });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return headings;
}
