/** The content folder, relative to the project root; tests and other sites point it elsewhere with ROUTEBOEK_CONTENT. */
export const CONTENT_DIR = process.env.ROUTEBOEK_CONTENT ?? "content";

/** Astro's cache folder (its data store, and Vite's cache under it); the bench gives each run its own. */
export const ASTRO_CACHE_DIR = process.env.ROUTEBOEK_ASTRO_CACHE ?? ".cache/astro";
/** A folder laid out like a site whose kept editions a build adds to those of its output folder (docs/editions.md). */
export const EDITIONS_ENV = "ROUTEBOEK_EDITIONS";
