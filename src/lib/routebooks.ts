import {
  chapterUrl as chapterAddress,
  type LinkTarget,
  pdfUrl as pdfAddress,
  type Routebook,
  routebookPageUrl,
  readStoredRoutebook,
  routebookUrl as routebookAddress,
  type Sector,
  type Source,
  type Step,
  stepFolderUrl,
  stepUrl as stepAddress,
} from "../../pipeline/index.ts";
import { getCollection } from "astro:content";

// The URL scheme is pipeline/urls/scheme.ts; these take a routebook, as the pages hold one.

let cached: Promise<Routebook[]> | undefined;

/** All validated routebooks: read once per build; under `astro dev` on every request, so content edits show on reload. */
export function getRoutebooks(): Promise<Routebook[]> {
  const read = () => getCollection("routebooks").then((entries) => entries.map((entry) => readStoredRoutebook(entry.data)));
  if (import.meta.env.DEV) return read();
  cached ??= read();
  return cached;
}

/** `getStaticPaths` of a page per routebook (`/[routebook]/…`). */
export async function routebookPaths() {
  return (await getRoutebooks()).map((routebook) => ({ params: { routebook: routebook.id }, props: { routebook } }));
}

/** The Verantwoording page of a routebook, maybe at an anchor (`stap-<id>` for a step's inferred answers). */
export const verantwoordingUrl = (routebook: Pick<Routebook, "id">, anchor?: string) =>
  `${routebookPageUrl(routebook.id, "verantwoording")}${anchor ? `#${anchor}` : ""}`;

export const routebookUrl = (routebook: Pick<Routebook, "id">) => routebookAddress(routebook.id);
/** The folder of a routebook's step pages; the route tool appends `<step-id>/`. */
export const stepBaseUrl = (routebook: Pick<Routebook, "id">) => stepFolderUrl(routebook.id);
export const stepUrl = (routebook: Pick<Routebook, "id">, stepId: string) => stepAddress(routebook.id, stepId);
/** The map of the routebook's flow, with every step and where each answer leads. */
export const mapUrl = (routebook: Pick<Routebook, "id">) => routebookPageUrl(routebook.id, "kaart");
/** The signal check ("Is dit zorgwekkend verzuim?"): only a routebook with thresholds has it. */
export const signalsUrl = (routebook: Pick<Routebook, "id">) => routebookPageUrl(routebook.id, "signalen");
export const startUrl = (routebook: Routebook) => stepUrl(routebook, routebook.flow.start);

/** Each flow's steps by id, made once per flow: every step page and every answer on it looks steps up, so a search each time would make the build quadratic in the steps. */
const stepsById = new WeakMap<readonly Step[], Map<string, Step>>();

export function findStep(routebook: Routebook, id: string): Step {
  const { steps } = routebook.flow;
  let index = stepsById.get(steps);
  if (!index) {
    index = new Map(steps.map((step) => [step.id, step]));
    stepsById.set(steps, index);
  }
  const step = index.get(id);
  if (!step) throw new Error(`${routebook.id} has no step "${id}"`);
  return step;
}

export const SECTOR_NAMES: Record<Sector, string> = {
  po: "Primair onderwijs",
  vo: "Voortgezet onderwijs",
  mbo: "Middelbaar beroepsonderwijs",
};

/** The routebook's sectors in Dutch, in the order the frontmatter lists them: "Primair onderwijs, Voortgezet onderwijs". */
export const sectorNames = (sectors: readonly Sector[]) => sectors.map((sector) => SECTOR_NAMES[sector]).join(", ");

/** Where the site serves a source document's PDF. */
export const pdfUrl = (routebook: Pick<Routebook, "id">, source: Pick<Source, "slug">, page?: number) =>
  pdfAddress(routebook.id, source.slug, page);

export const chapterUrl = (routebook: Pick<Routebook, "id">, source: Pick<Source, "slug">, chapter: string, anchor?: string) =>
  chapterAddress(routebook.id, source.slug, chapter, anchor);

export function findSource(routebook: Routebook, alias: string): Source | undefined {
  return routebook.documents.find((source) => source.alias === alias);
}

/** Where an internal link of the content leads on the site. */
export function targetUrl(routebook: string, target: LinkTarget): string {
  switch (target.kind) {
    case "step":
      return stepUrl({ id: routebook }, target.step);
    case "chapter":
      return chapterUrl({ id: routebook }, { slug: target.document }, target.chapter, target.anchor);
    case "page":
      return routebookPageUrl(routebook, target.page);
  }
}

/** The routebook's page of terms and abbreviations. */
export const glossaryUrl = (routebook: Pick<Routebook, "id">) => routebookPageUrl(routebook.id, "begrippen");
/** "Wat is er veranderd": the changes since each edition the site keeps. */
export const changesUrl = (routebook: Pick<Routebook, "id">) => routebookPageUrl(routebook.id, "wijzigingen");

/** Whether a link leads to a PDF, so the page can say so. */
export const isPdf = (url: string) => /\.pdf(?:$|[?#])/i.test(url);
