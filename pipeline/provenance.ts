import { editionLabel } from "./edition.ts";
import type { Routebook } from "./model/model.ts";
import { stepInlineRuns } from "./flow/step-text.ts";
import { blockTexts, inlineRuns, inlineToText } from "./rich/text.ts";
import { type Block, NOTICES, type RichText } from "./schema/rich.ts";
import type { EditorialMetaField } from "../shared/schema/editorial-meta.ts";
import type { Correction } from "./schema/flow.ts";
import type { LeftOut } from "./schema/left-out.ts";
import { signalEditorial } from "./signals/editorial.ts";

/** A piece of text that is ours, and where it stands. */
export interface EditorialItem {
  /** The step that holds it. */
  step?: { id: string; title: string };
  /** Where it stands when not in a step: an introduction, or a document's chapter. */
  place?: string;
  /** What kind of addition: a title, an answer's label, a note or words in running text. */
  kind: "titel" | "antwoord" | "toelichting" | "tekst" | "verwijzing" | "gegeven" | "fasenummer";
  text: string;
}

/** An answer whose next step the source does not show. */
export interface InferredTarget {
  step: { id: string; title: string };
  option: string;
  to: { id: string; title: string };
  reason: string;
}

/** A source document, how far the site could check references to it, and its edition. */
export interface SourceAccount {
  alias: string;
  title: string;
  version?: string;
  date?: string;
  url?: string;
  /** "pdf" or "markdown" when the content holds the document; "none" when references to it are only cited. */
  file: "pdf" | "markdown" | "summary" | "none";
  /** "Lees verder" references of the tool's steps. */
  references: number;
  /** References of the flow's phases ("Over deze fase"), counted apart: some are the editors' choice. */
  phaseReferences: number;
  /** How many of `phaseReferences` are the editors'. */
  editorialPhaseReferences: number;
}

/** What the Verantwoording page of a routebook shows: where every word comes from. */
export interface Provenance {
  flowSource?: string;
  sources: SourceAccount[];
  inferred: InferredTarget[];
  editorial: EditorialItem[];
  /** The reading fixes of the source's words (OCR). */
  corrections: Correction[];
  /** The editors' normalisations of the source's words (`kind: normalisatie`), listed apart from the reading fixes. */
  normalisations: Correction[];
  /** Source words left out on purpose: the flow's, then each summary's, with the document they belong to. */
  leftOut: (LeftOut & { document: string })[];
  /** What a maintainer should check against the real sources. */
  checks: string[];
}

/** Gathers a routebook's provenance from its validated content. Pure. */
export function provenanceOf(routebook: Routebook): Provenance {
  const steps = routebook.flow.steps;
  // A map, not a search per inferred option: a flow of thousands of steps has thousands of those.
  const titles = new Map(steps.map((step) => [step.id, step.title]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  const editorial: EditorialItem[] = [
    ...fieldsOf(routebook, "het routeboek"),
    ...routebook.documents.flatMap((source) => fieldsOf(source, `document ${source.alias}`)),
    ...(routebook.purpose ? [{ place: "waarvoor je het routeboek gebruikt", kind: "toelichting" as const, text: routebook.purpose }] : []),
    ...notesOf(routebook.description, "inleiding van het routeboek"),
    ...notesOf(routebook.flow.intro, "inleiding van de tool"),
    ...routebook.documents.flatMap((source) =>
      (source.text?.chapters ?? []).flatMap((chapter) => notesOf(chapter, `${source.alias}, ${chapter.title}`)),
    ),
    ...signalEditorial(routebook),
  ];
  const inferred: InferredTarget[] = [];
  for (const step of steps) {
    const at = { id: step.id, title: step.title };
    if (step.editorialTitle) editorial.push({ step: at, kind: "titel", text: step.title });
    for (const option of step.options) {
      if (option.editorialLabel) editorial.push({ step: at, kind: "antwoord", text: option.label });
      if (option.inferred)
        inferred.push({ step: at, option: option.label, to: { id: option.to, title: titleOf(option.to) }, reason: option.inferred.reason });
    }
    for (const block of step.body) {
      if (block.type === "notice" && NOTICES[block.kind].editorial)
        editorial.push({ step: at, kind: "toelichting", text: blockTexts(block.children).join(" ") });
    }
    for (const run of stepInlineRuns(step)) {
      const words = inlineToText(run, "editorial");
      if (words) editorial.push({ step: at, kind: "tekst", text: words });
    }
  }
  // A phase's number, title or explanation of ours is listed like any other words of ours.
  for (const phase of routebook.flow.phases) {
    const place = `fase ${phase.name}`;
    if (phase.editorialName) editorial.push({ place, kind: "fasenummer", text: `Fase ${phase.name}` });
    if (phase.editorialTitle && phase.title) editorial.push({ place, kind: "titel", text: phase.title });
    if (phase.editorialExplanation && phase.explanation) editorial.push({ place, kind: "toelichting", text: phase.explanation });
    if (phase.editorialStartsWith && phase.startsWith)
      editorial.push({ place, kind: "toelichting", text: `begint bij: ${phase.startsWith}` });
    if (phase.editorialReference && phase.reference) {
      const { document, chapter } = phase.reference;
      editorial.push({ place, kind: "verwijzing", text: chapter ? `${document}, ${chapter}` : document });
    }
  }
  const references = steps.flatMap((step) => step.references);
  const phases = routebook.flow.phases.filter((phase) => phase.reference);
  const sources = routebook.documents.map(
    (source): SourceAccount => ({
      alias: source.alias,
      title: source.title,
      ...(source.version ? { version: source.version } : {}),
      ...(source.date ? { date: source.date } : {}),
      ...(source.url ? { url: source.url } : {}),
      file: source.summary && source.text ? "summary" : (source.text?.kind ?? "none"),
      references: references.filter((reference) => reference.document === source.alias).length,
      phaseReferences: phases.filter((phase) => phase.reference!.document === source.alias).length,
      editorialPhaseReferences: phases.filter((phase) => phase.reference!.document === source.alias && phase.editorialReference).length,
    }),
  );
  const unchecked = sources.filter((source) => source.file === "none" && source.references + source.phaseReferences > 0);
  return {
    ...(routebook.flow.source ? { flowSource: routebook.flow.source } : {}),
    sources,
    inferred,
    editorial,
    corrections: routebook.flow.corrections.filter((correction) => correction.kind !== "normalisatie"),
    normalisations: routebook.flow.corrections.filter((correction) => correction.kind === "normalisatie"),
    leftOut: [
      ...routebook.flow.leftOut.map((item) => ({ ...item, document: routebook.flow.title })),
      ...routebook.documents.flatMap((source) => source.leftOut.map((item) => ({ ...item, document: source.title }))),
    ],
    checks: [
      ...routebook.flow.checks,
      ...unchecked.map(
        (source) =>
          `Voeg het bestand van "${source.title}" toe: ${source.references + source.phaseReferences} ` +
          "verwijzing(en) ernaar zijn nu niet gecontroleerd.",
      ),
    ],
  };
}

/** What the Verantwoording calls each field the editors may fill in. */
const FIELD_NAMES: Record<EditorialMetaField, string> = {
  title: "titel",
  organisation: "organisatie",
  region: "regio",
  edition: "versie",
};

/** A routebook's or document's fields that are the editors' reading, e.g. "het routeboek (organisatie)". */
type FieldOwner = Partial<Record<"title" | "organisation" | "region" | "version" | "date", string>> & {
  editorialFields: readonly EditorialMetaField[];
};
function fieldsOf(owner: FieldOwner, name: string): EditorialItem[] {
  return owner.editorialFields.flatMap((field) => {
    // The edition as every page words it ("versie 1.0 · september 2025"), never a raw "2025-09".
    const text = field === "edition" ? editionLabel(owner) : owner[field];
    return text ? [{ place: `${name} (${FIELD_NAMES[field]})`, kind: "gegeven" as const, text }] : [];
  });
}

/** The editorial notes and marked words of an introduction or a chapter, its footnotes included. */
function notesOf(text: Pick<RichText, "blocks" | "footnotes">, place: string): EditorialItem[] {
  const blocks = [...text.blocks, ...text.footnotes.flatMap((footnote) => footnote.children)];
  const notes = blocks.filter(
    (block): block is Extract<Block, { type: "notice" }> => block.type === "notice" && NOTICES[block.kind].editorial,
  );
  const words = [...inlineRuns(blocks.filter((block) => !notes.includes(block as never)))]
    .map((run) => inlineToText(run, "editorial"))
    .filter(Boolean);
  return [
    ...notes.map((note): EditorialItem => ({ place, kind: "toelichting", text: blockTexts(note.children).join(" ") })),
    ...words.map((text): EditorialItem => ({ place, kind: "tekst", text })),
  ];
}
