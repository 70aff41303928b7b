/**
 * What a build leaves on disk (issue 13, item 11): a site any web server can
 * serve, and no staging folders of killed builds.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";

describe("the built site", () => {
  it("has the modes of an ordinary build: folders 0755, files 0644, so a web server running as another user can serve it", async () => {
    for (const site of [inject("siteDir"), inject("fixtureSiteDir")]) {
      expect((await stat(site)).mode & 0o777, site).toBe(0o755);
      const entries = await readdir(site, { recursive: true, withFileTypes: true });
      const wrong = [];
      for (const entry of entries) {
        const path = join(entry.parentPath, entry.name);
        const mode = (await stat(path)).mode & 0o777;
        if (mode !== (entry.isDirectory() ? 0o755 : 0o644)) wrong.push(`${path}: ${mode.toString(8)}`);
      }
      expect(wrong).toEqual([]);
      // The mark that lets the next build replace the folder, which it never does to a folder it did not write.
      expect((await readFile(join(site, ".routeboek-site"), "utf8")).split("\n")[0]).toBe("routeboek-site 1");
      // Pages, scripts, the search index and (in the test routebook) copied PDFs are all among them.
      expect(entries.some((entry) => entry.name.endsWith(".pdf")) || site === inject("siteDir")).toBe(true);
    }
  });
});

/** A process id that no process has: one that has just ended. */
async function endedPid(): Promise<number> {
  const child = spawn("node", ["-e", ""]);
  await new Promise((done) => child.on("exit", done));
  return child.pid!;
}

describe("a build after killed builds", () => {
  it("removes the staging folders of builds that no longer run, and leaves those of running builds", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-stale-"));
    const build = join(work, ".build");
    await mkdir(build);
    const dead = await endedPid();
    // Left by a killed build: its staging folder, its checked content and its previous site.
    await mkdir(join(build, `staging-p${dead}_AbC123`, "sppoh-po"), { recursive: true });
    await writeFile(join(build, `staging-p${dead}_AbC123.content.json`), "{}");
    await mkdir(join(build, `staging-p${dead}_AbC123-previous`));
    // A build that is running now (this test's own process stands in for it).
    await mkdir(join(build, `staging-p${process.pid}_XyZ789`));
    // Older builds named their folders without a process id: a day old is stale, a fresh one may be running.
    await mkdir(join(build, "staging-old123"));
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    await utimes(join(build, "staging-old123"), twoDaysAgo, twoDaysAgo);
    await mkdir(join(build, "staging-new456"));
    await mkdir(join(build, "test-site-keep"));

    // A build of content with a problem stops before Astro, which is enough: the clean-up comes first.
    const content = join(work, "content");
    await mkdir(content);
    const result = spawnSync("node", [resolve("tools/build/build.ts")], {
      cwd: work,
      encoding: "utf8",
      env: { ...process.env, ROUTEBOEK_CONTENT: content, ROUTEBOEK_OUT: join(work, "dist") },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("no routebook folders found");
    expect((await readdir(build)).sort()).toEqual(["staging-new456", `staging-p${process.pid}_XyZ789`, "test-site-keep"]);
  });
});
