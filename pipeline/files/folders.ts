/**
 * Folders that the command line or an environment variable names, made ready
 * before any work starts. Each failure is a one-line reason, never a hang or a
 * stack trace. Node's recursive mkdir loops for ever on a path such as
 * /proc/x, where the folder above exists but refuses new entries, so folders
 * are made one at a time. The file-system calls come in as a seam, so tests can
 * answer EROFS, EPERM or ENOSPC without root.
 */
import { mkdir, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

/** The calls this module makes; tests pass their own. */
export interface FolderFs {
  stat(path: string): Promise<{ isDirectory(): boolean }>;
  mkdir(path: string): Promise<unknown>;
  writeFile(path: string, data: string): Promise<void>;
  rm(path: string): Promise<void>;
  rmdir(path: string): Promise<void>;
}

export const nodeFolderFs: FolderFs = {
  stat: (path) => stat(path),
  mkdir: (path) => mkdir(path),
  writeFile: (path, data) => writeFile(path, data),
  rm: (path) => rm(path, { force: true }),
  rmdir: (path) => rmdir(path),
};

/** A folder that cannot be used; `message` is one line naming the folder and why, `code` the system's answer. */
export class FolderError extends Error {
  readonly code: string;

  constructor(message: string, code: string) {
    super(message);
    this.name = "FolderError";
    this.code = code;
  }
}

/** A file-system error's code (ENOENT, EACCES …), or its message when it has none. */
export const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * Creates `folder` and the missing folders above it, one at a time. Returns the
 * folders it made, outermost first.
 */
export async function makeFolder(folder: string, fs: FolderFs = nodeFolderFs): Promise<string[]> {
  const missing: string[] = [];
  for (let path = resolve(folder); ; path = dirname(path)) {
    const info = await fs.stat(path).catch((error: unknown) => {
      if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return undefined;
      throw new FolderError(`${folder}: cannot be used (${errorCode(error)})`, errorCode(error));
    });
    if (info?.isDirectory()) break;
    if (info) {
      const itself = path === resolve(folder);
      throw new FolderError(`${folder}: ${itself ? "" : `${path} `}is a file, not a folder`, itself ? "EEXIST" : "ENOTDIR");
    }
    missing.unshift(path);
    if (dirname(path) === path) break;
  }
  const made: string[] = [];
  for (const path of missing) {
    try {
      await fs.mkdir(path);
      made.push(path);
    } catch (error) {
      if (errorCode(error) === "EEXIST") continue;
      await removeFolders(made, fs);
      throw new FolderError(`${folder}: cannot create the folder ${path} (${errorCode(error)})`, errorCode(error));
    }
  }
  return made;
}

/**
 * Writes a small file into `folder` and removes it: the one sure test of
 * writing. Permissions, read-only mounts, /proc, immutable folders and a full
 * disk all answer it (the probe holds a few bytes, as an empty file needs no room).
 */
export async function probeWritable(folder: string, fs: FolderFs = nodeFolderFs): Promise<void> {
  const probe = join(folder, `.routeboek-probe-${process.pid}`);
  try {
    await fs.writeFile(probe, "routeboek probe\n");
  } catch (error) {
    await fs.rm(probe).catch(() => undefined);
    throw new FolderError(`${folder}: cannot be written (${errorCode(error)})`, errorCode(error));
  }
  await fs.rm(probe);
}

/**
 * Makes `folder` (and what is missing above it) and tries a write in it.
 * Returns a function that removes the folders this made, for a run that ends
 * without writing.
 */
export async function prepareFolder(folder: string, fs: FolderFs = nodeFolderFs): Promise<() => Promise<void>> {
  const made = await makeFolder(folder, fs);
  try {
    await probeWritable(folder, fs);
  } catch (error) {
    await removeFolders(made, fs);
    throw error;
  }
  return () => removeFolders(made, fs);
}

/** Removes folders made here, innermost first; a folder someone has written into stays. */
async function removeFolders(made: readonly string[], fs: FolderFs): Promise<void> {
  for (const path of [...made].reverse()) await fs.rmdir(path).catch(() => undefined);
}
