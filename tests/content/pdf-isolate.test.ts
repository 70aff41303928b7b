import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { extractIsolated, PDF_LIMITS, runIsolated, workersStarted } from "../../pipeline/pdf-jobs/isolate.ts";

const fixture = async (name: string) => new Uint8Array(await readFile(`tests/fixtures/pdf/out/${name}`));

describe("PDFs read in a worker", { timeout: 120_000 }, () => {
  it("reads one PDF after another in the same worker, and starts a new one after a failure", async () => {
    const [outline, columns] = await Promise.all([fixture("outline.pdf"), fixture("two-columns.pdf")]);
    const before = workersStarted;
    const first = await extractIsolated(outline, "outline.pdf");
    const second = await extractIsolated(columns, "two-columns.pdf");
    const third = await extractIsolated(outline, "outline.pdf");
    expect(first.pageCount).toBeGreaterThan(0);
    expect(second.pageCount).toBeGreaterThan(0);
    expect(third).toEqual(first);
    // Three PDFs, at most one new worker (none when an earlier test left one waiting).
    expect(workersStarted - before).toBeLessThanOrEqual(1);

    // A worker stopped at its time limit is not reused: the next PDF gets a fresh one and reads normally.
    await expect(runIsolated("extract", outline, "outline.pdf", { ...PDF_LIMITS, timeoutMs: 1 })).rejects.toThrow(/took longer than/);
    const afterFailure = workersStarted;
    expect(await extractIsolated(columns, "two-columns.pdf")).toEqual(second);
    expect(workersStarted).toBe(afterFailure + 1);
  });
});
