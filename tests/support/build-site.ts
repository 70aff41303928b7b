import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { EDITIONS_ENV } from "../../pipeline/settings.ts";
import { writeOlderEdition } from "../fixtures/editions/older.ts";

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

/**
 * Builds a content folder the way `npm run build` does (check, Astro, search index, internal link check) into a
 * fresh folder, with its own Astro cache: other tests build at the same time, and no two builds share a cache.
 */
async function buildSite(content: string, env: Record<string, string> = {}): Promise<string> {
  const work = resolve(await mkdtemp(".build/test-site-"));
  const siteDir = join(work, "site");
  await new Promise<void>((done, fail) =>
    execFile(
      "node",
      ["tools/build/build.ts"],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          ...env,
          ROUTEBOEK_CONTENT: content,
          ROUTEBOEK_OUT: siteDir,
          ROUTEBOEK_ASTRO_CACHE: join(work, "astro-cache"),
        },
      },
      (error, stdout, stderr) => (error ? fail(new Error(`npm run build of ${content} failed:\n${stdout}\n${stderr}`)) : done()),
    ),
  );
  return siteDir;
}

/** The two sites, built once per test run however many projects ask for them. */
interface SharedSites {
  built: Promise<{ siteDir: string; fixtureSiteDir: string }>;
  users: number;
}

const SHARED = Symbol.for("routeboek.test-sites");
const registry = globalThis as typeof globalThis & { [SHARED]?: SharedSites };

async function buildBoth(): Promise<{ siteDir: string; fixtureSiteDir: string }> {
  await mkdir(".build", { recursive: true });
  // The test routebook's change page compares with an older edition of it (tests/fixtures/editions/older.ts).
  const editionsWork = resolve(await mkdtemp(".build/test-editions-"));
  const older = await writeOlderEdition(FIXTURE_CONTENT, editionsWork);
  // Side by side: each build has phases that leave a core idle.
  const [siteDir, fixtureSiteDir] = await Promise.all([buildSite("content"), buildSite(FIXTURE_CONTENT, { [EDITIONS_ENV]: older.folder })]);
  await rm(editionsWork, { recursive: true, force: true });
  return { siteDir, fixtureSiteDir };
}

/**
 * Builds the real content and the test routebook once, into fresh folders the site and browser tests share.
 * Every project that lists this file gets the same two sites: the first to start the build starts it, the last
 * to finish removes them.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  registry[SHARED] ??= { built: buildBoth(), users: 0 };
  const shared = registry[SHARED];
  shared.users++;
  const { siteDir, fixtureSiteDir } = await shared.built;
  project.provide("siteDir", siteDir);
  project.provide("fixtureSiteDir", fixtureSiteDir);
  return async () => {
    if (--shared.users > 0) return;
    delete registry[SHARED];
    await rm(resolve(siteDir, ".."), { recursive: true, force: true });
    await rm(resolve(fixtureSiteDir, ".."), { recursive: true, force: true });
  };
}
