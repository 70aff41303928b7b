// @ts-check
import { defineConfig } from "astro/config";
import { ASTRO_CACHE_DIR as ASTRO_CACHE } from "./pipeline/settings.ts";
import { contentProblemsOverlay } from "./src/integrations/content-problems.ts";
import { pagefindIndex } from "./tools/search-index/pagefind-integration.ts";

export default defineConfig({
  // Step URLs end in a slash (`/sppoh-po/stap/welk-verzuim/`): one folder with an index.html per page.
  trailingSlash: "always",
  // Astro's data store and Vite's dependency cache live with the project's other caches in .cache/
  // (not in node_modules, which checkouts may share); the bench gives each run its own.
  cacheDir: ASTRO_CACHE,
  // Styles and scripts as files, never inlined: the pages' Content-Security-Policy allows no inline script or style (src/lib/csp.ts).
  build: { format: "directory", inlineStylesheets: "never" },
  vite: { cacheDir: `${ASTRO_CACHE}/vite`, build: { assetsInlineLimit: 0 } },
  // No telemetry, no dev toolbar: nothing leaves the machine.
  devToolbar: { enabled: false },
  integrations: [pagefindIndex(), contentProblemsOverlay()],
});
