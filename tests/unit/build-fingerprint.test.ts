import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildFingerprint } from "../../pipeline/build-fingerprint.ts";

describe("build fingerprint", () => {
  let root: string;
  let content: string;
  let code: string;
  const settings = { day: "2026-11-20", node: "v24.0.0" };
  const fingerprint = (extra: Record<string, string> = {}) => buildFingerprint([content, code, join(root, "missing.json")], { ...settings, ...extra });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "routeboek-fingerprint-"));
    content = join(root, "content");
    code = join(root, "astro.config.mjs");
    await mkdir(join(content, "a-po", "bronnen"), { recursive: true });
    await writeFile(join(content, "a-po", "flow.md"), "## Start {#start}\n");
    await writeFile(join(content, "a-po", "bronnen", "boek.pdf"), Buffer.from([1, 2, 3]));
    await writeFile(code, "export default {};\n");
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("is the same for the same files and settings, whatever the order of the settings", async () => {
    const first = await fingerprint();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprint()).toBe(first);
    expect(await buildFingerprint([content, code, join(root, "missing.json")], { node: settings.node, day: settings.day })).toBe(first);
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
    await writeFile(code, "export default { trailingSlash: 'always' };\n");
    await changed("the Astro config");
    await writeFile(join(root, "missing.json"), "{}");
    await changed("an input that did not exist before");
    expect(seen.has(await fingerprint({ day: "2026-11-21" }))).toBe(false);
  });

  it("tells bytes moved from one file to the next apart", async () => {
    await writeFile(join(content, "a-po", "flow.md"), "ab");
    await writeFile(join(content, "a-po", "routeboek.md"), "c");
    const before = await fingerprint();
    await writeFile(join(content, "a-po", "flow.md"), "a");
    await writeFile(join(content, "a-po", "routeboek.md"), "bc");
    expect(await fingerprint()).not.toBe(before);
  });
});
