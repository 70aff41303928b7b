import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PositionedText } from "../pdf/lines.ts";
import { pageOfDestination } from "../pdf/destination.ts";
import { readPdf } from "../pdf/load.ts";
import type { ToolLink, ToolPage } from "./types.ts";

interface RawAnnotation {
  subtype?: string;
  rect?: number[];
  url?: string;
  dest?: string | unknown[] | null;
  action?: string;
  overlaidText?: string;
  buttonValue?: string;
  alternativeText?: string;
  fieldValue?: string;
  pushButton?: boolean;
}

/** Reads the pages of a clickable tool PDF: text items and every link or push button with where it leads. */
export function readTool(bytes: Uint8Array, file: string, timeoutMs = 60_000): Promise<{ title?: string; pages: ToolPage[] }> {
  return readPdf(bytes, file, timeoutMs, async (doc) => {
    const metadata = await doc.getMetadata().catch(() => undefined);
    const pages: ToolPage[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is PositionedText & typeof item => "str" in item);
      const annotations = (await page.getAnnotations({ intent: "display" })) as RawAnnotation[];
      const links: ToolLink[] = [];
      for (const annotation of annotations) {
        if (annotation.subtype !== "Link" && annotation.subtype !== "Widget") continue;
        const link = await toLink(doc, annotation);
        if (link) links.push(link);
      }
      pages.push({ page: number, view: page.view, items, links });
      page.cleanup();
    }
    const title = (metadata?.info as { Title?: string } | undefined)?.Title?.trim();
    return { ...(title ? { title } : {}), pages };
  });
}

async function toLink(doc: PDFDocumentProxy, annotation: RawAnnotation): Promise<ToolLink | undefined> {
  const label = [annotation.overlaidText, annotation.buttonValue, annotation.alternativeText].find((text) => text?.trim())?.trim();
  const base = { rect: annotation.rect ?? [0, 0, 0, 0], ...(label ? { label } : {}) };
  if (annotation.url) return { ...base, url: annotation.url };
  if (annotation.action) return { ...base, action: annotation.action };
  const targetPage = await pageOfDestination(doc, annotation.dest);
  return targetPage === undefined ? undefined : { ...base, targetPage };
}
