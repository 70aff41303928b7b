import { defineCollection } from "astro:content";
import { loadContent } from "../pipeline/content.ts";
import { CONTENT_DIR } from "./lib/content-dir.ts";

/**
 * The site reads routebooks only through the pipeline: it validates every file
 * and throws a ContentError listing every problem, which fails the build.
 */
const routebooks = defineCollection({
  loader: {
    name: "routeboek-content",
    load: async ({ store, generateDigest, watcher, logger }) => {
      watcher?.add(CONTENT_DIR);
      const books = await loadContent(CONTENT_DIR, (warning) => logger.warn(warning));
      store.clear();
      for (const book of books) {
        // The data store keeps plain JSON: no undefined fields, no class instances.
        const data = JSON.parse(JSON.stringify(book)) as Record<string, unknown>;
        store.set({ id: book.id, data, digest: generateDigest(data) });
      }
    },
  },
});

export const collections = { routebooks };
