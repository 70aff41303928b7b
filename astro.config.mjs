// @ts-check
import { defineConfig } from "astro/config";
import { pagefindIndex } from "./src/integrations/pagefind.ts";

export default defineConfig({
  // Step URLs end in a slash (`/sppoh-po/stap/welk-verzuim/`): one folder with an index.html per page.
  trailingSlash: "always",
  // Styles and scripts as files, never inlined: the pages' Content-Security-Policy allows no inline script or style (src/lib/csp.ts).
  build: { format: "directory", inlineStylesheets: "never" },
  vite: { build: { assetsInlineLimit: 0 } },
  // No telemetry, no dev toolbar: nothing leaves the machine.
  devToolbar: { enabled: false },
  integrations: [pagefindIndex()],
});
