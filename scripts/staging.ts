/**
 * The build's staging folders under `.build/`: made with the builder's process
 * id in the name, so that the next build can tell a folder left by a killed
 * build (its process is gone) from one of a build still running, and given the
 * modes of an ordinary build before they become `dist/`.
 */
import { chmod, mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";

/** Where staging folders live. */
export const BUILD_DIR = ".build";

/** A staging folder's name: `staging-p<pid>_<random>`, and beside it `<name>.content.json` and `<name>-previous`. */
const OURS = /^staging-p(\d+)_/;
/** Names older builds used, without a process id (`mkdtemp("staging-")`). */
const UNNAMED = /^staging-/;
/** A staging folder without a process id is only taken for stale after this long: no build runs for a day. */
const UNNAMED_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** A fresh staging folder for this process. */
export async function createStaging(root: string = BUILD_DIR): Promise<string> {
  await mkdir(root, { recursive: true });
  return mkdtemp(join(root, `staging-p${process.pid}_`));
}

/** Whether a process with this id is running (on this machine). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes what killed builds left under `root`: staging folders and their
 * files whose process is no longer running, and unnamed ones older than a day.
 * Those of running builds (this one included) stay. Returns the names removed.
 */
export async function removeStaleStaging(root: string = BUILD_DIR, now: number = Date.now()): Promise<string[]> {
  const names = await readdir(root).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = OURS.exec(name)?.[1];
    let stale: boolean;
    if (pid !== undefined) stale = Number(pid) !== process.pid && !isRunning(Number(pid));
    else if (UNNAMED.test(name)) stale = now - (await stat(join(root, name)).then((info) => info.mtimeMs, () => now)) > UNNAMED_MAX_AGE_MS;
    else stale = false;
    if (!stale) continue;
    await rm(join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
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
