import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPublishedReport } from "../../pipeline/links/published-report.ts";

async function contentWithReport(text?: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "routeboek-published-"));
  if (text !== undefined) {
    await mkdir(join(root, "linkrapport"));
    await writeFile(join(root, "linkrapport", "report.json"), text);
  }
  return root;
}

describe("the published link report", () => {
  it("is optional", async () => {
    expect(await readPublishedReport(await contentWithReport())).toBeUndefined();
  });

  it("must be JSON of the current version", async () => {
    await expect(readPublishedReport(await contentWithReport("{"))).rejects.toThrow(/linkrapport\/report\.json: is not valid JSON/);
    await expect(readPublishedReport(await contentWithReport('{"version":2}'))).rejects.toThrow(/is not a link report of version 1: `version`/);
  });
});
