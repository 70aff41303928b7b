/**
 * `npm run build`: content → Astro site → internal link check → dist/.
 * The site is built into a staging folder and only swapped into dist/ when
 * every step passed, so a failed build never replaces the last good site.
 * When nothing the build reads has changed since dist/ was built (same
 * fingerprint), it stops at once: dist/ is already that site. `--force`
 * builds anyway.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { access, readFile, rm, rmdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ASTRO_CACHE_DIR, CONTENT_DIR } from "../../pipeline/settings.ts";
import { CHECKED_CONTENT_ENV, writeCheckedContent } from "../../pipeline/checked-content.ts";
import { errorCode, FolderError, prepareFolder } from "../../pipeline/files/folders.ts";
import { formatProblem, formatProblemsWithCount, formatUnverified } from "../../pipeline/problems/problems.ts";
import { readContent } from "../../pipeline/content.ts";
import { BUILD_INPUTS, buildFingerprint } from "./fingerprint.ts";
import { EDITIONS_ENV, keptEditions, withEarlierEditions } from "./editions.ts";
import { checkInternalLinks, formatBrokenLinks } from "../links/internal.ts";
import { IndexFormatError } from "../search-index/index-chunks.ts";
import { rechunkFolder } from "../search-index/rechunk-folder.ts";
import { prepareOutFolder, SITE_MARKER, SITE_MARKER_TEXT } from "./out-folder.ts";
import { BUILD_DIR, chooseSwapRoot, createStaging, landIn, makePublishable, removeStaleStaging, swapIn } from "./staging.ts";

/** Where the finished site goes; tests build elsewhere. */
const DIST = process.env.ROUTEBOEK_OUT ?? "dist";
/**
 * Astro's heap limit in MB (`ROUTEBOEK_ASTRO_HEAP_MB` overrides it). Without a
 * limit V8 on a large machine lets the heap grow lazily: at 150 routebooks
 * Astro's process reached 1.4–1.7 GB while at most about 630 MB of its heap was
 * in use. With 1,024 MB it stays near 1.2 GB at the same CPU time.
 */
const ASTRO_HEAP_MB = Number(process.env.ROUTEBOEK_ASTRO_HEAP_MB ?? 1024);
/** The fingerprint of the inputs each output folder was built from, one small file per folder. */
const STAMPS = ".cache/build";

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Starts a clock for one step; reading it gives wall time and this process's CPU time ("3.2 s, CPU 2.9 s"). */
function stepClock(): () => string {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return `${seconds(wall)}, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s`;
  };
}

/** Says why the build stopped, and that the last good site is still in place. */
function failed(why: string): number {
  console.error(`${why}\n\nBuild failed; ${DIST}/ was left as it was.`.trimStart());
  return 1;
}

/** The file that holds the fingerprint DIST was built from. */
function stampFile(): string {
  return join(STAMPS, `${createHash("sha256").update(resolve(DIST)).digest("hex").slice(0, 16)}.txt`);
}

/** True when DIST holds a site built from exactly these inputs. */
async function upToDate(fingerprint: string): Promise<boolean> {
  const stamped = await readFile(stampFile(), "utf8").catch(() => undefined);
  if (stamped !== fingerprint) return false;
  return access(join(DIST, "index.html")).then(
    () => true,
    () => false,
  );
}

/**
 * Checks every folder the build will write before any work: the output folder
 * (replaced only when it holds a site of ours), Astro's cache, the fingerprint
 * stamps and the staging folders. Returns the folder the site is swapped in from, or a one-line
 * reason, so a bad folder never costs a whole build or loops on /proc.
 */
async function prepareFolders(): Promise<string | { refused: string }> {
  const named = (variable: string, error: unknown) => {
    if (error instanceof FolderError) return { refused: `${variable}${error.message}` };
    throw error;
  };
  const project = resolve(import.meta.dirname, "..");
  for (const [variable, check] of [
    ["ROUTEBOEK_OUT=", () => prepareOutFolder(DIST, { content: CONTENT_DIR, project })],
    ["ROUTEBOEK_ASTRO_CACHE=", () => prepareFolder(ASTRO_CACHE_DIR)],
    ["the fingerprint folder ", () => prepareFolder(STAMPS)],
    ["the staging folder ", () => prepareFolder(BUILD_DIR)],
  ] as const) {
    const refused = await check().then(
      () => undefined,
      (error: unknown) => named(variable, error),
    );
    if (refused) return refused;
  }
  return chooseSwapRoot(DIST).catch((error: unknown) => named("ROUTEBOEK_OUT=", error));
}

async function main(): Promise<number> {
  const started = performance.now();
  const root = await prepareFolders();
  if (typeof root !== "string") {
    console.error(`${root.refused}\nNothing was built; nothing was changed.`);
    return 1;
  }
  // The pages show dates relative to the day they are built for (ROUTEBOEK_TODAY, or today).
  // The kept editions of an extra folder show on the change pages; those of the output folder are its own.
  const editionsFolder = process.env[EDITIONS_ENV];
  const fingerprint = await buildFingerprint(CONTENT_DIR, editionsFolder ? [...BUILD_INPUTS, editionsFolder] : BUILD_INPUTS, {
    day: process.env.ROUTEBOEK_TODAY ?? new Date().toDateString(),
    node: process.version,
  });
  if (!process.argv.includes("--force") && (await upToDate(fingerprint))) {
    console.log(
      `Nothing changed since ${DIST}/ was built (content, code, packages and day are the same): it is up to date (${seconds(0)}). Use --force to build anyway.`,
    );
    return 0;
  }
  // Folders of builds that were killed (their process is gone); those of running builds stay,
  // and a site one of them had moved aside goes back where it was.
  for (const folder of new Set([BUILD_DIR, root])) {
    const cleanup = await removeStaleStaging(folder);
    for (const { out } of cleanup.restored) {
      console.warn(`Put the last good site back in ${out}: a build was stopped while replacing it.`);
    }
    for (const left of cleanup.left) {
      console.warn(`warning: could not remove ${join(folder, left)}; a later build tries again`);
    }
  }
  const staging = await createStaging(BUILD_DIR);
  try {
    const status = await buildInto(staging, root, started);
    if (status === 0) {
      // Only saves the next build's time: a stamp that cannot be written is no reason to fail.
      await writeFile(stampFile(), fingerprint).catch((error: NodeJS.ErrnoException) => {
        console.warn(`warning: ${stampFile()}: cannot be written (${error.code}); the next build runs in full`);
      });
    }
    return status;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(`${staging}.content.json`, { force: true });
    // The folder beside the output goes when nothing is left in it (another build may still use it).
    if (root !== BUILD_DIR) await rmdir(root).catch(() => undefined);
  }
}

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

async function buildInto(staging: string, swapRoot: string, started: number): Promise<number> {
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

process.exitCode = await main();
