import { CHECKED_CONTENT_ENV, CONTENT_DIR, ContentError, loadContent, readCheckedContent } from "../pipeline/index.ts";
import { setDevContentProblems } from "./lib/dev-problems.ts";
import { defineCollection } from "astro:content";
import { resolve, sep } from "node:path";

/** Set once the dev server's watcher reloads the content, so a second `load` does not add a second listener. */
let watching = false;

/**
 * The site reads routebooks only through the pipeline: it validates every file
 * and throws a ContentError listing every problem, which fails the build. Under
 * `npm run build` the build script has checked the content already and hands
 * it over in a file, so it is read once. Under `astro dev` any change in the
 * content folder (flow, metadata, Markdown documents, PDFs, glossaries) loads
 * the content again; content with problems is reported in the terminal and, in
 * a banner and the browser's overlay, on the pages, which keep the last good content.
 */
const routebooks = defineCollection({
  loader: {
    name: "routeboek-content",
    load: async ({ store, generateDigest, watcher, logger }) => {
      const checked = process.env[CHECKED_CONTENT_ENV];
      const fill = async () => {
        const books = checked ? await readCheckedContent(checked) : await loadContent(CONTENT_DIR, (warning) => logger.warn(warning));
        store.clear();
        for (const book of books) {
          // The data store keeps plain JSON: no undefined fields, no class instances.
          const data = JSON.parse(JSON.stringify(book)) as Record<string, unknown>;
          store.set({ id: book.id, data, digest: generateDigest(data) });
        }
      };
      await fill();
      if (checked) logger.info(`content as checked by the build (${checked})`);
      if (!watcher || watching || checked) return;
      watching = true;
      const root = resolve(CONTENT_DIR);
      watcher.add(root);
      watcher.on("all", (_event, path) => {
        if (!resolve(path).startsWith(root + sep)) return;
        fill().then(
          () => {
            setDevContentProblems([]);
            logger.info(`content reloaded after a change in ${path}`);
          },
          (error: Error) => {
            // A problem without a place (an unexpected error) is still shown, at the file that changed.
            setDevContentProblems(error instanceof ContentError ? error.problems : [{ file: path, message: error.message }]);
            logger.error(error.message);
          },
        );
      });
    },
  },
});

export const collections = { routebooks };
