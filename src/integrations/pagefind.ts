import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/**
 * Builds the Pagefind index over the finished pages. Dutch stemming follows
 * from `<html lang="nl">`; only content marked `data-pagefind-body` is indexed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "routeboek-pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          logger.info(`Search index: ${added.page_count} pages.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
