// A content folder holding one routebook: the bench and its test read each mutation in a copy like this,
// so that the pipeline reads one routebook, not all of them, for every change.
import { cp, readdir } from "node:fs/promises";
import { join } from "node:path";

/** Copies routebook `id` of `root`, with the files the routebooks share (content/begrippen.yml), into `into`. */
export async function isolatedCopy(root: string, id: string, into: string): Promise<void> {
  await cp(join(root, id), join(into, id), { recursive: true });
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isFile()) await cp(join(root, entry.name), join(into, entry.name));
  }
}
