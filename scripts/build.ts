/**
 * `npm run build`: content → Astro site → internal link check → dist/.
 * The site is built into a staging folder and only swapped into dist/ when
 * every step passed, so a failed build never replaces the last good site.
 */
import { spawnSync } from "node:child_process";
import { rename, rm } from "node:fs/promises";
import {
  CHECKED_CONTENT_ENV,
  CONTENT_DIR,
  checkInternalLinks,
  formatBrokenLinks,
  formatProblem,
  formatProblems,
  formatUnverified,
  readContent,
  writeCheckedContent,
} from "../pipeline/index.ts";
import { createStaging, makePublishable, removeStaleStaging } from "./staging.ts";

/** Where the finished site goes; tests build elsewhere. */
const DIST = process.env.ROUTEBOEK_OUT ?? "dist";

/** Says why the build stopped, and that the last good site is still in place. */
function failed(why: string): number {
  console.error(`${why}\n\nBuild failed; ${DIST}/ was left as it was.`.trimStart());
  return 1;
}

async function main(): Promise<number> {
  const started = performance.now();
  // Folders of builds that were killed (their process is gone); those of running builds stay.
  await removeStaleStaging();
  const staging = await createStaging();
  const previous = `${staging}-previous`;
  try {
    return await buildInto(staging, previous, started);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(`${staging}.content.json`, { force: true });
    await rm(previous, { recursive: true, force: true });
  }
}

async function buildInto(staging: string, previous: string, started: number): Promise<number> {
  // Check the content first: a maintainer gets the plain list of problems, not Astro's stack trace.
  // (Astro's loader checks again, as it must for `astro dev`; unchanged PDFs come from the cache.)
  const { routebooks, problems, warnings, unverified } = await readContent(CONTENT_DIR);
  if (problems.length) {
    return failed(`${formatProblems(problems)}\n\n${problems.length} problem(s) in the content.`);
  }
  for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
  // Not an error: the reference is shown as the source cites it, and marked as not verified on the site.
  if (unverified.length) console.warn(formatUnverified(unverified));

  // Astro's loader takes the content as checked here instead of reading it a second time.
  const checked = `${staging}.content.json`;
  await writeCheckedContent(checked, routebooks);
  const astro = spawnSync("astro", ["build", "--outDir", staging], {
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", [CHECKED_CONTENT_ENV]: checked },
  });
  if (astro.status !== 0) {
    return failed(astro.error ? `Could not run astro: ${astro.error.message}` : "");
  }

  const broken = await checkInternalLinks(staging);
  if (broken.length) {
    return failed(`\n${broken.length} broken internal link(s) (page → link: why):\n${formatBrokenLinks(broken)}`);
  }
  console.log("Internal links: all resolve.");
  await makePublishable(staging);

  const hadSite = await rename(DIST, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  try {
    await rename(staging, DIST);
  } catch (error) {
    if (hadSite) await rename(previous, DIST); // put the last good site back
    throw error;
  }
  console.log(`Site built into ${DIST}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

process.exitCode = await main();
