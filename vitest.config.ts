import { defineConfig } from "vitest/config";
import { SlowestFirst } from "./tests/support/sequencer.ts";

/**
 * The tests in tiers (docs/setup.md, "Test tiers"), one vitest project each; `npx vitest run --project fast` runs one.
 * All tiers run side by side: most files wait on a process, a build or Chromium much of their time, so there are
 * more workers than a 2-core machine has cores. The time limits are far above what a test takes on a quiet machine:
 * a busy one may take many times longer, and a slow machine must make the suite slow, never red.
 */
export default defineConfig({
  test: {
    maxWorkers: 4,
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        // Pure and in-process: no process, no build, no real content, no PDF.
        test: {
          name: "fast",
          include: ["tests/unit/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // In-process, over the real content, copies of it, or PDFs (pdf.js in a worker thread).
        test: { name: "content", include: ["tests/content/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 },
      },
      {
        // Starts processes (the CLI, the build, astro dev) or talks to local HTTP servers that answer slowly on purpose.
        test: {
          name: "cli",
          include: ["tests/cli/**/*.test.ts"],
          // Builds beside the other tiers' work have taken minutes on a busy 2-core machine: these limits only catch a hang.
          testTimeout: 1_200_000,
          hookTimeout: 1_200_000,
        },
      },
      {
        // Reads the one shared build of the real content and of the test routebook (cheerio, no browser).
        test: {
          name: "site",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/build-site.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Chromium over the same shared build (the setup builds it once for both projects).
        test: {
          name: "browser",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/build-site.ts"],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
