/**
 * The build itself, once the fingerprint says the site must be built: content check → Astro site and search
 * index → re-chunked index → internal link check → the new site swapped into the output folder.
 */
import { spawnSync } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CONTENT_DIR, EDITIONS_ENV } from "../../pipeline/settings.ts";
import { CHECKED_CONTENT_ENV, writeCheckedContent } from "../../pipeline/checked-content.ts";
import { errorCode } from "../../pipeline/files/folders.ts";
import { formatProblem, formatProblemsWithCount, formatUnverified } from "../../pipeline/problems/problems.ts";
import { readContent } from "../../pipeline/content.ts";
import { keptEditions, withEarlierEditions } from "./editions.ts";
import { checkInternalLinks, formatBrokenLinks } from "../links/internal.ts";
import { IndexFormatError } from "../search-index/index-chunks.ts";
import { rechunkFolder } from "../search-index/rechunk-folder.ts";
import { SITE_MARKER, SITE_MARKER_TEXT } from "./out-folder.ts";
import { DIST, failed, seconds, stepClock } from "./progress.ts";
import { landIn, makePublishable, swapIn } from "./staging.ts";

/**
 * Astro's heap limit in MB (`ROUTEBOEK_ASTRO_HEAP_MB` overrides it). Without a
 * limit V8 on a large machine lets the heap grow lazily: at 150 routebooks
 * Astro's process reached 1.4–1.7 GB while at most about 630 MB of its heap was
 * in use. With 1,024 MB it stays near 1.2 GB at the same CPU time.
 */
const ASTRO_HEAP_MB = Number(process.env.ROUTEBOEK_ASTRO_HEAP_MB ?? 1024);
/**
 * Checks the content and writes it, as checked, for Astro's loader: the build
 * reads and checks the content once. Returns the file, or the exit status when
 * the content has problems. The routebooks are not kept after this: the link
 * check that follows needs the memory at national scale.
 */
async function checkContent(checked: string): Promise<number | string> {
  const clock = stepClock();
  // Check the content first: a maintainer gets the plain list of problems, not Astro's stack trace.
  const { routebooks, problems, warnings, unverified } = await readContent(CONTENT_DIR);
  if (problems.length) {
    return failed(formatProblemsWithCount(problems));
  }
  for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
  // Not an error: the reference is shown as the source cites it, and marked as not verified on the site.
  if (unverified.length) console.warn(formatUnverified(unverified));
  const editionsFolder = process.env[EDITIONS_ENV];
  const kept = await keptEditions(editionsFolder ? [DIST, editionsFolder] : [DIST]);
  for (const warning of kept.warnings) console.warn(`warning: ${warning}`);
  await writeCheckedContent(checked, withEarlierEditions(routebooks, kept.editions));
  console.log(`Content checked: ${routebooks.length} routebook(s) in ${clock()}.`);
  console.log(editionsLine(kept.editions));
  return checked;
}

/** What the change pages can compare with: a build with no earlier edition says so, and still builds. */
function editionsLine(editions: ReadonlyMap<string, readonly unknown[]>): string {
  const count = [...editions.values()].reduce((sum, list) => sum + list.length, 0);
  if (count === 0) return `Editions: no earlier edition kept (in ${DIST}/ or ${EDITIONS_ENV}); the change pages say so.`;
  const extra = process.env[EDITIONS_ENV];
  return `Editions: ${count} kept of ${editions.size} routebook(s), from ${DIST}/${extra ? ` and ${extra}` : ""}.`;
}

/** Cuts Pagefind's word index into smaller chunks; returns what it did, or the exit status when it cannot. */
async function rechunkSearchIndex(staging: string): Promise<number | string> {
  try {
    const { chunks, largestBytes } = await rechunkFolder(join(staging, "pagefind"));
    return `Search index: ${chunks} word index chunks of at most ${(largestBytes / 1024).toFixed(1)} kB.`;
  } catch (error) {
    if (!(error instanceof IndexFormatError)) throw error;
    // Named as the file is in the site: the staging folder's name means nothing to a maintainer.
    return failed(`Pagefind's output could not be re-chunked: ${error.in("pagefind")}`);
  }
}

export async function buildInto(staging: string, swapRoot: string, started: number): Promise<number> {
  // Astro's loader takes the content as checked here instead of reading it a second time.
  const checked = await checkContent(`${staging}.content.json`);
  if (typeof checked === "number") return checked;
  const astroStarted = performance.now();
  const astro = spawnSync("astro", ["build", "--outDir", staging], {
    stdio: "inherit",
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: "1",
      [CHECKED_CONTENT_ENV]: checked,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${ASTRO_HEAP_MB}`.trim(),
    },
  });
  if (astro.status !== 0) {
    return failed(astro.error ? `Could not run astro: ${astro.error.message}` : "");
  }
  console.log(`Astro built the pages and the search index in ${seconds(astroStarted)}.`);

  const index = await rechunkSearchIndex(staging);
  if (typeof index === "number") return index;
  console.log(index);

  const linksClock = stepClock();
  const broken = await checkInternalLinks(staging);
  if (broken.length) {
    return failed(`\n${broken.length} broken internal link(s) (page → link: why):\n${formatBrokenLinks(broken)}`);
  }
  console.log(`Internal links: all resolve. Checked in ${linksClock()}.`);
  // The mark that lets the next build replace this folder: it never replaces a folder it did not write.
  await writeFile(join(staging, SITE_MARKER), SITE_MARKER_TEXT);
  await makePublishable(staging);
  let landing = staging;
  try {
    // An output folder on another file system gets a copy beside it first, so the swap stays one rename.
    landing = await landIn(staging, swapRoot);
    for (const left of await swapIn(landing, DIST)) {
      console.warn(`warning: the new site is in place, but ${left} could not be removed; remove it yourself.`);
    }
  } catch (error) {
    return failed(`${DIST}: the new site could not be put in place (${errorCode(error)})`);
  } finally {
    if (landing !== staging) await rm(landing, { recursive: true, force: true });
  }
  console.log(`Site built into ${DIST}/ in ${seconds(started)}.`);
  return 0;
}
