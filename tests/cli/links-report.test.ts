import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LinkReportSchema } from "../../pipeline/schema/link-report.ts";
import { startFaultServer, type FaultServer } from "../support/fault-server.ts";

/** Runs the CLI without blocking the event loop, so the fault server in this process can answer. */
function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("node", ["tools/cli.ts", ...args]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("routeboek links over SPPOH's real content, pointed at a local fault server", () => {
  let server: FaultServer;
  let out: string;
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    server = await startFaultServer();
    out = await mkdtemp(join(tmpdir(), "routeboek-report-"));
    // SPPOH's routebook alone: its hosts are the ones the fault server stands in for (the machine has no internet).
    const content = await mkdtemp(join(tmpdir(), "routeboek-report-content-"));
    await cp("content/sppoh-po", join(content, "sppoh-po"), { recursive: true });
    await cp("content/begrippen.yml", join(content, "begrippen.yml"));
    run = await cli([
      "links",
      "--content",
      content,
      "--report",
      out,
      // Nothing here hangs, so a roomy request limit costs nothing and keeps a busy machine from turning answers into timeouts.
      "--timeout",
      "10",
      "--max-time",
      "60",
      "--rewrite",
      `https://pro.sppoh.nl/=${server.origin}/site/pro/`,
      "--rewrite",
      `https://ouders.sppoh.nl/=${server.origin}/site/ouders/`,
      // The meldcode page "disappears": it must come out as broken.
      "--rewrite",
      `https://www.augeo.nl/=${server.origin}/missing/`,
    ]);
    // The CLI's own limit is 60 s (--max-time); the rest is room for a slow start on a busy machine.
  }, 180_000);
  afterAll(() => server.close());

  it("writes a valid report.json with every distinct URL once and all its uses", async () => {
    expect(run.status, run.stderr).toBe(0);
    const report = LinkReportSchema.parse(JSON.parse(await readFile(join(out, "report.json"), "utf8")));
    expect(report.summary.urls).toBe(19);
    expect(report.summary.uses).toBe(report.links.reduce((sum, link) => sum + link.uses.length, 0));
    expect(report.summary.byStatus).toMatchObject({ ok: 18, broken: 1 });
    const broken = report.links[0]!;
    expect(broken).toMatchObject({ url: "https://www.augeo.nl/nl-nl/themas/meldcode/", status: "broken", httpStatus: 404 });
    expect(broken.uses).toEqual([
      {
        routebook: "sppoh-po",
        where: "stap opschaling-gezin",
        file: expect.stringMatching(/sppoh-po\/flow\.md$/),
        line: expect.any(Number),
      },
    ]);
    const stale = report.links.filter((link) => link.flags.some((flag) => flag.kind === "stale-version"));
    expect(stale.map((link) => link.url).every((url) => url.includes("/2024/09/"))).toBe(true);
    expect(stale).toHaveLength(3);
    // Each distinct URL was requested once: the most used one (20 places) got a single HEAD.
    expect(
      server.requests.get("HEAD /site/pro/wp-content/uploads/sites/3/2025/09/SPPOH053-Routeboek-Verzuim-en-Thuiszitten-PO-15-9.pdf"),
    ).toBe(1);
  });

  it("writes report.md with what is broken, where it is used and what to do", async () => {
    const markdown = await readFile(join(out, "report.md"), "utf8");
    expect(markdown).toMatch(/^# Link report\n\n19 distinct external URLs in \d+ places/);
    expect(markdown).toMatch(
      /\| broken \(404\) \| https:\/\/www\.augeo\.nl\/nl-nl\/themas\/meldcode\/ \| \S*sppoh-po\/flow\.md:\d+ \| Find the document's new address, or remove the link\. \|/,
    );
    expect(markdown).toContain("| ok (200), stale-version |");
    expect(run.stdout).toContain("19 distinct external URLs");
  });

  it("exits 1 under --fail-on broken", async () => {
    const failing = await cli(["links", "--fail-on", "broken", "--timeout", "10", "--rewrite", `https://=${server.origin}/missing/`]);
    expect(failing.status).toBe(1);
  });

  it("checks every URL within the run's time limit", async () => {
    // Asked of the report, not of a stopwatch: a busy machine may be slow, but no URL may be left unchecked.
    const report = LinkReportSchema.parse(JSON.parse(await readFile(join(out, "report.json"), "utf8")));
    expect(report.links.filter((link) => link.reason?.startsWith("not checked"))).toEqual([]);
  });
});
