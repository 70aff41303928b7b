import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, open, rename, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildFingerprint } from "../../tools/build/fingerprint.ts";
import { contentInputs } from "../../pipeline/content-inputs.ts";

describe("build fingerprint", () => {
  let root: string;
  let content: string;
  let code: string;
  const settings = { day: "2026-11-20", node: "v24.0.0" };
  const fingerprint = (extra: Record<string, string> = {}) =>
    buildFingerprint(content, [code, join(root, "missing.json")], { ...settings, ...extra });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "routeboek-fingerprint-"));
    content = join(root, "content");
    code = join(root, "astro.config.mjs");
    await mkdir(join(content, "a-po", "bronnen"), { recursive: true });
    await writeFile(join(content, "a-po", "flow.md"), "## Start {#start}\n");
    await writeFile(
      join(content, "a-po", "routeboek.md"),
      "---\ndocuments:\n  - pdf: bronnen/boek.pdf\n  - markdown: bronnen/hoofdstukken\n---\n",
    );
    await mkdir(join(content, "a-po", "bronnen", "hoofdstukken"));
    await writeFile(join(content, "a-po", "bronnen", "hoofdstukken", "1.md"), "# Hoofdstuk 1\n");
    await writeFile(join(content, "a-po", "bronnen", "boek.pdf"), Buffer.from([1, 2, 3]));
    await writeFile(code, "export default {};\n");
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("is the same for the same files and settings, whatever the order of the settings", async () => {
    const first = await fingerprint();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprint()).toBe(first);
    expect(await buildFingerprint(content, [code, join(root, "missing.json")], { node: settings.node, day: settings.day })).toBe(first);
  });

  it("changes with one byte of a PDF, a new file, a renamed file, a code file or the day", async () => {
    const seen = new Set([await fingerprint()]);
    const changed = async (what: string) => {
      const now = await fingerprint();
      expect(seen.has(now), what).toBe(false);
      seen.add(now);
    };
    await writeFile(join(content, "a-po", "bronnen", "boek.pdf"), Buffer.from([1, 2, 4]));
    await changed("a PDF's byte");
    await writeFile(join(content, "a-po", "signalen.yml"), "");
    await changed("a new, empty file");
    await rename(join(content, "a-po", "signalen.yml"), join(content, "a-po", "begrippen.yml"));
    await changed("a renamed file");
    await writeFile(join(content, "a-po", "bronnen", "hoofdstukken", "2.md"), "# Hoofdstuk 2\n");
    await changed("a new chapter in a Markdown folder that routeboek.md names");
    await writeFile(join(content, "linkrapport.json"), "{}");
    expect(seen.has(await fingerprint()), "a file the pipeline does not read").toBe(true);
    await mkdir(join(content, "linkrapport"));
    await writeFile(join(content, "linkrapport", "report.json"), "{}");
    await changed("the published link report");
    await writeFile(code, "export default { trailingSlash: 'always' };\n");
    await changed("the Astro config");
    await writeFile(join(root, "missing.json"), "{}");
    await changed("an input that did not exist before");
    expect(seen.has(await fingerprint({ day: "2026-11-21" }))).toBe(false);
  });

  it("tells bytes moved from one file to the next apart", async () => {
    await writeFile(join(content, "a-po", "flow.md"), "ab");
    await writeFile(join(content, "a-po", "signalen.yml"), "c");
    const before = await fingerprint();
    await writeFile(join(content, "a-po", "flow.md"), "a");
    await writeFile(join(content, "a-po", "signalen.yml"), "bc");
    expect(await fingerprint()).not.toBe(before);
  });

  it("reads only what the pipeline reads: a large file no routebook names is not read (E30, E31)", async () => {
    const before = await fingerprint();
    // Sparse: 3 GB on paper, nothing on disk. Reading it whole crashed the build (ERR_FS_FILE_TOO_LARGE).
    await writeFile(join(content, "a-po", "bronnen", "opname.mp4"), "");
    await truncate(join(content, "a-po", "bronnen", "opname.mp4"), 3 * 1024 ** 3);
    await writeFile(join(content, "a-po", "bronnen", "notities.txt"), "niet gelezen");
    expect(await fingerprint()).toBe(before);
  });

  it("hashes a named file over its size limit by its refusal, without reading it", async () => {
    const pdf = join(content, "a-po", "bronnen", "boek.pdf");
    await truncate(pdf, 3 * 1024 ** 3);
    const first = await fingerprint();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    // Another first byte at the same size: a fingerprint that had read any of the file would change with it.
    const file = await open(pdf, "r+");
    await file.write(Uint8Array.of(9), 0, 1, 0);
    await file.close();
    expect(await fingerprint()).toBe(first);
  });

  it.each([
    ["a named pipe", async (path: string) => execFileSync("mkfifo", [path])],
    ["a link to /dev/zero", (path: string) => symlink("/dev/zero", path)],
    ["a folder", (path: string) => mkdir(path)],
  ])("never blocks on or reads %s in place of a content file (L03, L04)", async (_, make) => {
    for (const name of ["flow.md", "signalen.yml", "bronnen/boek.pdf"]) {
      await rm(join(content, "a-po", name), { recursive: true, force: true });
      await make(join(content, "a-po", name));
    }
    await mkdir(join(content, "linkrapport"));
    await make(join(content, "linkrapport", "report.json"));
    expect(await fingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ["/dev/zero (E21)", () => "/dev/zero"],
    [
      "a named pipe (E22)",
      async () => {
        execFileSync("mkfifo", [join(root, "pijp")]);
        return join(root, "pijp");
      },
    ],
    ["a folder that does not exist", () => join(root, "nergens")],
  ])("hashes a content folder that is %s without reading it", async (_, make) => {
    const path = await make();
    expect(await buildFingerprint(path, [code], settings)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not walk the whole file system for ROUTEBOEK_CONTENT=/ (E17)", async () => {
    expect(await buildFingerprint("/", [code], settings)).toMatch(/^[0-9a-f]{64}$/);
    // What it hashes of the content are the files the check reads, at their fixed places: the shared files at the
    // top and each folder's own files (no folder of / names documents), nothing further down.
    const inputs = (await contentInputs("/"))!;
    expect(inputs.length).toBeGreaterThan(2);
    expect(inputs.filter((input) => relative("/", input.path).split(sep).length > 2)).toEqual([]);
  });
});
