import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { FolderError, prepareFolder } from "../../pipeline/files/folders.ts";
import { frontmatterJsonSchemas } from "../../pipeline/schema/json-schema.ts";
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

/** Creates `out` and the folders above it, each failure a one-line reason (folders.ts). */
async function makeFolder(out: string): Promise<void> {
  await prepareFolder(out).catch((error: unknown) => {
    if (error instanceof FolderError) throw new InputError(error.message, HINT);
    throw error;
  });
}
