/** A PDF that cannot be read at all: the build stops with this message. */
export class PdfError extends Error {
  readonly file: string;
  /** What is wrong, without the file name. */
  readonly reason: string;
  readonly hint: string;

  constructor(file: string, reason: string, hint: string) {
    super(`${file}: ${reason}`);
    this.name = "PdfError";
    this.file = file;
    this.reason = reason;
    this.hint = hint;
  }
}

/** Something wrong with one page; the rest of the document is still extracted. */
export interface PdfWarning {
  page: number;
  message: string;
}
