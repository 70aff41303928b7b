import { join } from "node:path";
import { FolderError, prepareFolder } from "../../pipeline/files/folders.ts";
import { importTool } from "../../pipeline/pdf-jobs/import-tool.ts";
import { importReport } from "../../pipeline/tool/report.ts";
import { flowToMarkdown } from "../../pipeline/tool/to-markdown.ts";
import { InputError } from "./errors.ts";
import { withPdf } from "./pdf-file.ts";
import { writeWhole } from "./report-folder.ts";

const HINT = "give a folder to write into with --out <dir>";

/** `routeboek import-tool`: a clickable tool PDF as Flow JSON (no `out`), or as flow.md + import-report.md in `out`. */
export async function importToolCommand({ file, out }: { file: string; out?: string | undefined }): Promise<number> {
  // The folder first: a folder that cannot be written fails now, not after the import.
  const undo = out ? await prepareFolder(out).catch(asInputError) : async () => undefined;
  try {
    return await withPdf(file, async (bytes) => {
      const { flow, notes } = await importTool(bytes, file);
      if (!out) {
        console.log(JSON.stringify(flow, null, 2));
        for (const note of notes) console.warn(`note: ${file}, page ${note.page}: ${note.message}`);
        return 0;
      }
      await writeWhole(join(out, "flow.md"), flowToMarkdown(flow, file));
      const report = importReport(flow, notes, file);
      await writeWhole(join(out, "import-report.md"), report);
      console.log(`Wrote ${join(out, "flow.md")} and ${join(out, "import-report.md")}.\n\n${report}`);
      return 0;
    });
  } catch (error) {
    await undo();
    throw error;
  }
}

function asInputError(error: unknown): never {
  if (error instanceof FolderError) throw new InputError(`--out ${error.message}`, HINT);
  throw error;
}
