/**
 * `npm run build`: content → Astro site → internal link check → dist/.
 * The site is built into a staging folder and only swapped into dist/ when
 * every step passed, so a failed build never replaces the last good site.
 * When nothing the build reads has changed since dist/ was built (same
 * fingerprint), it stops at once: dist/ is already that site. `--force`
 * builds anyway.
 */
import { createHash } from "node:crypto";
import { access, readFile, rm, rmdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ASTRO_CACHE_DIR, CONTENT_DIR, EDITIONS_ENV } from "../../pipeline/settings.ts";
import { FolderError, prepareFolder } from "../../pipeline/files/folders.ts";
import { BUILD_INPUTS, buildFingerprint } from "./fingerprint.ts";
import { prepareOutFolder } from "./out-folder.ts";
import { DIST, seconds } from "./progress.ts";
import { BUILD_DIR, chooseSwapRoot, createStaging, removeStaleStaging } from "./staging.ts";

/** The fingerprint of the inputs each output folder was built from, one small file per folder. */
const STAMPS = ".cache/build";

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
  // The repository: this file is tools/build/build.ts.
  const project = resolve(import.meta.dirname, "../..");
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
    // Only now the content check, Astro, Pagefind and the link check are loaded: an up-to-date site needs none of them.
    const { buildInto } = await import("./build-site.ts");
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

process.exitCode = await main();
