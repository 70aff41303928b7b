import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Absolute path of the site built for this test run. */
    siteDir: string;
  }
}

/** Builds the real content once with Astro into a fresh folder the site tests share. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await mkdir(".build", { recursive: true });
  const siteDir = resolve(await mkdtemp(".build/test-site-"));
  const result = spawnSync("astro", ["build", "--outDir", siteDir], {
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  project.provide("siteDir", siteDir);
  return () => rm(siteDir, { recursive: true, force: true });
}
