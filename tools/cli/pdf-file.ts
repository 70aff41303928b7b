import { readContentBytes } from "../../pipeline/files/content-file.ts";
import { PdfError } from "../../pipeline/pdf/errors.ts";
import { InputError } from "./errors.ts";

/**
 * Runs a command on a PDF, turning a missing, unreadable or broken PDF into
 * a one-line reason with a hint instead of a stack trace. Only a regular file
 * within the PDF size limit is read: a named pipe or a device would never end.
 */
export async function withPdf(path: string, run: (bytes: Uint8Array) => Promise<number>): Promise<number> {
  const read = await readContentBytes(path, { kind: "pdf" });
  if (!read.ok) {
    const { fault, reason, hint } = read.refusal;
    throw new InputError(`${path}: ${reason}`, fault === "missing" || fault === "folder" ? "give the path of a PDF file" : hint);
  }
  try {
    return await run(read.value);
  } catch (error) {
    if (error instanceof PdfError) throw new InputError(error.message, error.hint);
    throw error;
  }
}
