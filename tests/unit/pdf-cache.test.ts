import { cp, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPdfCached } from "../../pipeline/pdf/cache.ts";

describe("the extraction cache", () => {
  it("parses an unchanged PDF once, and again after it changed", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-cache-"));
    const cache = join(work, "cache");
    const pdf = join(work, "routeboek.pdf");
    await cp("tests/fixtures/pdf/out/outline.pdf", pdf);

    const first = await extractPdfCached(pdf, "routeboek.pdf", cache);
    const second = await extractPdfCached(pdf, "routeboek.pdf", cache);
    expect([first.cached, second.cached]).toEqual([false, true]);
    expect(second.document).toEqual(first.document);

    await cp("tests/fixtures/pdf/out/no-outline.pdf", pdf);
    const changed = await extractPdfCached(pdf, "routeboek.pdf", cache);
    expect(changed.cached).toBe(false);
    expect(changed.document.headingSource).toBe("typography");
    expect((await readdir(cache)).filter((name) => name.endsWith(".json"))).toHaveLength(2);
  });

  it("never caches a PDF that failed", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-cache-"));
    const pdf = join(work, "kapot.pdf");
    await writeFile(pdf, "");
    await expect(extractPdfCached(pdf, "kapot.pdf", join(work, "cache"))).rejects.toThrow("kapot.pdf: the file is empty (0 bytes)");
    await expect(readdir(join(work, "cache"))).rejects.toThrow();
  });
});
