import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { PdfError } from "./errors.ts";

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
 * Opens a PDF with pdf.js, hands it to `read`, and closes it. Every failure
 * becomes a PdfError naming the file, the reason and what to do. One time
 * limit covers opening and reading: a damaged PDF must never hang the build.
 */
export async function readPdf<T>(
  bytes: Uint8Array,
  file: string,
  timeoutMs: number,
  read: (doc: PDFDocumentProxy) => Promise<T>,
): Promise<T> {
  const early = notAPdf(bytes, file);
  if (early) throw early;
  // pdf.js transfers the buffer it is given; keep the caller's bytes intact.
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new PdfError(
            file,
            `took longer than ${timeoutMs / 1000} s to open and read`,
            "check that it opens in a PDF viewer; save it again, or split it",
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([task.promise.then(read), timeout]);
  } catch (error) {
    throw toPdfError(error, file);
  } finally {
    clearTimeout(timer);
    await task.destroy();
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
