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
import { access, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  BUILD_INPUTS,
  buildFingerprint,
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

async function main(): Promise<number> {
  const started = performance.now();
  // The pages show dates relative to the day they are built for (ROUTEBOEK_TODAY, or today).
  const fingerprint = await buildFingerprint(CONTENT_DIR, BUILD_INPUTS, {
    day: process.env.ROUTEBOEK_TODAY ?? new Date().toDateString(),
    node: process.version,
  });
  if (!process.argv.includes("--force") && (await upToDate(fingerprint))) {
    console.log(`Nothing changed since ${DIST}/ was built (content, code, packages and day are the same): it is up to date (${seconds(0)}). Use --force to build anyway.`);
    return 0;
  }
  // Folders of builds that were killed (their process is gone); those of running builds stay.
  await removeStaleStaging();
  const staging = await createStaging();
  const previous = `${staging}-previous`;
  try {
    const status = await buildInto(staging, previous, started);
    if (status === 0) {
      await mkdir(STAMPS, { recursive: true });
      await writeFile(stampFile(), fingerprint);
    }
    return status;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(`${staging}.content.json`, { force: true });
    await rm(previous, { recursive: true, force: true });
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
    return failed(`${formatProblems(problems)}\n\n${problems.length} problem(s) in the content.`);
  }
  for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
  // Not an error: the reference is shown as the source cites it, and marked as not verified on the site.
  if (unverified.length) console.warn(formatUnverified(unverified));
  await writeCheckedContent(checked, routebooks);
  console.log(`Content checked: ${routebooks.length} routebook(s) in ${clock()}.`);
  return checked;
}

async function buildInto(staging: string, previous: string, started: number): Promise<number> {
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

  const linksClock = stepClock();
  const broken = await checkInternalLinks(staging);
  if (broken.length) {
    return failed(`\n${broken.length} broken internal link(s) (page → link: why):\n${formatBrokenLinks(broken)}`);
  }
  console.log(`Internal links: all resolve. Checked in ${linksClock()}.`);
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
  console.log(`Site built into ${DIST}/ in ${seconds(started)}.`);
  return 0;
}

process.exitCode = await main();
