/**
 * Issue 20: every content file goes through the one safe reader, and `check`
 * reads what the build will read. The published link report (L03–L07, A40), the
 * content folder named by ROUTEBOEK_CONTENT (E21, E22), the folders that are or
 * are not routebooks (A19c, A20d, A20e, N22), a routebook whose id names no
 * folder (the newcomer's crash), and characters no reader can see (A48, N16, Y18).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { formatProblem } from "../../pipeline/problems/problems.ts";
import { CLI, NODE } from "../support/cli.ts";
import { buildContent, checkContent, isStackFree, SMALL_FLOW, tempRoutebook } from "../support/hostile.ts";

const problemsOf = async (content: string) => (await readContent(content)).problems.map(formatProblem).join("\n");
const warningsOf = async (content: string) => (await readContent(content)).warnings.map(formatProblem).join("\n");

/** A content folder whose `linkrapport/report.json` is made by `make`. */
async function withReport(make: (path: string) => Promise<unknown>) {
  const { content } = await tempRoutebook();
  await mkdir(join(content, "linkrapport"));
  await make(join(content, "linkrapport", "report.json"));
  return content;
}

describe("the published link report is a content file like any other (F5)", () => {
  it.each([
    ["a named pipe (L03)", (path: string) => Promise.resolve(execFileSync("mkfifo", [path])), /report\.json: is not a regular file/],
    [
      "a link to /dev/zero (L04)",
      (path: string) => symlink("/dev/zero", path),
      /report\.json: lies outside the content folder|report\.json: lies outside/,
    ],
    ["a link to a file outside the content folder (L07)", (path: string) => symlink("/etc/passwd", path), /report\.json: lies outside/],
    ["a folder (L06)", (path: string) => mkdir(path), /report\.json: is a folder, not a JSON file/],
    [
      "a report whose step is a path (A40)",
      (path: string) =>
        writeFile(
          path,
          JSON.stringify({
            version: 1,
            generatedAt: "2026-11-20T06:00:00.000Z",
            durationMs: 1,
            summary: {
              urls: 1,
              uses: 1,
              byStatus: { ok: 1, moved: 0, "soft-404": 0, broken: 0, blocked: 0, "rate-limited": 0, timeout: 0, unreachable: 0 },
              flagged: 0,
            },
            links: [
              {
                url: "https://example.org/",
                status: "ok",
                flags: [],
                uses: [{ routebook: "proef", where: "stap ../../../evil", file: "x", line: 1 }],
              },
            ],
          }),
        ),
      /report\.json: is not a link report of version 1: `links\[0\]\.uses\[0\]\.where`/,
    ],
  ])("is refused by check, in one line, when it is %s", async (_, make, expected) => {
    const content = await withReport(make);
    const check = await checkContent(content);
    expect(check.status, check.stderr).toBe(1);
    expect(check.stderr).toMatch(expected);
    expect(check.stderr).not.toContain("root:x");
    expect(isStackFree(check.stderr), check.stderr).toBe(true);
    expect(check.stderr).toMatch(/^1 problem found\.$/m);
  });

  it("is refused where its folder is a file (L05)", async () => {
    const { content } = await tempRoutebook();
    await writeFile(join(content, "linkrapport"), "");
    expect(await problemsOf(content)).toMatch(/linkrapport: is not a folder: this name holds the published link report/);
  });

  it("stops the build at the content check, with no hang and no stack trace, when it is a named pipe (L03)", async () => {
    const content = await withReport((path) => Promise.resolve(execFileSync("mkfifo", [path])));
    const build = await buildContent(content);
    expect(build.status, build.stderr).toBe(1);
    expect(build.stderr).toMatch(/report\.json: is not a regular file/);
    expect(isStackFree(build.stderr), build.stderr).toBe(true);
    expect(build.siteKept).toBe(true);
  });
});

describe("a content folder that is no folder (F7)", () => {
  it.each([
    ["/dev/zero (E21)", async () => "/dev/zero"],
    [
      "a named pipe (E22)",
      async () => {
        const path = join(await mkdtemp(join(tmpdir(), "routeboek-pipe-")), "content");
        execFileSync("mkfifo", [path]);
        return path;
      },
    ],
  ])("stops the build at once, with one line, when ROUTEBOEK_CONTENT is %s", async (_, make) => {
    const path = await make();
    const build = await buildContent(path);
    expect(build.status, build.stderr).toBe(1);
    expect(build.stderr).toMatch(/the content folder is a file, not a folder/);
    expect(isStackFree(build.stderr), build.stderr).toBe(true);
  });
});

describe("which folders are routebooks", () => {
  it("passes over dot-folders, saying so once (A20d, A20e)", async () => {
    const { content } = await tempRoutebook();
    for (const name of [".verborgen", "..sppoh"]) {
      await mkdir(join(content, name));
      await writeFile(join(content, name, "flow.md"), SMALL_FLOW);
    }
    const result = await readContent(content);
    expect(result.problems.map(formatProblem).join("\n")).toBe("");
    expect(result.routebooks.map((book) => book.id)).toEqual(["proef"]);
    const warnings = result.warnings.map(formatProblem).join("\n");
    expect(warnings).toMatch(/folders whose name starts with a dot are not routebooks and were passed over: \.\.sppoh, \.verborgen/);
    expect(warnings.match(/starts with a dot/g)).toHaveLength(1);
  });

  it("says, in one line, that a symbolic link to a routebook folder is not followed (N22)", async () => {
    const { content, dir } = await tempRoutebook();
    const outside = join(await mkdtemp(join(tmpdir(), "routeboek-elders-")), "elders");
    await rename(dir, outside);
    await symlink(outside, dir);
    expect(await warningsOf(content)).toMatch(
      /proef: is a symbolic link to a folder, and is not read as a routebook\n\s+→ move the routebook's folder/,
    );
  });

  it("says, in one line, that a routebook in the link report's folder is not read (A19c)", async () => {
    const { content, dir } = await tempRoutebook();
    await rename(dir, join(content, "linkrapport"));
    const result = await readContent(content);
    expect(result.warnings.map(formatProblem).join("\n")).toMatch(
      /linkrapport: holds the published link report, so it is not read as a routebook/,
    );
  });
});

describe("a routebook whose id names no folder (newcomer run)", () => {
  it.each([
    ["a mistyped id", "proef-utrech"],
    ["a renamed folder", undefined],
  ])("is one problem at the id, not a crash, with a Markdown document (%s)", async (_, id) => {
    const { content, dir } = await tempRoutebook({
      id: id ?? "proef",
      documents: "  - alias: Werkwijze\n    title: Werkwijze\n    markdown: bronnen/werkwijze.md\n",
    });
    await writeFile(join(dir, "bronnen", "werkwijze.md"), "# Hoofdstuk 1: Werkwijze\n\nDe school belt DUO.\n");
    await writeFile(join(dir, "begrippen.yml"), "- term: DUO\n  meaning: Dienst Uitvoering Onderwijs\n");
    let folder = dir;
    if (id) {
      folder = join(content, "proef-utrecht");
      await rename(dir, folder);
    } else {
      folder = join(content, "utrecht-po");
      await rename(dir, folder);
    }
    const name = folder.split("/").pop();
    const check = await checkContent(content);
    expect(check.status, check.stderr).toBe(1);
    expect(isStackFree(check.stderr), check.stderr).toBe(true);
    expect(check.stderr).toMatch(new RegExp(`${name}/routeboek\\.md:2:5: the id "[a-z-]+" differs from the folder name "${name}"`));
    expect(check.stderr).toMatch(/^1 problem found\.$/m);
    await rm(content, { recursive: true, force: true });
  });
});

describe("characters no reader can see (A48, N16, Y18)", () => {
  it.each([
    [
      "a right-to-left override in a step title",
      "flow.md",
      SMALL_FLOW.replace("Klaar", "Kl\u202eaar"),
      /flow\.md:9:6: holds the invisible character U\+202E \(right-to-left override\)/,
    ],
    [
      "a zero-width space in a chapter title",
      "bronnen/werkwijze.md",
      "# Hoofdstuk 1: Drem\u200bpels\n",
      /werkwijze\.md:1:20: holds the invisible character U\+200B \(zero-width space\)/,
    ],
    [
      "a bell in a glossary meaning",
      "begrippen.yml",
      "- term: DUO\n  meaning: Dienst\u0007\n",
      /begrippen\.yml:2:18: holds the invisible character U\+0007 \(bell\)/,
    ],
    ["a NUL in the thresholds", "signalen.yml", "\u0000\n", /signalen\.yml:1:1: holds the invisible character U\+0000 \(NUL\)/],
    [
      "a left-to-right isolate in the routebook's title",
      "routeboek.md",
      undefined,
      /routeboek\.md:3:10: holds the invisible character U\+2066/,
    ],
  ])("refuses %s at its line", async (_, file, text, expected) => {
    const { content, dir } = await tempRoutebook({
      documents: "  - alias: Werkwijze\n    title: Werkwijze\n    markdown: bronnen/werkwijze.md\n",
    });
    await writeFile(join(dir, "bronnen", "werkwijze.md"), "# Hoofdstuk 1: Werkwijze\n\nTekst.\n");
    const meta = (await import("node:fs/promises")).readFile(join(dir, "routeboek.md"), "utf8");
    await writeFile(join(dir, file), text ?? (await meta).replace("title: Proef", "title: Pr\u2066oef"));
    expect(await problemsOf(content)).toMatch(expected);
  });

  it("still allows a byte-order mark at the start of a file", async () => {
    const { content, dir } = await tempRoutebook();
    await writeFile(join(dir, "begrippen.yml"), "\ufeff- term: DUO\n  meaning: Dienst Uitvoering Onderwijs\n");
    expect(await problemsOf(content)).not.toMatch(/invisible/);
  });
});

describe("check reads the content folder the build reads (E24, F7)", () => {
  it("follows ROUTEBOEK_CONTENT, and fails for a folder that does not exist", () => {
    const run = spawnSync(NODE, [CLI, "check"], { encoding: "utf8", env: { ...process.env, ROUTEBOEK_CONTENT: "/nonexistent" } });
    expect(run.status, run.stdout).toBe(1);
    expect(run.stdout).not.toMatch(/All content is valid/);
    expect(run.stderr).toMatch(
      /^\/nonexistent: the content folder does not exist\n\s+→ give the content folder with --content <dir> or ROUTEBOEK_CONTENT/,
    );
  });

  it("lets --content win over ROUTEBOEK_CONTENT", async () => {
    const { content } = await tempRoutebook();
    const run = spawnSync(NODE, [CLI, "check", "--content", content], {
      encoding: "utf8",
      env: { ...process.env, ROUTEBOEK_CONTENT: "/nonexistent" },
    });
    expect(run.status, run.stderr).toBe(0);
  });
});
