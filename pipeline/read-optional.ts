import { readFile } from "node:fs/promises";

/** A text file's content, or undefined when it does not exist (an optional file, or one whose absence is reported as a problem). */
export async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
