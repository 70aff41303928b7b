import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { PdfError } from "./errors.ts";

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  close(): Promise<void>;
}

const NEEDS_PASSWORD = 1;

/** Explains why bytes are not a readable PDF, before pdf.js gives a vaguer answer. */
function notAPdf(bytes: Uint8Array, file: string): PdfError | undefined {
  if (bytes.byteLength === 0) return new PdfError(file, "the file is empty (0 bytes)", "replace it with the real PDF");
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  // Like pdf.js, accept a little junk before the header.
  if (head.includes("%pdf-")) return undefined;
  const looksHtml = head.startsWith("<!doctype html") || head.startsWith("<html");
  return new PdfError(
    file,
    looksHtml ? "is not a PDF but an HTML page saved as .pdf" : "is not a PDF (no %PDF- header in its first bytes)",
    "download the PDF itself again; a web page or an error page was saved instead",
  );
}

/**
 * Opens a PDF with pdf.js. Every failure becomes a PdfError naming the file,
 * the reason and what to do; a PDF that takes longer than `timeoutMs` to open is
 * given up on rather than left to hang the build.
 */
export async function openPdf(bytes: Uint8Array, file: string, timeoutMs: number): Promise<OpenedPdf> {
  const early = notAPdf(bytes, file);
  if (early) throw early;
  // pdf.js transfers the buffer it is given; keep the caller's bytes intact.
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PdfError(file, `did not open within ${timeoutMs / 1000} s`, "check that the PDF opens in a viewer; save it again if it is slow")),
      timeoutMs,
    );
  });
  try {
    const doc = await Promise.race([task.promise, timeout]);
    return { doc, close: () => task.destroy() };
  } catch (error) {
    await task.destroy();
    throw toPdfError(error, file);
  } finally {
    clearTimeout(timer);
  }
}

function toPdfError(error: unknown, file: string): PdfError {
  if (error instanceof PdfError) return error;
  const { name, message, code } = error as { name?: string; message?: string; code?: number };
  if (name === "PasswordException") {
    return new PdfError(
      file,
      code === NEEDS_PASSWORD ? "needs a password to open" : "needs a password, and the one given is wrong",
      "save a copy without a password (print to PDF, or remove the protection in the program that made it)",
    );
  }
  if (name === "InvalidPDFException") {
    return new PdfError(file, `is damaged or incomplete (${message})`, "download or export the PDF again");
  }
  return new PdfError(file, `could not be read (${message ?? String(error)})`, "open it in a PDF viewer and save it again");
}
