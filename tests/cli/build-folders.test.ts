/**
 * The build and the CLI check every folder they will write before any work,
 * and never delete what they did not write (issue 20, items 1, 6, 9, 10;
 * red team E04, E10–E16, E26–E29, import-tool --out /etc/passwd). Each run here
 * stops before Astro, so the cases stay fast.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, CLI_TEST_TIMEOUT, NODE } from "../support/cli.ts";
import { isStackFree } from "../support/hostile.ts";

const BUILD = resolve("tools/build/build.ts");

/** A work folder holding an empty content folder: a build of it fails at the content check, before Astro. */
async function workFolder() {
  const work = await mkdtemp(join(tmpdir(), "routeboek-build-folders-"));
  await mkdir(join(work, "content"));
  return work;
}

function build(work: string, env: Record<string, string>) {
  const started = performance.now();
  const run = spawnSync(NODE, [BUILD], {
    cwd: work,
    encoding: "utf8",
    timeout: CLI_TEST_TIMEOUT,
    env: { ...process.env, ROUTEBOEK_CONTENT: join(work, "content"), ROUTEBOEK_OUT: join(work, "dist"), ...env },
  });
  return { ...run, seconds: (performance.now() - started) / 1000 };
}

/** Refused before any work: one reason, no content check, no stack, no hang. */
function expectRefused(run: ReturnType<typeof build>, reason: string) {
  expect(run.signal, "the build hung").toBeNull();
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr.split("\n")[0]).toContain(reason);
  expect(run.stderr).toContain("Nothing was built; nothing was changed.");
  expect(run.stderr + run.stdout).not.toContain("no routebook folders found");
  expect(isStackFree(run.stderr), run.stderr).toBe(true);
}

describe("ROUTEBOEK_OUT", () => {
  it(
    "naming a folder of documents, the content folder, a file or a folder above the project is refused before the build (E10–E12)",
    async () => {
      const work = await workFolder();
      await mkdir(join(work, "decoy", "Documents"), { recursive: true });
      await writeFile(join(work, "decoy", "notes.txt"), "notes");
      expectRefused(build(work, { ROUTEBOEK_OUT: join(work, "decoy") }), "ROUTEBOEK_OUT=");
      expect((await readdir(join(work, "decoy"))).sort()).toEqual(["Documents", "notes.txt"]);
      expectRefused(build(work, { ROUTEBOEK_OUT: join(work, "content") }), "holds the content folder");
      expectRefused(build(work, { ROUTEBOEK_OUT: work }), "holds the content folder");
      await writeFile(join(work, "notes.txt"), "notes");
      expectRefused(build(work, { ROUTEBOEK_OUT: join(work, "notes.txt") }), "is a file, not a folder");
      expect(await readFile(join(work, "notes.txt"), "utf8")).toBe("notes");
    },
    CLI_TEST_TIMEOUT * 2,
  );

  it(
    "naming /, /proc/nope, or a folder whose parent is missing is refused before the build, not after it (E13, E14, E16)",
    async () => {
      const work = await workFolder();
      expectRefused(build(work, { ROUTEBOEK_OUT: "/" }), "ROUTEBOEK_OUT=/: is the root of the file system");
      expectRefused(build(work, { ROUTEBOEK_OUT: "/proc/nope" }), "ROUTEBOEK_OUT=/proc/nope: the folder /proc cannot take the new site");
      expectRefused(build(work, { ROUTEBOEK_OUT: join(work, "missing", "site") }), "does not exist; create it first");
    },
    CLI_TEST_TIMEOUT * 2,
  );

  it(
    "holding a site the build wrote is still replaced, and a failed build still leaves it as it was",
    async () => {
      const work = await workFolder();
      await mkdir(join(work, "dist"));
      await writeFile(join(work, "dist", ".routeboek-site"), "routeboek-site 1\n");
      await writeFile(join(work, "dist", "index.html"), "last good site");
      const run = build(work, {});
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("no routebook folders found");
      expect(await readFile(join(work, "dist", "index.html"), "utf8")).toBe("last good site");
    },
    CLI_TEST_TIMEOUT,
  );
});

describe("a build after one killed between the swap's two renames (E04)", () => {
  it(
    "puts the last good site back, even when the build itself then fails",
    async () => {
      const work = await workFolder();
      const child = spawn(NODE, ["-e", ""]);
      await new Promise((done) => child.on("exit", done));
      // What the kill left: the old site moved aside, the record of where it came from, no dist/.
      const name = `staging-p${child.pid}_AbC123`;
      await mkdir(join(work, ".build", `${name}-previous`), { recursive: true });
      await writeFile(join(work, ".build", `${name}-previous`, ".routeboek-site"), "routeboek-site 1\n");
      await writeFile(join(work, ".build", `${name}-previous`, "index.html"), "last good site");
      await writeFile(join(work, ".build", `${name}.out`), join(work, "dist"));
      const run = build(work, {});
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`Put the last good site back in ${join(work, "dist")}`);
      expect(await readFile(join(work, "dist", "index.html"), "utf8")).toBe("last good site");
      expect(await readdir(join(work, ".build"))).toEqual([]);
    },
    CLI_TEST_TIMEOUT,
  );
});

describe("the caches and the CLI's output folders", () => {
  it(
    "ROUTEBOEK_ASTRO_CACHE under /proc or naming a file is refused before the build instead of hanging (E27)",
    async () => {
      const work = await workFolder();
      expectRefused(
        build(work, { ROUTEBOEK_ASTRO_CACHE: "/proc/nope" }),
        "ROUTEBOEK_ASTRO_CACHE=/proc/nope: cannot create the folder /proc/nope",
      );
      expectRefused(build(work, { ROUTEBOEK_ASTRO_CACHE: "/etc/passwd" }), "ROUTEBOEK_ASTRO_CACHE=/etc/passwd: is a file, not a folder");
    },
    CLI_TEST_TIMEOUT * 2,
  );

  it(
    "import-tool --out naming a file or a /proc path answers with one line before the import (E28)",
    () => {
      const pdf = "tests/fixtures/tool/out/sppoh-portrait.pdf";
      for (const [out, reason] of [
        ["/etc/passwd", "--out /etc/passwd: is a file, not a folder"],
        ["/proc/nope", "--out /proc/nope: cannot create the folder /proc/nope"],
      ]) {
        const run = spawnSync(NODE, [CLI, "import-tool", pdf, "--out", out!], { encoding: "utf8", timeout: CLI_TEST_TIMEOUT });
        expect(run.signal, "import-tool hung").toBeNull();
        expect(run.status, run.stderr).toBe(1);
        expect(run.stderr.split("\n")[0]).toContain(reason);
        expect(isStackFree(run.stderr), run.stderr).toBe(true);
      }
    },
    CLI_TEST_TIMEOUT * 2,
  );

  it(
    "links --report under /proc answers with one line before the run (E29)",
    () => {
      const run = spawnSync(NODE, [CLI, "links", "--content", "tests/fixtures/content", "--report", "/proc/nope"], {
        encoding: "utf8",
        timeout: CLI_TEST_TIMEOUT,
      });
      expect(run.signal, "links hung").toBeNull();
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr.split("\n")[0]).toMatch(/^--report \/proc\/nope: cannot be written \(\w+\); give a folder you can write to/);
    },
    CLI_TEST_TIMEOUT,
  );
});
