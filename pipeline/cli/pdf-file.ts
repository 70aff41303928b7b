import { readFile } from "node:fs/promises";
import { PdfError } from "../pdf/errors.ts";
import { InputError } from "./errors.ts";

/**
 * Runs a command on a PDF, turning a missing, unreadable or broken PDF into
 * a one-line reason with a hint instead of a stack trace.
 */
export async function withPdf(path: string, run: (bytes: Uint8Array) => Promise<number>): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    const reason = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a folder, not a PDF" : `cannot be read (${code})`;
    throw new InputError(`${path}: ${reason}`, "give the path of a PDF file");
  }
  try {
    return await run(bytes);
  } catch (error) {
    if (error instanceof PdfError) throw new InputError(error.message, error.hint);
    throw error;
  }
}
