/**
 * The site's URL scheme, written once: the pages the site makes, and the
 * address of everything a routebook publishes. The pages link with these
 * builders and the collision check (site-urls.ts) claims with them, so the two
 * can never disagree about where a thing lives.
 */

/** A page or folder the site makes itself, and the file that makes it. */
export interface SitePage {
  path: string;
  what: string;
  source: string;
  /** Content may link to the page as `pagina:<link>` (a routebook page only). */
  link?: string;
  /** The page's title, the same on every routebook: its heading, and what search finds it by. */
  title?: string;
  /** The page exists only when the routebook has thresholds in signalen.yml. */
  needs?: "thresholds";
}

/** The folder of a routebook's step pages, and of its source PDFs. */
const STEP_FOLDER = "stap/";
const PDF_FOLDER = "bronnen/";
/** The case note page, and the route data the step tool fetches. */
const SUMMARY_PAGE = "samenvatting/";
const ROUTE_JSON = "route.json";
/** A routebook's open data: its current edition, and every edition the site keeps (pipeline/editions/). */
const DATA_FOLDER = "data/";
const CURRENT_EDITION = "routeboek.json";
const EDITIONS_INDEX = "edities.json";
const EDITIONS_FOLDER = "edities/";

/** The JSON Schema of the open data, at the site's top. */
const EDITION_SCHEMA = "editie.schema.json";

/**
 * The site's own URLs at its top. tests/unit/site-urls.test.ts keeps this list
 * equal to src/pages/ and public/, so a new page cannot slip past the check.
 */
export const SITE_PAGES: readonly SitePage[] = [
  { path: "", what: "the home page", source: "src/pages/index.astro" },
  { path: "zoeken/", what: "the search page", source: "src/pages/zoeken/index.astro" },
  { path: "zoeken/woorden.bin", what: "the search page's word list", source: "src/pages/zoeken/woorden.bin.ts" },
  { path: "linkrapport/", what: "the link report page", source: "src/pages/linkrapport.astro" },
  { path: "404.html", what: "the page-not-found page", source: "src/pages/404.astro" },
  { path: "favicon.svg", what: "the site's icon", source: "public/favicon.svg" },
  { path: "pagefind/", what: "the search index's folder", source: "tools/search-index/pagefind-integration.ts" },
  { path: "_astro/", what: "the folder of the site's scripts and styles", source: "astro.config.mjs" },
  { path: EDITION_SCHEMA, what: "the JSON Schema of an edition", source: "src/pages/editie.schema.json.ts" },
];

/** The pages every routebook has under `/<id>/`; kept equal to src/pages/[routebook]/ by the same test. */
export const ROUTEBOOK_PAGES = [
  { path: "", what: "the routebook's page", source: "src/pages/[routebook]/index.astro" },
  {
    path: "begrippen/",
    what: "the routebook's glossary page",
    source: "src/pages/[routebook]/begrippen.astro",
    link: "begrippen",
    title: "Begrippen en afkortingen",
  },
  { path: PDF_FOLDER, what: "the folder of the routebook's PDFs", source: "src/pages/[routebook]/bronnen/[document].pdf.ts" },
  {
    path: `${DATA_FOLDER}${CURRENT_EDITION}`,
    what: "the routebook's current edition",
    source: "src/pages/[routebook]/data/routeboek.json.ts",
  },
  { path: `${DATA_FOLDER}${EDITIONS_INDEX}`, what: "the list of the editions kept", source: "src/pages/[routebook]/data/edities.json.ts" },
  {
    path: `${DATA_FOLDER}${EDITIONS_FOLDER}`,
    what: "the folder of the editions kept",
    source: "src/pages/[routebook]/data/edities/[hash].json.ts",
  },
  {
    path: "kaart/",
    what: "the routebook's map page",
    source: "src/pages/[routebook]/kaart.astro",
    link: "kaart",
    title: "Kaart van de route",
  },
  { path: ROUTE_JSON, what: "the routebook's route data", source: "src/pages/[routebook]/route.json.ts" },
  { path: SUMMARY_PAGE, what: "the routebook's case note page", source: "src/pages/[routebook]/samenvatting.astro" },
  {
    path: "signalen/",
    what: "the routebook's thresholds page",
    source: "src/pages/[routebook]/signalen.astro",
    link: "signalen",
    title: "Is dit zorgwekkend verzuim?",
    needs: "thresholds",
  },
  { path: STEP_FOLDER, what: "the folder of the routebook's step pages", source: "src/pages/[routebook]/stap/[step].astro" },
  {
    path: "verantwoording/",
    what: "the routebook's Verantwoording page",
    source: "src/pages/[routebook]/verantwoording.astro",
    link: "verantwoording",
    title: "Verantwoording",
  },
  {
    path: "wijzigingen/",
    what: "the routebook's change page",
    source: "src/pages/[routebook]/wijzigingen.astro",
    link: "wijzigingen",
    title: "Wat is er veranderd",
  },
] as const satisfies readonly SitePage[];

/** The name of a routebook page in content: `pagina:signalen`. */
export type PageName = Extract<(typeof ROUTEBOOK_PAGES)[number], { link: string }>["link"];
/** A routebook page that content may link to. */
interface LinkedPage extends SitePage {
  link: PageName;
  title: string;
}

/** The routebook pages content may link to as `pagina:<name>`, in the list's order. */
export const LINKED_PAGES = (ROUTEBOOK_PAGES as readonly SitePage[]).filter((page): page is LinkedPage => page.link !== undefined);
export const PAGE_NAMES = LINKED_PAGES.map((page) => page.link) as [PageName, ...PageName[]];

/** The page that shows a chapter of a source document: `/<id>/<document>/<chapter>/`. */
export const CHAPTER_PAGE_SOURCE = "src/pages/[routebook]/[document]/[chapter].astro";

/** A routebook's own page: `/<id>/`. */
export const routebookUrl = (id: string) => `/${id}/`;
/** The title of a routebook page content may link to: "Kaart van de route". */
export const routebookPageTitle = (name: PageName) => LINKED_PAGES.find((page) => page.link === name)!.title;
/** A routebook page content may link to: `/<id>/signalen/`. */
export const routebookPageUrl = (id: string, name: PageName) =>
  `${routebookUrl(id)}${LINKED_PAGES.find((page) => page.link === name)!.path}`;
/** The folder of a routebook's step pages; the route tool appends `<step-id>/`. */
export const stepFolderUrl = (id: string) => `${routebookUrl(id)}${STEP_FOLDER}`;
export const stepUrl = (id: string, step: string) => `${stepFolderUrl(id)}${step}/`;
/** A source document's folder: `/<id>/<document>/`. */
export const documentUrl = (id: string, document: string) => `${routebookUrl(id)}${document}/`;
/** A chapter of a source document, maybe at an anchor: `/<id>/<document>/<chapter>/#<anchor>`. */
export const chapterUrl = (id: string, document: string, chapter: string, anchor?: string) =>
  `${documentUrl(id, document)}${chapter}/${anchor ? `#${anchor}` : ""}`;
/** Where the site serves a source document's PDF, maybe at a page. */
export const pdfUrl = (id: string, document: string, page?: number) =>
  `${routebookUrl(id)}${PDF_FOLDER}${document}.pdf${page ? `#page=${page}` : ""}`;
export const summaryUrl = (id: string) => `${routebookUrl(id)}${SUMMARY_PAGE}`;
export const routeJsonUrl = (id: string) => `${routebookUrl(id)}${ROUTE_JSON}`;

/** The current edition of a routebook as open data: `/<id>/data/routeboek.json`. */
export const editionDataUrl = (id: string) => `${routebookUrl(id)}${DATA_FOLDER}${CURRENT_EDITION}`;
/** The list of the editions the site keeps of a routebook, newest first. */
export const editionsIndexUrl = (id: string) => `${routebookUrl(id)}${DATA_FOLDER}${EDITIONS_INDEX}`;
/** One kept edition: `/<id>/data/edities/<hash>.json`. */
export const editionUrl = (id: string, hash: string) => `${routebookUrl(id)}${DATA_FOLDER}${EDITIONS_FOLDER}${hash}.json`;
/** The same folder as a path inside a built site (no leading slash), where a build finds the editions it keeps. */
export const editionFolderPath = (id: string) => `${id}/${DATA_FOLDER}${EDITIONS_FOLDER}`;
/** The file name of a kept edition. */
export const EDITION_FILE_PATTERN = /^[0-9a-f]{16}\.json$/;
export const editionSchemaUrl = () => `/${EDITION_SCHEMA}`;
