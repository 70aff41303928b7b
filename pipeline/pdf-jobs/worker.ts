/**
 * The worker thread isolate.ts starts to read PDFs, one at a time: it reads
 * each document with pdf.js and posts the result, or a PdfError's reason and
 * hint, back. It serves one request after another until it is terminated.
 */
import { parentPort } from "node:worker_threads";
import { PdfError } from "../pdf/errors.ts";
import type { PdfJobReply, PdfJobRequest } from "./isolate.ts";

async function run({ job, bytes, file, timeoutMs }: PdfJobRequest): Promise<unknown> {
  if (job === "tool") {
    const { readTool } = await import("../tool/read-tool.ts");
    return readTool(bytes, file, timeoutMs);
  }
  const { extractPdf } = await import("../pdf/extract.ts");
  return extractPdf(bytes, { file, timeoutMs });
}

parentPort!.on("message", (request: PdfJobRequest) => {
  run(request).then(
    (value) => parentPort!.postMessage({ ok: true, value } satisfies PdfJobReply),
    (error: unknown) => {
      const reply: PdfJobReply =
        error instanceof PdfError
          ? { ok: false, reason: error.reason, hint: error.hint }
          : {
              ok: false,
              reason: `could not be read (${(error as Error).message ?? String(error)})`,
              hint: "open it in a PDF viewer and save it again",
            };
      parentPort!.postMessage(reply);
    },
  );
});
