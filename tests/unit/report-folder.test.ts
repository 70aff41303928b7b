/**
 * `links --report` on a full disk (red team E08): the report's write fails with
 * one line, leaves no part file, and keeps the last report.
 */
import { mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../tools/cli/errors.ts";
import { writeWhole } from "../../tools/cli/report-folder.ts";

describe("a report written on a full disk", () => {
  it("is a one-line failure that keeps the last report and leaves no part file", async () => {
    const out = await mkdtemp(join(tmpdir(), "routeboek-report-"));
    const report = join(out, "report.json");
    await writeFile(report, "last report");
    // /dev/full answers every write with ENOSPC, as a full disk does.
    await symlink("/dev/full", `${report}.part-${process.pid}`);
    const failure = await writeWhole(report, "{}").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InputError);
    expect((failure as InputError).message).toBe(`${report}: cannot be written (ENOSPC); the file was left as it was`);
    expect(await readFile(report, "utf8")).toBe("last report");
    expect(await readdir(out)).toEqual(["report.json"]);
  });
});
