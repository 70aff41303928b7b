import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { frontmatterJsonSchemas } from "../schema/json-schema.ts";

/** Where the repository keeps the schemas, which the frontmatter's `$schema` comments point at. */
const DEFAULT_OUT = "schemas";

/** `routeboek schemas`: the frontmatter's JSON Schemas for editors, into `out` or `schemas/`. */
export async function schemas({ out = DEFAULT_OUT }: { out?: string | undefined }): Promise<number> {
  if (out === DEFAULT_OUT) console.log(`Writing into ${DEFAULT_OUT}/ (the default; --out <dir> writes elsewhere).`);
  await mkdir(out, { recursive: true });
  for (const [name, schema] of Object.entries(frontmatterJsonSchemas())) {
    await writeFile(join(out, name), `${JSON.stringify(schema, null, 2)}\n`);
    console.log(`Wrote ${join(out, name)}`);
  }
  return 0;
}
