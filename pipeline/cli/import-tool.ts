import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { importTool } from "../tool/import.ts";
import { importReport } from "../tool/report.ts";
import { flowToMarkdown } from "../tool/to-markdown.ts";
import { withPdf } from "./pdf-file.ts";

/** `routeboek import-tool`: a clickable tool PDF as Flow JSON (no `out`), or as flow.md + import-report.md in `out`. */
export function importToolCommand({ file, out }: { file: string; out?: string | undefined }): Promise<number> {
  return withPdf(file, async (bytes) => {
    const { flow, notes } = await importTool(bytes, file);
    if (!out) {
      console.log(JSON.stringify(flow, null, 2));
      for (const note of notes) console.warn(`note: ${file}, page ${note.page}: ${note.message}`);
      return 0;
    }
    await mkdir(out, { recursive: true });
    await writeFile(join(out, "flow.md"), flowToMarkdown(flow, file));
    const report = importReport(flow, notes, file);
    await writeFile(join(out, "import-report.md"), report);
    console.log(`Wrote ${join(out, "flow.md")} and ${join(out, "import-report.md")}.\n\n${report}`);
    return 0;
  });
}
