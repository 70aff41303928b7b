/**
 * The swap of a new site into the output folder, and the clean-up after killed
 * builds (issue 20, items 6 and 8; red team F6/E04, F8/E07, E03).
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BESIDE_OUT,
  chooseSwapRoot,
  landIn,
  nodeStagingFs,
  removeStaleStaging,
  type StagingFs,
  swapIn,
} from "../../tools/build/staging.ts";

/** A process id that no process has: one that has just ended. */
async function endedPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((done) => child.on("exit", done));
  return child.pid!;
}

const fail = (code: string) => Promise.reject(Object.assign(new Error(code), { code }));

/** A site of one page, saying which one it is. */
async function site(folder: string, text: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, "index.html"), text);
}

describe("a build killed between the swap's two renames", () => {
  it("leaves the old site where the next build puts it back, never deletes it", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-swap-"));
    const root = join(work, ".build");
    const out = join(work, "dist");
    await site(out, "last good site");
    const staging = join(root, `staging-p${await endedPid()}_AbC123`);
    await site(staging, "new site");
    // The kill: the first rename happened, the second never returns.
    let renames = 0;
    const killed: StagingFs = {
      ...nodeStagingFs,
      rename: (from, to) => (++renames === 2 ? new Promise(() => undefined) : nodeStagingFs.rename(from, to)),
    };
    void swapIn(staging, out, killed);
    await new Promise((done) => setTimeout(done, 200));
    expect(renames).toBe(2);
    expect(await readdir(work)).toEqual([".build"]);

    const cleanup = await removeStaleStaging(root);
    expect(cleanup.restored).toEqual([{ name: `${staging.slice(root.length + 1)}-previous`, out }]);
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("last good site");
    // The dead build's staging folder and its record are gone; the site is back, once.
    expect(await readdir(root)).toEqual([]);
  });

  it("removes a dead build's saved site once the output folder holds a site again", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-swap-"));
    const root = join(work, ".build");
    const name = `staging-p${await endedPid()}_AbC123`;
    await site(join(work, "dist"), "newer site");
    await site(join(root, `${name}-previous`), "older site");
    await writeFile(join(root, `${name}.out`), join(work, "dist"));
    const cleanup = await removeStaleStaging(root);
    expect(cleanup.restored).toEqual([]);
    expect(cleanup.removed.sort()).toEqual([`${name}-previous`, `${name}.out`]);
    expect(await readFile(join(work, "dist", "index.html"), "utf8")).toBe("newer site");
  });

  it("keeps a saved site that cannot be put back, with its record, for a later build", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-swap-"));
    const root = join(work, ".build");
    const name = `staging-p${await endedPid()}_AbC123`;
    await site(join(root, `${name}-previous`), "only copy");
    await writeFile(join(root, `${name}.out`), join(work, "dist"));
    const stuck: StagingFs = { ...nodeStagingFs, rename: () => fail("EACCES") };
    const cleanup = await removeStaleStaging(root, Date.now(), stuck);
    expect(cleanup.left).toEqual([`${name}-previous (EACCES: could not be put back at ${join(work, "dist")})`]);
    expect((await readdir(root)).sort()).toEqual([`${name}-previous`, `${name}.out`]);
  });
});

describe("a build killed and not yet reaped by its parent (a zombie, as under strace or a busy supervisor)", () => {
  it("counts as ended: its saved site goes back and its staging folder goes", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-swap-"));
    const root = join(work, ".build");
    // `sleep 0` ends at once, but the shell that started it becomes `sleep 3` and never reaps it.
    const parent = spawn("sh", ["-c", "sleep 0 & echo $!; exec sleep 3"]);
    const zombie = Number(await new Promise<string>((done) => parent.stdout.once("data", (data) => done(String(data)))));
    await new Promise((done) => setTimeout(done, 300));
    expect(await readFile(`/proc/${zombie}/stat`, "utf8")).toMatch(/\) Z /);
    const name = `staging-p${zombie}_AbC123`;
    await site(join(root, name), "half a site");
    await site(join(root, `${name}-previous`), "last good site");
    await writeFile(join(root, `${name}.out`), join(work, "dist"));
    const cleanup = await removeStaleStaging(root);
    parent.kill();
    expect(cleanup.restored).toEqual([{ name: `${name}-previous`, out: join(work, "dist") }]);
    expect(await readFile(join(work, "dist", "index.html"), "utf8")).toBe("last good site");
    expect(await readdir(root)).toEqual([]);
  });
});

describe("the clean-up of a folder that a left-behind process still writes into (E03)", () => {
  it("leaves it for a later build instead of crashing with ENOTEMPTY", async () => {
    const root = await mkdtemp(join(tmpdir(), "routeboek-swap-"));
    const name = `staging-p${await endedPid()}_AbC123`;
    await mkdir(join(root, name, "proef-po"), { recursive: true });
    await mkdir(join(root, `${name}x`));
    const busy: StagingFs = { ...nodeStagingFs, rm: (path) => (path.endsWith(name) ? fail("ENOTEMPTY") : nodeStagingFs.rm(path)) };
    const cleanup = await removeStaleStaging(root, Date.now(), busy);
    expect(cleanup.left).toEqual([`${name} (ENOTEMPTY)`]);
    expect(cleanup.removed).toEqual([`${name}x`]);
  });
});

describe("the swap when a leftover will not go", () => {
  it("keeps the new site in place and names the leftovers instead of failing the build", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-swap-"));
    const out = join(work, "dist");
    await site(out, "last good site");
    const staging = join(work, ".build", "staging-p1_AbC");
    await site(staging, "new site");
    const stuck: StagingFs = { ...nodeStagingFs, rm: () => fail("EACCES") };
    const left = await swapIn(staging, out, stuck);
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("new site");
    expect(left).toEqual([`${staging}-previous (EACCES)`, `${staging}.out (EACCES)`]);
  });
});

describe("the folder a build stages in (E07)", () => {
  it("is .build/ when a rename from it reaches the output's folder", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-stage-"));
    expect(await chooseSwapRoot(join(work, "site"), nodeStagingFs, join(work, ".build"))).toBe(join(work, ".build"));
    // The probe leaves nothing behind; the staging folder is made when the build starts.
    expect(await readdir(work)).toEqual([]);
  });

  it("lies beside the output folder when the output is on another file system, so the swap stays a rename", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-stage-"));
    const out = join(work, "volume", "site");
    await mkdir(dirname(out));
    const root = join(work, ".build");
    // Renames out of .build/ cross a file system: the kernel answers EXDEV.
    const mounted: StagingFs = {
      ...nodeStagingFs,
      rename: (from, to) => (from.startsWith(root) ? fail("EXDEV") : nodeStagingFs.rename(from, to)),
    };
    expect(await chooseSwapRoot(out, mounted, root)).toBe(join(work, "volume", BESIDE_OUT));
    // Nothing is left there yet: a build that stops early (its output up to date) leaves no empty folder.
    expect(await readdir(join(work, "volume"))).toEqual([]);
    expect(await readdir(work)).toEqual(["volume"]);
  });

  it("refuses, before the build, an output folder whose folder takes no new entries", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-stage-"));
    const readOnly: StagingFs = { ...nodeStagingFs, rename: () => fail("EROFS") };
    await expect(chooseSwapRoot(join(work, "site"), readOnly, join(work, ".build"))).rejects.toThrow(
      `${join(work, "site")}: the folder ${work} cannot take the new site (EROFS)`,
    );
    await expect(chooseSwapRoot("/proc/nope", nodeStagingFs, join(work, ".build"))).rejects.toThrow(
      "/proc/nope: the folder /proc cannot take the new site",
    );
  });

  it("gets the site copied beside the output, with the modes of a build, when Astro's folder is elsewhere", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-stage-"));
    const staging = join(work, ".build", "staging-p1_AbC");
    await site(join(staging, "proef-po"), "a page");
    const landing = await landIn(staging, join(work, "volume", BESIDE_OUT));
    expect(dirname(landing)).toBe(join(work, "volume", BESIDE_OUT));
    expect(await readFile(join(landing, "proef-po", "index.html"), "utf8")).toBe("a page");
    expect((await stat(landing)).mode & 0o777).toBe(0o755);
    expect((await stat(join(landing, "proef-po", "index.html"))).mode & 0o777).toBe(0o644);
    // Already on the output's file system: no copy.
    expect(await landIn(staging, join(work, ".build"))).toBe(staging);
  });
});
