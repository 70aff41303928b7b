import { PdfError } from "../pdf/errors.ts";
import { runIsolated } from "./isolate.ts";
import { classifyTool } from "../tool/classify.ts";
import { reviewGraph } from "../tool/review-graph.ts";
import type { ImportedFlow, ImportNote } from "../tool/types.ts";

/** Imports a clickable "digitale tool" PDF into a draft flow and notes for review. */
export async function importTool(bytes: Uint8Array, file: string): Promise<{ flow: ImportedFlow; notes: ImportNote[] }> {
  // pdf.js reads the PDF in a worker that the time and memory limits can stop.
  const { title, pages } = await runIsolated("tool", bytes, file);
  const clickable = pages.some((page) => page.links.some((link) => link.targetPage !== undefined || link.action === "NextPage"));
  if (!clickable) {
    throw new PdfError(
      file,
      "is not a clickable tool: none of its pages links to another page",
      "import-tool reads PDFs whose buttons jump between pages; use `routeboek extract` for a routebook document",
    );
  }
  const { flow, notes } = classifyTool(pages, title ?? file.replace(/^.*\//, "").replace(/\.pdf$/i, ""));
  return { flow, notes: [...notes, ...reviewGraph(flow)] };
}
