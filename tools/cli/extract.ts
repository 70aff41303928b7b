import { extractIsolated } from "../../pipeline/pdf-jobs/isolate.ts";
import { withPdf } from "./pdf-file.ts";

/** `routeboek extract`: the Document JSON of a PDF, or its heading tree. */
export function extract({ file, json }: { file: string; json: boolean }): Promise<number> {
  return withPdf(file, async (bytes) => {
    const document = await extractIsolated(bytes, file);
    for (const warning of document.warnings) console.warn(`warning: ${file}, page ${warning.page}: ${warning.message}`);
    if (json) {
      console.log(JSON.stringify(document, null, 2));
    } else {
      console.log(`${document.title} (${document.pageCount} pages, headings from ${document.headingSource})`);
      for (const heading of document.headings) console.log(`${"  ".repeat(heading.level - 1)}${heading.title} … ${heading.page}`);
    }
    return 0;
  });
}
