/**
 * `npm run build`: content → Astro site → internal link check → dist/.
 * The site is built into a staging folder and only swapped into dist/ when
 * every step passed, so a failed build never replaces the last good site.
 */
import { spawnSync } from "node:child_process";
import { mkdir, rename, rm } from "node:fs/promises";
import { checkInternalLinks, formatBrokenLinks } from "../pipeline/links/internal.ts";

const STAGING = ".build/next";
const PREVIOUS = ".build/previous";
const DIST = "dist";

async function main(): Promise<number> {
  const started = performance.now();
  await rm(STAGING, { recursive: true, force: true });
  await mkdir(".build", { recursive: true });

  const astro = spawnSync("astro", ["build", "--outDir", STAGING], {
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (astro.status !== 0) {
    console.error(`\nBuild failed; ${DIST}/ was left as it was.`);
    return 1;
  }

  const broken = await checkInternalLinks(STAGING);
  if (broken.length) {
    console.error(`\n${broken.length} broken internal link(s) (page → link: why):\n${formatBrokenLinks(broken)}`);
    console.error(`\nBuild failed; ${DIST}/ was left as it was.`);
    return 1;
  }
  console.log("Internal links: all resolve.");

  await rm(PREVIOUS, { recursive: true, force: true });
  await rename(DIST, PREVIOUS).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(STAGING, DIST);
  await rm(PREVIOUS, { recursive: true, force: true });
  console.log(`Site built into ${DIST}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

process.exitCode = await main();
