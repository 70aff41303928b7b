import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The SPPOH stand-in PDFs (our own text, test fixtures only) for each document alias of content/sppoh-po. */
const STAND_INS: Record<string, string> = {
  "Routeboek Verzuim & Thuiszitters": "routeboek.pdf",
  "Praktische handreiking": "praktische-handreiking.pdf",
  "Tafels voor opschaling": "tafels-voor-opschaling.pdf",
};

/**
 * A temporary copy of the content in which SPPOH's documents have PDFs, as a
 * maintainer would add the real ones: every reference is then resolved.
 * `edit` may change the copied routebook folder before it is read.
 */
export async function contentWithStandIns(edit?: (routebookDir: string) => Promise<void>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "routeboek-stand-ins-"));
  await cp("content", root, { recursive: true });
  const dir = join(root, "sppoh-po");
  for (const file of Object.values(STAND_INS)) await cp(join("tests/fixtures/pdf/out/sppoh", file), join(dir, "bronnen", file));
  const metaFile = join(dir, "routeboek.md");
  let meta = await readFile(metaFile, "utf8");
  for (const [alias, file] of Object.entries(STAND_INS)) {
    const line = `  - alias: ${alias}\n`;
    if (!meta.includes(line)) throw new Error(`routeboek.md lists no document "${alias}"`);
    meta = meta.replace(line, `${line}    pdf: bronnen/${file}\n`);
  }
  await writeFile(metaFile, meta);
  await edit?.(dir);
  return root;
}
