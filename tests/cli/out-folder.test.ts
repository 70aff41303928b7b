/**
 * The output folder is replaced only when it is missing, empty, or holds a
 * site this project wrote (issue 20, item 1; red team F1, E10–E16).
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeFolderFs } from "../../pipeline/files/folders.ts";
import { checkOutFolder, prepareOutFolder, SITE_MARKER, SITE_MARKER_TEXT } from "../../tools/build/out-folder.ts";

const work = () => mkdtemp(join(tmpdir(), "routeboek-out-"));

async function setUp() {
  const root = await work();
  const guarded = { content: join(root, "project", "content"), project: join(root, "project") };
  await mkdir(guarded.content, { recursive: true });
  return { root, guarded };
}

describe("the output folder a build may replace", () => {
  it("is a missing folder, an empty one, a site with the marker, or a site an older build wrote", async () => {
    const { root, guarded } = await setUp();
    await expect(checkOutFolder(join(root, "new"), guarded)).resolves.toBeUndefined();
    await mkdir(join(root, "empty"));
    await expect(checkOutFolder(join(root, "empty"), guarded)).resolves.toBeUndefined();
    await mkdir(join(root, "site"));
    await writeFile(join(root, "site", SITE_MARKER), SITE_MARKER_TEXT);
    await writeFile(join(root, "site", "index.html"), "<!doctype html>");
    await expect(checkOutFolder(join(root, "site"), guarded)).resolves.toBeUndefined();
    // Built before the marker existed: Astro's assets, the search index, the start and 404 pages,
    // in the project's own dist/ only: any other Astro and Pagefind project builds the same layout.
    for (const older of [join(root, "older"), join(guarded.project, "dist")]) {
      await mkdir(join(older, "_astro"), { recursive: true });
      await mkdir(join(older, "pagefind"));
      await writeFile(join(older, "index.html"), "");
      await writeFile(join(older, "404.html"), "");
    }
    await expect(checkOutFolder(join(guarded.project, "dist"), guarded)).resolves.toBeUndefined();
    await expect(checkOutFolder(join(root, "older"), guarded)).rejects.toThrow("no .routeboek-site");
    // The project's own output folder inside the project is fine.
    await expect(checkOutFolder(join(guarded.project, "dist"), guarded)).resolves.toBeUndefined();
  });

  it("refuses a folder of documents (E10), with one line naming it", async () => {
    const { root, guarded } = await setUp();
    await mkdir(join(root, "decoy", "Documents"), { recursive: true });
    await writeFile(join(root, "decoy", "notes.txt"), "notes");
    await expect(checkOutFolder(join(root, "decoy"), guarded)).rejects.toThrow(
      `${join(root, "decoy")}: holds files that no Routeboek build wrote (no .routeboek-site); give a new or empty folder, or empty it yourself`,
    );
    // Half a site is not ours either, nor a marker that says something else or is not a small file.
    await mkdir(join(root, "half", "pagefind"), { recursive: true });
    await writeFile(join(root, "half", "index.html"), "");
    await writeFile(join(root, "half", SITE_MARKER), "not ours\n");
    await expect(checkOutFolder(join(root, "half"), guarded)).rejects.toThrow("no .routeboek-site");
    await mkdir(join(root, "fifo"));
    spawnSync("mkfifo", [join(root, "fifo", SITE_MARKER)]);
    await expect(checkOutFolder(join(root, "fifo"), guarded)).rejects.toThrow("no .routeboek-site");
  });

  it("refuses the content folder, a folder above it, the project, a folder inside the content, and the root (E11, E13)", async () => {
    const { root, guarded } = await setUp();
    // Even when someone put a marker there.
    await writeFile(join(guarded.content, SITE_MARKER), SITE_MARKER_TEXT);
    await expect(checkOutFolder(guarded.content, guarded)).rejects.toThrow("holds the content folder");
    await expect(checkOutFolder(root, guarded)).rejects.toThrow("holds the content folder");
    await expect(checkOutFolder(join(guarded.content, "site"), guarded)).rejects.toThrow("lies inside the content folder");
    const apart = { content: join(root, "elders"), project: guarded.project };
    await expect(checkOutFolder(guarded.project, apart)).rejects.toThrow("holds the project folder");
    // A symbolic link to the content folder is the content folder.
    await symlink(guarded.content, join(root, "link"));
    await expect(checkOutFolder(join(root, "link"), guarded)).rejects.toThrow("is a symbolic link");
    // A new folder under such a link would lie inside the content folder.
    await expect(checkOutFolder(join(root, "link", "site"), guarded)).rejects.toThrow("lies inside the content folder");
    await expect(checkOutFolder("/", guarded)).rejects.toThrow("/: is the root of the file system");
    await expect(checkOutFolder("/etc", guarded)).rejects.toThrow("/etc: holds files that no Routeboek build wrote");
  });

  it("refuses a file, a path under a file, a folder whose parent is missing, and a mount point (E12, E14, E16)", async () => {
    const { root, guarded } = await setUp();
    await writeFile(join(root, "report.pdf"), "%PDF");
    await expect(checkOutFolder(join(root, "report.pdf"), guarded)).rejects.toThrow("report.pdf: is a file, not a folder");
    await expect(checkOutFolder(join(root, "report.pdf", "site"), guarded)).rejects.toThrow("lies under a file");
    await expect(checkOutFolder(join(root, "nope", "site"), guarded)).rejects.toThrow(
      `the folder above it, ${join(root, "nope")}, does not exist; create it first`,
    );
    // /proc is a file system of its own: renaming it whole is impossible, so it is refused before the build.
    await expect(checkOutFolder("/proc", guarded)).rejects.toThrow("/proc: is a mount point");
  });

  it("refuses a folder that cannot be written, such as an immutable one (E15), before the build", async () => {
    const { root, guarded } = await setUp();
    await mkdir(join(root, "site"));
    const immutable = { ...nodeFolderFs, writeFile: async () => Promise.reject(Object.assign(new Error("EPERM"), { code: "EPERM" })) };
    await expect(prepareOutFolder(join(root, "site"), guarded, undefined, immutable)).rejects.toThrow(
      `${join(root, "site")}: cannot be written (EPERM)`,
    );
    await expect(prepareOutFolder(join(root, "site"), guarded)).resolves.toBeUndefined();
  });
});
