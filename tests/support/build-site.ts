import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Absolute path of the site built from the real content for this test run. */
    siteDir: string;
    /** Absolute path of the site built from the test routebook (stand-in PDFs, Markdown documents). */
    fixtureSiteDir: string;
  }
}

/** The content of the test routebook, which holds what the real content cannot: chapter pages, copied PDFs. */
export const FIXTURE_CONTENT = "tests/fixtures/content";

/** Builds a content folder the way `npm run build` does (check, Astro, search index, internal link check) into a fresh folder. */
async function buildSite(content: string): Promise<string> {
  const siteDir = join(resolve(await mkdtemp(".build/test-site-")), "site");
  const result = spawnSync("node", ["tools/build/build.ts"], {
    encoding: "utf8",
    env: { ...process.env, ROUTEBOEK_CONTENT: content, ROUTEBOEK_OUT: siteDir },
  });
  if (result.status !== 0) throw new Error(`npm run build of ${content} failed:\n${result.stdout}\n${result.stderr}`);
  return siteDir;
}

/** Builds the real content and the test routebook once, one after the other, into fresh folders the site tests share. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await mkdir(".build", { recursive: true });
  const siteDir = await buildSite("content");
  const fixtureSiteDir = await buildSite(FIXTURE_CONTENT);
  project.provide("siteDir", siteDir);
  project.provide("fixtureSiteDir", fixtureSiteDir);
  return async () => {
    await rm(resolve(siteDir, ".."), { recursive: true, force: true });
    await rm(resolve(fixtureSiteDir, ".."), { recursive: true, force: true });
  };
}
