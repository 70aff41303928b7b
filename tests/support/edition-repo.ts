import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeOlderContent } from "../fixtures/editions/older.ts";

/**
 * A git repository with two commits of its `content/` folder: the older edition of the test routebook
 * (tests/fixtures/editions/older.ts), then the current one. Returns the repository, the older content's folder
 * and the two commits.
 */
export async function editionRepository(): Promise<{ repo: string; olderContent: string; older: string; current: string }> {
  const work = await mkdtemp(join(tmpdir(), "routeboek-editions-"));
  const olderContent = await writeOlderContent(resolve("tests/fixtures/content"), work);
  const repo = join(work, "repo");
  await mkdir(repo);
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], { cwd: repo, encoding: "utf8" });
  const commit = async (content: string, message: string) => {
    await rm(join(repo, "content"), { recursive: true, force: true });
    await cp(content, join(repo, "content"), { recursive: true });
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return git("rev-parse", "HEAD").trim();
  };
  git("init", "-q", "-b", "main");
  const older = await commit(olderContent, "older edition");
  const current = await commit(resolve("tests/fixtures/content"), "current edition");
  return { repo, olderContent, older, current };
}
