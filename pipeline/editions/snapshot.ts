import { createHash } from "node:crypto";
import type { Routebook } from "../model/model.ts";
import type { Step } from "../schema/step.ts";
import { routeEdition } from "./route-edition.ts";
import { EDITION_FORMAT, type Edition, type EditionStep } from "../schema/edition.ts";

/** Leaves out a key whose value is undefined, so the JSON (and its hash) has no `"x": undefined` to differ on. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function stepOf(step: Step): EditionStep {
  return defined({
    id: step.id,
    title: step.title,
    editorialTitle: step.editorialTitle ? (true as const) : undefined,
    end: step.end,
    endText: step.endText,
    phase: step.phase && defined({ name: step.phase.name, duration: step.phase.duration }),
    actions: step.actions,
    options: step.options.map((option) =>
      defined({
        label: option.label,
        to: option.to,
        editorialLabel: option.editorialLabel ? (true as const) : undefined,
        inferred: option.inferred?.reason,
      }),
    ),
    references: step.references.map((reference) =>
      defined({
        document: reference.document,
        chapter: reference.chapter,
        target:
          reference.target &&
          defined({
            chapter: reference.target.chapter,
            chapterTitle: reference.target.chapterTitle,
            section: reference.target.sectionTitle,
            page: reference.target.page,
          }),
      }),
    ),
    links: step.links.map(({ label, url }) => ({ label, url })),
  });
}

/** The part of an edition that says something: all but its hash and the day it was recorded. */
type EditionContent = Omit<Edition, "hash" | "recorded">;

/** 16 hex characters of the SHA-256 of the content's JSON: equal content, equal hash, whatever day it is built. */
export const contentHash = (content: EditionContent) => createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 16);

/**
 * The edition of a validated routebook. `recorded` is the day a build first
 * published it: the caller keeps the day of an earlier build when the hash is
 * the same (tools/build/editions.ts).
 */
export function editionOf(routebook: Routebook, recorded: string): Edition {
  const content: EditionContent = defined({
    format: EDITION_FORMAT,
    routebook: routebook.id,
    title: routebook.title,
    organisation: routebook.organisation,
    version: routebook.version,
    date: routebook.date,
    editorialFields: routebook.editorialFields?.length ? [...routebook.editorialFields] : undefined,
    routeEdition: routeEdition(routebook.flow),
    start: routebook.flow.start,
    steps: routebook.flow.steps.map(stepOf),
    thresholds: routebook.signals.map((signal) =>
      defined({
        id: signal.id,
        measure: signal.measure,
        above: signal.above,
        atLeast: signal.atLeast,
        atMost: signal.atMost,
        below: signal.below,
        signal: signal.signal,
        action: signal.action,
        source: signal.source,
      }),
    ),
    glossary: routebook.glossary.map(({ alsoSearch: _searchOnly, ...entry }) => entry),
    documents: routebook.documents.map((document) =>
      defined({
        alias: document.alias,
        title: document.title,
        editorialTitle: document.editorialFields?.includes("title") ? (true as const) : undefined,
        url: document.url,
        version: document.version,
        date: document.date,
        chapters: document.text?.chapters.map(({ slug, title }) => ({ slug, title })),
      }),
    ),
  });
  return { ...content, hash: contentHash(content), recorded };
}
