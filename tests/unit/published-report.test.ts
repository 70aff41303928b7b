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
    await expect(readPublishedReport(await contentWithReport('{"version":2}'))).rejects.toThrow(
      /is not a link report of version 1: `version`/,
    );
  });
});

describe("the published link report's addresses (issue 13, item 11)", () => {
  const valid = {
    version: 1,
    generatedAt: "2026-11-20T06:00:00.000Z",
    durationMs: 1,
    summary: {
      urls: 1,
      uses: 1,
      byStatus: { ok: 0, moved: 1, "soft-404": 0, broken: 0, blocked: 0, "rate-limited": 0, timeout: 0, unreachable: 0 },
      flagged: 0,
    },
    links: [
      {
        url: "https://example.org/a.pdf",
        status: "moved",
        target: "https://example.org/b.pdf",
        flags: [],
        uses: [{ routebook: "sppoh-po", where: "stap welk-verzuim", file: "content/sppoh-po/flow.md", line: 3 }],
      },
    ],
  };
  const edited = (edit: (report: typeof valid) => void) => {
    const copy = structuredClone(valid);
    edit(copy);
    return contentWithReport(JSON.stringify(copy));
  };

  it("accepts absolute http(s) URLs", async () => {
    expect((await readPublishedReport(await contentWithReport(JSON.stringify(valid))))?.links[0]?.url).toBe("https://example.org/a.pdf");
  });

  it.each([
    [
      "a protocol-relative URL",
      (r: typeof valid) => {
        r.links[0]!.url = "//evil.example/x";
      },
      "links[0].url` must be an absolute http(s) URL",
    ],
    [
      "a javascript: target",
      (r: typeof valid) => {
        r.links[0]!.target = "javascript:alert(1)";
      },
      "links[0].target` must be an absolute http(s) URL",
    ],
    [
      "a relative URL",
      (r: typeof valid) => {
        r.links[0]!.url = "/elders";
      },
      "links[0].url` must be an absolute http(s) URL",
    ],
    [
      "a routebook that would make the step link leave the site",
      (r: typeof valid) => {
        r.links[0]!.uses[0]!.routebook = "/evil.example";
      },
      "links[0].uses[0].routebook` must be an id",
    ],
    [
      "a step that is no id",
      (r: typeof valid) => {
        r.links[0]!.uses[0]!.where = "stap /../../x";
      },
      "links[0].uses[0].where` must name a step by its id",
    ],
  ])("refuses %s, naming the file and the place", async (_, edit, message) => {
    await expect(readPublishedReport(await edited(edit))).rejects.toThrow(
      new RegExp(`linkrapport/report\\.json: is not a link report of version 1: \`${message.replace(/[().|[\]]/g, "\\$&")}`),
    );
  });
});
