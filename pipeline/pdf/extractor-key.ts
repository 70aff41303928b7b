/**
 * What a cached extraction depends on besides the PDF: the extractor's own code
 * (extract.ts and every module it imports, followed through relative imports)
 * and the pdf.js release. Any edit to them gives new cache keys, so no entry
 * written by older code is reused, and nobody has to remember a version number.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ENTRY = fileURLToPath(new URL("./extract.ts", import.meta.url));
/** Relative module specifiers, static or dynamic, type-only ones included: a type can change what is stored. */
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/** The extractor's source files, in a fixed order: extract.ts and what it imports, within the project. */
export async function extractorFiles(): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [ENTRY];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, "utf8");
    for (const [, specifier] of source.matchAll(RELATIVE_IMPORT)) queue.push(resolve(dirname(file), specifier!));
  }
  return [...seen].sort();
}

let key: Promise<string> | undefined;

/** A hash of the extractor's code and the pdf.js version, computed once per process. */
export function extractorKey(): Promise<string> {
  key ??= (async () => {
    const hash = createHash("sha256");
    const pdfjs = createRequire(import.meta.url)("pdfjs-dist/package.json") as { version: string };
    hash.update(`pdfjs-dist ${pdfjs.version}\n`);
    for (const file of await extractorFiles()) {
      hash
        .update(`file ${relative(dirname(ENTRY), file)}\n`)
        .update(await readFile(file))
        .update("\nend\n");
    }
    return hash.digest("hex");
  })();
  return key;
}
