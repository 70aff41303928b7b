/** Content folder, relative to the project root; tests point it elsewhere. */
export const CONTENT_DIR = process.env.ROUTEBOEK_CONTENT ?? "content";
