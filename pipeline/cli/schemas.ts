import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { frontmatterJsonSchemas } from "../schema/json-schema.ts";
import { InputError } from "./errors.ts";

/** Where the repository keeps the schemas, which the frontmatter's `$schema` comments point at. */
const DEFAULT_OUT = "schemas";

const HINT = "give a folder to write into with --out <dir>";

/** `routeboek schemas`: the frontmatter's JSON Schemas for editors, into `out` or `schemas/`. */
export async function schemas({ out = DEFAULT_OUT }: { out?: string | undefined }): Promise<number> {
  if (out === DEFAULT_OUT) console.log(`Writing into ${DEFAULT_OUT}/ (the default; --out <dir> writes elsewhere).`);
  await makeFolder(out);
  for (const [name, schema] of Object.entries(frontmatterJsonSchemas())) {
    const file = join(out, name);
    await writeFile(file, `${JSON.stringify(schema, null, 2)}\n`).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`${file}: cannot be written (${error.code ?? error.message})`, HINT);
    });
    console.log(`Wrote ${file}`);
  }
  return 0;
}

/**
 * Creates `out` and the folders above it one at a time, each failure a one-line
 * reason. (Node's recursive mkdir loops for ever on a path such as /proc/x,
 * where the folder above exists but refuses new entries.)
 */
async function makeFolder(out: string): Promise<void> {
  const missing: string[] = [];
  for (let folder = resolve(out); ; folder = dirname(folder)) {
    const info = await stat(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
      throw new InputError(`${out}: cannot be used (${error.code ?? error.message})`, HINT);
    });
    if (info?.isDirectory()) break;
    if (info) throw new InputError(`${out}: ${folder === resolve(out) ? "is a file, not a folder" : `${folder} is a file, not a folder`}`, HINT);
    missing.unshift(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST") return;
      throw new InputError(`${out}: cannot create the folder ${folder} (${error.code ?? error.message})`, HINT);
    });
  }
}
