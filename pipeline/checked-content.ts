import { readFile, writeFile } from "node:fs/promises";
import type { Routebook } from "./model/model.ts";
import { readStoredRoutebook } from "./model/stored.ts";

/**
 * The content as `npm run build` checked it, handed to Astro's loader through a
 * file, so one build reads and checks the content once. The file is plain JSON
 * of the validated model, read back through the model's schema.
 */
export const CHECKED_CONTENT_ENV = "ROUTEBOEK_CHECKED_CONTENT";

export async function writeCheckedContent(path: string, routebooks: readonly Routebook[]): Promise<void> {
  await writeFile(path, JSON.stringify(routebooks));
}

export async function readCheckedContent(path: string): Promise<Routebook[]> {
  return (JSON.parse(await readFile(path, "utf8")) as unknown[]).map(readStoredRoutebook);
}
