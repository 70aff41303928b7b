/** The content folder, relative to the project root; tests and other sites point it elsewhere with ROUTEBOEK_CONTENT. */
export const CONTENT_DIR = process.env.ROUTEBOEK_CONTENT ?? "content";
