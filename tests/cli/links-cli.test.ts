import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LinkReportSchema } from "../../pipeline/schema/link-report.ts";
import { CLI, CLI_TEST_TIMEOUT, NODE } from "../support/cli.ts";
import { startFaultServer, type FaultServer } from "../support/fault-server.ts";

/** Runs the CLI without blocking the event loop, so the fault server in this process can answer. */
function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE, [CLI, ...args]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const requestCount = (server: FaultServer) => [...server.requests.values()].reduce((sum, count) => sum + count, 0);

describe("routeboek links under hostile answers and options", { timeout: CLI_TEST_TIMEOUT }, () => {
  let server: FaultServer;
  let content: string;
  beforeAll(async () => {
    server = await startFaultServer();
    // SPPOH's routebook alone: its three hosts are pointed at the fault server below.
    content = await mkdtemp(join(tmpdir(), "routeboek-links-cli-"));
    await cp("content/sppoh-po", join(content, "sppoh-po"), { recursive: true });
    await cp("content/begrippen.yml", join(content, "begrippen.yml"));
  });
  afterAll(() => server.close());

  it("keeps checking a host that asked for an hour's pause, and fails on its broken URL (item 5)", async () => {
    const out = await mkdtemp(join(tmpdir(), "routeboek-links-report-"));
    const run = await cli([
      "links",
      "--content",
      content,
      "--report",
      out,
      "--fail-on",
      "broken",
      "--timeout",
      "10",
      "--max-time",
      "60",
      // pro.sppoh.nl asks for an hour on every URL; ouders.sppoh.nl and augeo.nl, on the same host, answer 404 and 200.
      "--rewrite",
      `https://pro.sppoh.nl/=${server.origin}/hour-busy/`,
      "--rewrite",
      `https://ouders.sppoh.nl/=${server.origin}/missing/`,
      "--rewrite",
      `https://www.augeo.nl/=${server.origin}/site/`,
    ]);
    expect(run.status, run.stderr).toBe(1);
    const report = LinkReportSchema.parse(JSON.parse(await readFile(join(out, "report.json"), "utf8")));
    const busy = report.links.filter((link) => link.url.startsWith("https://pro.sppoh.nl/"));
    expect(busy.length).toBeGreaterThan(0);
    for (const link of busy) expect(link).toMatchObject({ status: "rate-limited", retryAfterSeconds: 3600 });
    expect(report.links.find((link) => link.url.startsWith("https://ouders.sppoh.nl/"))).toMatchObject({
      status: "broken",
      httpStatus: 404,
    });
    expect(report.links.find((link) => link.url.startsWith("https://www.augeo.nl/"))).toMatchObject({ status: "ok" });
    expect(report.summary.byStatus.timeout).toBe(0);
    const markdown = await readFile(join(out, "report.md"), "utf8");
    expect(markdown).toContain("| rate-limited (429) | https://pro.sppoh.nl/");
    expect(markdown).toContain("Check again later: the server asked to wait 3600 s (60 min)");
  });

  it("refuses limits out of range with one line and exit 2, before reading anything (item 6)", async () => {
    for (const [args, problem] of [
      [["--max-time", "3000000"], '--max-time takes a number from 1 to 86400 (seconds), not "3000000"'],
      [["--timeout", "3000000"], '--timeout takes a number from 0.1 to 600 (seconds), not "3000000"'],
      [["--per-host", "2.5"], '--per-host takes a whole number from 1 to 10, not "2.5"'],
      [["--per-host", "1e400"], '--per-host takes a whole number from 1 to 10, not "1e400"'],
    ] as const) {
      const before = requestCount(server);
      const run = await cli(["links", "--content", content, ...args, "--rewrite", `https://=${server.origin}/site/`]);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr.split("\n")[0]).toBe(problem);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(requestCount(server)).toBe(before);
    }
  });

  it("does not call a run that checked nothing a success (item 6)", async () => {
    const out = await mkdtemp(join(tmpdir(), "routeboek-links-report-"));
    // Every URL hangs: nothing gets an answer within the run's 2 s.
    const run = await cli([
      "links",
      "--content",
      content,
      "--report",
      out,
      "--timeout",
      "1",
      "--max-time",
      "2",
      "--rewrite",
      `https://=${server.origin}/hang/`,
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("No URL was checked: every one timed out or was never requested within the limits.");
    expect(run.stderr).toContain(`Nothing was checked; ${join(out, "report.json")} was left as it was.`);
    expect(existsSync(join(out, "report.json"))).toBe(false);
  });

  it("refuses a --report that is a file or under a file before the run starts (item 9)", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "routeboek-links-report-")), "report.txt");
    await writeFile(file, "not a folder");
    const before = requestCount(server);
    const asFile = await cli(["links", "--content", content, "--report", file, "--rewrite", `https://=${server.origin}/site/`]);
    expect(asFile.status, asFile.stderr).toBe(2);
    expect(asFile.stderr.split("\n")[0]).toBe(`--report ${file}: is a file, not a folder; give the folder for report.json and report.md`);
    const under = await cli(["links", "--content", content, "--report", join(file, "sub"), "--rewrite", `https://=${server.origin}/site/`]);
    expect(under.status, under.stderr).toBe(2);
    expect(under.stderr.split("\n")[0]).toBe(`--report ${join(file, "sub")}: cannot be written (ENOTDIR); give a folder you can write to`);
    // Refused before the run: not one request was sent.
    expect(requestCount(server)).toBe(before);
    expect(await readFile(file, "utf8")).toBe("not a folder");
  });
});
