/**
 * The names of the files and folders a content folder holds, apart from the documents `routeboek.md` names.
 * Kept apart from the readers so the build's fingerprint can list the content's files without loading them.
 */
export const META_FILE = "routeboek.md";
export const FLOW_FILE = "flow.md";
/** A glossary: in the content root (shared by every routebook) or in a routebook's folder. */
export const GLOSSARY_FILE = "begrippen.yml";
export const SIGNALS_FILE = "signalen.yml";
/** Folder in the content root for the last link report; not a routebook. */
export const LINK_REPORT_DIR = "linkrapport";
