import type { AstroIntegration } from "astro";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/** The finished site whose search index `astro dev` serves (the index needs built pages). */
const BUILT_SITE = process.env.ROUTEBOEK_OUT ?? "dist";
const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

/**
 * Builds the Pagefind index over the finished pages. Dutch stemming follows
 * from `<html lang="nl">`; only content marked `data-pagefind-body` is indexed.
 * The build script then cuts Pagefind's word index into smaller chunks
 * (tools/search-index/rechunk-folder.ts), so that a later query loads at most
 * about 10 kB of index.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "routeboek-pagefind",
    hooks: {
      // Pagefind indexes built HTML, which `astro dev` does not write: search in dev uses the last build's index.
      "astro:server:setup": ({ server, logger }) => {
        const root = resolve(BUILT_SITE, "pagefind");
        logger.info(
          existsSync(root)
            ? `Search uses the index of the last build (${root}); run \`npm run build\` to refresh it.`
            : "Search has no index yet: run `npm run build` once.",
        );
        server.middlewares.use("/pagefind/", (request, response, next) => {
          const file = resolve(join(root, decodeURIComponent((request.url ?? "").split("?")[0]!)));
          if (!file.startsWith(root + sep)) return next();
          readFile(file).then(
            (body) => {
              response.setHeader("content-type", TYPES[extname(file)] ?? "application/octet-stream");
              response.end(body);
            },
            () => next(),
          );
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const root = join(site, "pagefind");
        const { index, errors } = await pagefind.createIndex({});
        let pages: number;
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
          // Written to disk rather than taken with getFiles(), which would hold every result fragment in this process as well.
          const written = await index.writeFiles({ outputPath: root });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          pages = added.page_count;
        } finally {
          await pagefind.close();
        }
        logger.info(`Search index: ${pages} pages.`);
      },
    },
  };
}
