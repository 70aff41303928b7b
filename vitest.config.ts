import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // Many unit tests start a CLI process or read PDFs: on a 2-core machine that other
        // processes keep busy, one CLI start alone takes 2–5 s. Limits far above that mean
        // a slow machine makes the suite slow, never red; a hang still fails within a minute.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        // Integration and browser tests share one site build, made once in globalSetup.
        // Chromium and Astro builds are the slowest work we do; a busy machine can triple them.
        test: {
          name: "site",
          include: ["tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/build-site.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
