/**
 * The build's staging folders: made with the builder's process id in the name,
 * so that the next build can tell a folder left by a killed build (its process
 * is gone) from one of a build still running, and given the modes of an
 * ordinary build before they become the site. Astro builds into `.build/`,
 * on the project's file system (it moves files from the project into its
 * output). When the output folder is on another file system, where a rename
 * cannot reach, the site is first copied beside it, and swapped in from
 * there. The swap into the output folder records where
 * the old site came from, so a build killed between its two renames leaves a
 * site that the next build puts back instead of deleting.
 */
import { readFileSync } from "node:fs";
import { chmod, cp, lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { errorCode, FolderError, prepareFolder } from "../../pipeline/files/folders.ts";

/** Where staging folders live when the output folder's file system allows. */
export const BUILD_DIR = ".build";
/** Where the site lands before its swap, when the output folder is on another file system. */
export const BESIDE_OUT = ".routeboek-build";

/**
 * A staging folder's name: `staging-p<pid>_<random>`, and beside it
 * `<name>.content.json`, `<name>-previous` (the site it replaced) and
 * `<name>.out` (the output folder that site came from).
 */
const OURS = /^staging-p(\d+)_/;
const PREVIOUS = /^(staging-p\d+_.+)-previous$/;
/** Names older builds used, without a process id (`mkdtemp("staging-")`). */
const UNNAMED = /^staging-/;
/** A staging folder without a process id is only taken for stale after this long: no build runs for a day. */
const UNNAMED_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** The file-system calls of the swap and the clean-up; tests pass their own to answer EXDEV or ENOTEMPTY. */
export interface StagingFs {
  rename(from: string, to: string): Promise<void>;
  rm(path: string): Promise<void>;
  writeFile(path: string, data: string): Promise<void>;
  readFile(path: string): Promise<string>;
  exists(path: string): Promise<boolean>;
  readdir(path: string): Promise<string[]>;
  mtimeMs(path: string): Promise<number>;
}

export const nodeStagingFs: StagingFs = {
  rename: (from, to) => rename(from, to),
  rm: (path) => rm(path, { recursive: true, force: true }),
  writeFile: (path, data) => writeFile(path, data),
  readFile: (path) => readFile(path, "utf8"),
  exists: (path) =>
    lstat(path).then(
      () => true,
      () => false,
    ),
  readdir: (path) => readdir(path),
  mtimeMs: (path) => stat(path).then((info) => info.mtimeMs),
};

/**
 * The folder the site is swapped in from, for `out`: `.build/` when a rename
 * from there into the output's folder works, else a folder beside the output.
 * A rename that is refused for another reason (read-only, no such folder) is
 * the output's problem, answered now as a FolderError rather than after the build.
 * Folders made for the probe are removed again: a build that stops early (its
 * output up to date) leaves nothing beside the output; `createStaging` makes them.
 */
export async function chooseSwapRoot(out: string, fs: StagingFs = nodeStagingFs, root: string = BUILD_DIR): Promise<string> {
  const parent = dirname(resolve(out));
  const probe = `.routeboek-probe-p${process.pid}`;
  const candidates = [root, join(parent, BESIDE_OUT)];
  for (const [index, candidate] of candidates.entries()) {
    const last = index === candidates.length - 1;
    let undo = async (): Promise<void> => undefined;
    try {
      undo = await prepareFolder(candidate);
      await fs.writeFile(join(candidate, probe), "");
    } catch (error) {
      await undo();
      if (!last) continue;
      // Beside the output is the last place left: its folder is what refuses.
      const code = error instanceof FolderError ? error.code : errorCode(error);
      throw new FolderError(`${out}: the folder ${parent} cannot take the new site (${code})`, code);
    }
    try {
      await fs.rename(join(candidate, probe), join(parent, probe));
      await fs.rm(join(parent, probe));
      await undo();
      return candidate;
    } catch (error) {
      await fs.rm(join(candidate, probe)).catch(() => undefined);
      await undo();
      if (errorCode(error) === "EXDEV" && !last) continue;
      const code = errorCode(error);
      throw new FolderError(`${out}: the folder ${parent} cannot take the new site (${code})`, code);
    }
  }
  throw new FolderError(`${out}: no folder to build in`, "ENOENT");
}

/** A fresh staging folder for this process. */
export async function createStaging(root: string = BUILD_DIR): Promise<string> {
  await mkdir(root, { recursive: true });
  return mkdtemp(join(root, `staging-p${process.pid}_`));
}

/** Whether a process with this id is running (on this machine). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed process whose parent has not reaped it yet (a zombie, state Z) answers the signal but runs no more.
  const status = readProcStat(pid);
  // The state follows the command's name in parentheses, which may itself hold ") ".
  const state = status.charAt(status.lastIndexOf(")") + 2);
  return state !== "Z" && state !== "X";
}

/** The kernel's status line of a process (Linux), or "" where there is none. */
function readProcStat(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return "";
  }
}

function isStale(name: string, root: string, now: number, fs: StagingFs): Promise<boolean> | boolean {
  const pid = OURS.exec(name)?.[1];
  if (pid !== undefined) return Number(pid) !== process.pid && !isRunning(Number(pid));
  if (!UNNAMED.test(name)) return false;
  return fs.mtimeMs(join(root, name)).then(
    (mtime) => now - mtime > UNNAMED_MAX_AGE_MS,
    () => false,
  );
}

/** What the clean-up did: names removed, sites put back, and folders it could not remove (with why). */
export interface Cleanup {
  removed: string[];
  restored: { name: string; out: string }[];
  left: string[];
}

/**
 * Cleans up after killed builds under `root`. A site one of them had moved
 * aside while its output folder is now missing is put back there, never
 * deleted. Then the staging folders and files whose process no longer runs,
 * and unnamed ones older than a day, are removed. Those of running builds
 * (this one included) stay. A folder that cannot be removed (a process left
 * behind still writing into it) is left for a later build, not a crash.
 */
export async function removeStaleStaging(
  root: string = BUILD_DIR,
  now: number = Date.now(),
  fs: StagingFs = nodeStagingFs,
): Promise<Cleanup> {
  const names = (await fs.readdir(root).catch(() => [] as string[])).sort();
  const done: Cleanup = { removed: [], restored: [], left: [] };
  const staleNames: string[] = [];
  for (const name of names) if (await isStale(name, root, now, fs)) staleNames.push(name);
  // A saved site that stays, and the record of where it belongs.
  const keep = new Set<string>();
  for (const name of staleNames) {
    const staging = PREVIOUS.exec(name)?.[1];
    if (staging === undefined) continue;
    const out = await fs.readFile(join(root, `${staging}.out`)).catch(() => undefined);
    if (out === undefined || (await fs.exists(out))) continue;
    try {
      await fs.rename(join(root, name), out);
      done.restored.push({ name, out });
    } catch (error) {
      // Never delete the only copy of a site.
      done.left.push(`${name} (${errorCode(error)}: could not be put back at ${out})`);
      keep.add(name).add(`${staging}.out`);
    }
  }
  for (const name of staleNames) {
    if (keep.has(name) || done.restored.some((entry) => entry.name === name)) continue;
    try {
      await fs.rm(join(root, name));
      done.removed.push(name);
    } catch (error) {
      done.left.push(`${name} (${errorCode(error)})`);
    }
  }
  return done;
}

/**
 * Moves the staging folder into place as `out`. The old site is moved aside
 * first and its origin recorded, so a kill between the two renames leaves a
 * site that `removeStaleStaging` restores; a failed second rename puts it back
 * at once. The old site is removed only after the new one is in place.
 * Returns what could not be removed after that, each with its error code.
 */
export async function swapIn(staging: string, out: string, fs: StagingFs = nodeStagingFs): Promise<string[]> {
  const previous = `${staging}-previous`;
  await fs.writeFile(`${staging}.out`, resolve(out));
  const hadSite = await fs.rename(out, previous).then(
    () => true,
    (error: unknown) => {
      if (errorCode(error) === "ENOENT") return false;
      throw error;
    },
  );
  try {
    await fs.rename(staging, out);
  } catch (error) {
    if (hadSite) await fs.rename(previous, out); // put the last good site back
    throw error;
  }
  // The new site is in place: a leftover that will not go is worth a warning, not a failed build.
  const left: string[] = [];
  for (const leftover of [previous, `${staging}.out`]) {
    await fs.rm(leftover).catch((error: unknown) => left.push(`${leftover} (${errorCode(error)})`));
  }
  return left;
}

/**
 * The staging folder as a folder under `root` on the output's file system:
 * itself when it is already there, else a copy (removed again when the copy
 * fails, on a full disk say).
 */
export async function landIn(staging: string, root: string): Promise<string> {
  if (resolve(dirname(staging)) === resolve(root)) return staging;
  const landing = await createStaging(root);
  try {
    await cp(staging, landing, { recursive: true });
    await makePublishable(landing);
  } catch (error) {
    await rm(landing, { recursive: true, force: true });
    throw error;
  }
  return landing;
}

/**
 * Gives the site the modes of an ordinary build, folders 0755 and files 0644,
 * so a web server running as another user can serve it: `mkdtemp` makes the
 * staging folder 0700, and a copied file keeps its source's mode.
 */
export async function makePublishable(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) await chmod(path, 0o755);
    else if (entry.isFile()) await chmod(path, 0o644);
  }
}
