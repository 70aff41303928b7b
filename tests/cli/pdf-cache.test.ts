import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { extractPdfCached } from "../../pipeline/pdf-jobs/cache.ts";
import { extractorFiles, extractorKey } from "../../pipeline/pdf/extractor-key.ts";
import { CLI, CLI_TEST_TIMEOUT, NODE } from "../support/cli.ts";
import { isStackFree } from "../support/hostile.ts";

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

  it("keys its entries by the extractor's code, every module it imports included, and the pdf.js version", async () => {
    const files = (await extractorFiles()).map((file) => file.slice(process.cwd().length + 1));
    // Found through imports, not listed: lines.ts by extract.ts, anchors.ts (outside pdf/) by document.ts.
    const found = ["pipeline/pdf/extract.ts", "pipeline/pdf/lines.ts", "pipeline/ids/anchors.ts"];
    expect(files).toEqual(expect.arrayContaining(found));
    expect(files).not.toContain("pipeline/pdf-jobs/cache.ts");
    expect(await extractorKey()).toMatch(/^[0-9a-f]{64}$/);
  });

  it("never caches a PDF that failed", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-cache-"));
    const pdf = join(work, "kapot.pdf");
    await writeFile(pdf, "");
    await expect(extractPdfCached(pdf, "kapot.pdf", join(work, "cache"))).rejects.toThrow("kapot.pdf: the file is empty (0 bytes)");
    await expect(readdir(join(work, "cache"))).rejects.toThrow();
  });
});

/** Extracts the PDF twice into `cache`, recording the warnings. */
async function extractTwice(cache: string) {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    const first = await extractPdfCached("tests/fixtures/pdf/out/outline.pdf", "routeboek.pdf", cache);
    const second = await extractPdfCached("tests/fixtures/pdf/out/no-outline.pdf", "ander.pdf", cache);
    return { documents: [first, second], warnings: warn.mock.calls.map((call) => String(call[0])) };
  } finally {
    warn.mockRestore();
  }
}

/** Every file under `folder` whose name marks a half-written entry. */
const parts = async (folder: string) => (await readdir(folder, { recursive: true })).filter((name) => name.endsWith(".tmp"));

describe("a PDF cache folder that cannot be used (red team E09, E25, E26)", () => {
  it("naming a file, or a path under /proc, gives one warning and the extraction goes on without the cache", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-cache-"));
    await writeFile(join(work, "cache"), "a file");
    for (const [cache, reason] of [
      [join(work, "cache"), `${join(work, "cache")}: is a file, not a folder`],
      ["/proc/nope", "/proc/nope: cannot create the folder /proc/nope"],
    ] as const) {
      // A cache under /proc that Node's recursive mkdir would loop on fails the test on its time limit.
      const { documents, warnings } = await extractTwice(cache);
      expect(documents.map((result) => result.cached)).toEqual([false, false]);
      expect(documents[0]!.document.headingSource).toBeDefined();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`warning: the PDF cache ${reason}`);
    }
    expect(await readdir(work)).toEqual(["cache"]);
  });

  it("on a full disk gives one warning and leaves no half-written entry", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-cache-"));
    // The folder takes the trial write, but the entry's write meets a full device (/dev/full answers ENOSPC).
    const reference = join(work, "reference");
    await extractPdfCached("tests/fixtures/pdf/out/outline.pdf", "routeboek.pdf", reference);
    const [entry] = await readdir(reference);
    const full = join(work, "full");
    await mkdir(full);
    await symlink("/dev/full", join(full, `${entry}.${process.pid}.tmp`));
    const { documents, warnings } = await extractTwice(full);
    expect(documents.map((result) => result.cached)).toEqual([false, false]);
    expect(warnings).toEqual([expect.stringMatching(/^warning: the PDF cache .*: cannot be written \(ENOSPC\); going on without it/)]);
    expect(await parts(work)).toEqual([]);
    expect(await readdir(full)).toEqual([]);
  });

  it(
    "does not stop `check`, which says so once (E25)",
    async () => {
      const work = await mkdtemp(join(tmpdir(), "routeboek-cache-"));
      await writeFile(join(work, "cache"), "a file");
      const run = spawnSync(NODE, [CLI, "check", "--content", "tests/fixtures/content"], {
        encoding: "utf8",
        timeout: CLI_TEST_TIMEOUT,
        env: { ...process.env, ROUTEBOEK_CACHE: join(work, "cache") },
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr.match(/warning: the PDF cache/g)).toHaveLength(1);
      expect(isStackFree(run.stderr), run.stderr).toBe(true);
    },
    CLI_TEST_TIMEOUT,
  );
});
