/**
 * The output folder (`ROUTEBOEK_OUT`, default dist/) is replaced whole by a
 * build, so it is checked before any work: the build only replaces a folder
 * that is missing, empty, or holds a site this project wrote (the marker file
 * below). Anything else, and anything that holds the content or the project,
 * is refused with a one-line reason. The file-system calls are a seam for tests.
 */
import { lstat, open, readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { FolderError, type FolderFs, nodeFolderFs, probeWritable } from "../../pipeline/files/folders.ts";

/** The file every built site holds, and what it says: the build's own site, of this marker format. */
export const SITE_MARKER = ".routeboek-site";
export const SITE_MARKER_TEXT = "routeboek-site 1\nWritten by the Routeboek build: the next build replaces this folder whole.\n";
/** A marker is one short line and a note; anything larger is not ours. */
const MARKER_MAX_BYTES = 1024;
/**
 * Sites built before the marker existed: the build's own layout (Astro's
 * assets, the search index, the start and not-found pages), all present.
 */
const OLDER_SITE = ["index.html", "404.html", "_astro", "pagefind"];
/** The project's own output folder, the only place such an older site is replaced. */
const DEFAULT_OUT = "dist";

export interface OutFs {
  lstat(path: string): Promise<{
    isDirectory(): boolean;
    isSymbolicLink(): boolean;
    isFile(): boolean;
    dev: number;
    size: number;
  }>;
  stat(path: string): Promise<{ isDirectory(): boolean; dev: number }>;
  readdir(path: string): Promise<string[]>;
  realpath(path: string): Promise<string>;
  /** The first bytes of a regular file. */
  readHead(path: string, bytes: number): Promise<string>;
}

const nodeOutFs: OutFs = {
  lstat: (path) => lstat(path),
  stat: (path) => stat(path),
  readdir: (path) => readdir(path),
  realpath: (path) => realpath(path),
  async readHead(path, bytes) {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  },
};

/** Folders the output may never be, hold, or lie in. */
export interface Guarded {
  content: string;
  project: string;
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : `${outer}${sep}`);

/**
 * Where a path really leads. When it does not exist yet, the nearest folder
 * above it that does is followed, so a symbolic link in a parent still counts.
 */
async function real(path: string, fs: OutFs): Promise<string> {
  const full = resolve(path);
  try {
    return await fs.realpath(full);
  } catch {
    const parent = dirname(full);
    if (parent === full) return full;
    return join(await real(parent, fs), basename(full));
  }
}

/**
 * Whether the folder holds a site this project wrote. The older layout without
 * a marker is trusted only in the project's own default output folder: any
 * other Astro and Pagefind project builds the same layout.
 */
async function isOurSite(folder: string, names: readonly string[], ownDist: boolean, fs: OutFs): Promise<boolean> {
  if (names.includes(SITE_MARKER)) {
    const info = await fs.lstat(join(folder, SITE_MARKER)).catch(() => undefined);
    // Only a small regular file is read: a named pipe or a device would never end.
    if (!info?.isFile() || info.size > MARKER_MAX_BYTES) return false;
    const head = await fs.readHead(join(folder, SITE_MARKER), MARKER_MAX_BYTES).catch(() => "");
    return /^routeboek-site \d+\n/.test(head);
  }
  return ownDist && OLDER_SITE.every((name) => names.includes(name));
}

/**
 * Throws a FolderError naming `out` and why, when the build may not replace it.
 * Also tries a write in it, so a read-only or immutable folder fails now, not
 * after the build.
 */
export async function checkOutFolder(out: string, guarded: Guarded, fs: OutFs = nodeOutFs): Promise<void> {
  const refuse = (reason: string, code: string): never => {
    throw new FolderError(`${out}: ${reason}`, code);
  };
  const path = resolve(out);
  if (dirname(path) === path) refuse("is the root of the file system; give a folder for the site", "EBUSY");
  const info = await fs.lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    if (error.code === "ENOTDIR") {
      return refuse("lies under a file, not a folder; give a folder for the site", "ENOTDIR");
    }
    return refuse(`cannot be used (${error.code ?? error.message})`, error.code ?? "EIO");
  });
  const parent = dirname(path);
  if (!info) {
    const above = await fs.stat(parent).catch(() => undefined);
    if (!above) refuse(`the folder above it, ${parent}, does not exist; create it first`, "ENOENT");
    else if (!above.isDirectory()) refuse(`${parent} is a file, not a folder`, "ENOTDIR");
  } else if (info.isSymbolicLink()) {
    refuse("is a symbolic link; give the folder it leads to", "ELOOP");
  } else if (!info.isDirectory()) {
    refuse("is a file, not a folder; give a new or empty folder for the site", "ENOTDIR");
  }
  const target = await real(path, fs);
  const [content, project] = await Promise.all([real(guarded.content, fs), real(guarded.project, fs)]);
  if (within(content, target)) {
    refuse(`holds the content folder (${relative(process.cwd(), content) || "."}), which a build would delete`, "EEXIST");
  }
  if (within(project, target)) refuse("holds the project folder, which a build would delete", "EEXIST");
  if (within(target, content)) refuse("lies inside the content folder; give a folder outside it", "EEXIST");
  if (!info) return;
  if ((await fs.stat(parent)).dev !== info.dev) {
    refuse("is a mount point, which cannot be swapped whole; give a folder inside it", "EBUSY");
  }
  const names = await fs
    .readdir(path)
    .catch((error: NodeJS.ErrnoException) => refuse(`cannot be read (${error.code})`, error.code ?? "EIO"));
  const ownDist = target === join(project, DEFAULT_OUT);
  if (names.length > 0 && !(await isOurSite(path, names, ownDist, fs))) {
    const hint = "give a new or empty folder, or empty it yourself";
    refuse(`holds files that no Routeboek build wrote (no ${SITE_MARKER}); ${hint}`, "ENOTEMPTY");
  }
}

/** `checkOutFolder`, then a write in the folder when it exists (a read-only or immutable folder fails here). */
export async function prepareOutFolder(
  out: string,
  guarded: Guarded,
  fs: OutFs = nodeOutFs,
  folderFs: FolderFs = nodeFolderFs,
): Promise<void> {
  await checkOutFolder(out, guarded, fs);
  if (
    await fs.stat(out).then(
      () => true,
      () => false,
    )
  )
    await probeWritable(out, folderFs);
}
