/**
 * Every folder the CLI or an environment variable names is made and tried
 * without looping, before any work (issue 20, item 9 and "Folders").
 */
import { mkdir, mkdtemp, readdir, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorCode, type FolderFs, nodeFolderFs, prepareFolder } from "../../pipeline/files/folders.ts";

const work = () => mkdtemp(join(tmpdir(), "routeboek-folders-"));
/** Node's fs, but writes answer with this error code (a read-only mount, an immutable folder, a full disk). */
const refusingWrites = (code: string): FolderFs => ({
  ...nodeFolderFs,
  writeFile: async () => {
    throw Object.assign(new Error(code), { code });
  },
});

describe("a folder named on the command line or in the environment", () => {
  it("under /proc is refused with one line, where Node's recursive mkdir loops for ever (the loop fails the test on its time limit)", async () => {
    for (const path of ["/proc/nope", "/proc/nope/deeper"]) {
      await expect(prepareFolder(path)).rejects.toThrow(/^\/proc\/nope.*: cannot create the folder \/proc\/nope \(\w+\)$/);
    }
  });

  it("that is a file, or lies under one, is refused with the file named", async () => {
    const file = join(await work(), "notes.txt");
    await writeFile(file, "notes");
    await expect(prepareFolder(file)).rejects.toThrow(`${file}: is a file, not a folder`);
    await expect(prepareFolder(join(file, "sub"))).rejects.toThrow(`${join(file, "sub")}: ${file} is a file, not a folder`);
    await expect(prepareFolder("/etc/passwd")).rejects.toThrow("/etc/passwd: is a file, not a folder");
  });

  it("is made with the folders missing above it, which a failed write removes again", async () => {
    const root = await work();
    const undo = await prepareFolder(join(root, "a", "b"));
    expect((await stat(join(root, "a", "b"))).isDirectory()).toBe(true);
    expect(await readdir(join(root, "a", "b"))).toEqual([]);
    await undo();
    expect(await readdir(root)).toEqual([]);
    await expect(prepareFolder(join(root, "c", "d"), refusingWrites("EROFS"))).rejects.toThrow(
      `${join(root, "c", "d")}: cannot be written (EROFS)`,
    );
    expect(await readdir(root)).toEqual([]);
  });

  it("that is read-only or immutable is refused by a trial write", async () => {
    const root = await work();
    for (const code of ["EROFS", "EPERM", "EACCES"]) {
      await expect(prepareFolder(root, refusingWrites(code))).rejects.toThrow(`${root}: cannot be written (${code})`);
    }
  });

  it("on a full disk is refused: the trial write holds bytes, and a full device refuses them", async () => {
    const root = await work();
    await mkdir(join(root, "full"));
    // /dev/full answers every write with ENOSPC, as a full disk does, with no root and no mount.
    await symlink("/dev/full", join(root, "full", `.routeboek-probe-${process.pid}`));
    await expect(prepareFolder(join(root, "full"))).rejects.toThrow("cannot be written (ENOSPC)");
  });
});

describe("the code of a file-system error", () => {
  it("is its errno code, or its message when it has none", () => {
    expect(errorCode(Object.assign(new Error("permission denied"), { code: "EACCES" }))).toBe("EACCES");
    expect(errorCode(new Error("disk on fire"))).toBe("disk on fire");
  });
});
