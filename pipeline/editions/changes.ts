/**
 * What can change between two editions of a routebook, one kind per thing a
 * coordinator acts on. The diff (diff.ts) finds them; describe.ts says each in
 * Dutch; the site, `routeboek diff` and route links carried forward all read
 * this one list. A new kind fails to compile wherever changes are described.
 */
import type { EditionDocument, EditionThreshold } from "../schema/edition.ts";

/** A step as a change names it: its id (for links) and title in the edition the change is read against. */
export interface StepName {
  id: string;
  title: string;
  editorialTitle?: true;
}

interface PhaseValue {
  name: string;
  duration?: string;
}

interface ReferenceValue {
  document: string;
  chapter?: string;
  /** The chapter page it resolved to, by its title; absent when the document's text is not on the site. */
  chapterTitle?: string;
  section?: string;
}

/** A glossary entry as a change names it; its meaning is the editors' words when it names no source. */
interface GlossaryValue {
  term: string;
  meaning: string;
  editorialMeaning?: true;
}

type DocumentName = Pick<EditionDocument, "alias" | "title" | "editorialTitle">;
type DocumentVersion = Pick<EditionDocument, "url" | "version" | "date">;

type RoutebookField = "title" | "organisation" | "version" | "date";
type DocumentField = "title" | "url" | "version" | "date";
type GlossaryField = "meaning" | "po" | "vo" | "source";
type ThresholdField = "measure" | "range" | "signal" | "action" | "source";

export type Change =
  /** `editorial`: the editors wrote this field (`editorialFields`), not the source. */
  | { kind: "routebook-changed"; field: RoutebookField; from?: string; to?: string; editorial?: true }
  | { kind: "start-changed"; from: StepName; to: StepName }
  | { kind: "step-added"; step: StepName }
  | { kind: "step-removed"; step: StepName }
  | { kind: "step-retitled"; step: StepName; from: string; to: string }
  | { kind: "step-renamed"; step: StepName; fromId: string }
  | { kind: "step-end-changed"; step: StepName; end: boolean }
  | { kind: "end-text-changed"; step: StepName; from?: string; to?: string }
  | { kind: "answer-added"; step: StepName; label: string; to: StepName }
  | { kind: "answer-removed"; step: StepName; label: string; to: StepName }
  | { kind: "answer-rewired"; step: StepName; label: string; from: StepName; to: StepName }
  | { kind: "answer-relabelled"; step: StepName; from: string; to: string; target: StepName }
  | { kind: "answers-reordered"; step: StepName }
  | { kind: "actions-changed"; step: StepName; added: string[]; removed: string[]; reordered: boolean }
  | { kind: "phase-changed"; step: StepName; from?: PhaseValue; to?: PhaseValue }
  | { kind: "reference-added"; step: StepName; reference: ReferenceValue }
  | { kind: "reference-removed"; step: StepName; reference: ReferenceValue }
  | { kind: "reference-moved"; step: StepName; from: ReferenceValue; to: ReferenceValue }
  | { kind: "link-added"; step: StepName; label: string; url: string }
  | { kind: "link-removed"; step: StepName; label: string; url: string }
  | { kind: "link-changed"; step: StepName; label: string; from: string; to: string }
  | { kind: "link-relabelled"; step: StepName; url: string; from: string; to: string }
  | { kind: "threshold-added"; threshold: EditionThreshold }
  | { kind: "threshold-removed"; threshold: EditionThreshold }
  | { kind: "threshold-changed"; threshold: EditionThreshold; field: ThresholdField; from: string; to: string }
  | { kind: "glossary-added"; entry: GlossaryValue }
  | { kind: "glossary-removed"; entry: GlossaryValue }
  | { kind: "glossary-changed"; entry: GlossaryValue; field: GlossaryField; from?: string; to?: string }
  | { kind: "document-added"; document: DocumentName }
  | { kind: "document-removed"; document: DocumentName }
  | { kind: "document-changed"; document: DocumentName; field: DocumentField; from?: string; to?: string }
  /** At another address with another version or date: the document was replaced (newer only where its date says so). */
  | { kind: "document-replaced"; document: DocumentName; from: DocumentVersion; to: DocumentVersion }
  | { kind: "chapter-added"; document: string; title: string }
  | { kind: "chapter-removed"; document: string; title: string }
  | { kind: "chapter-renamed"; document: string; from: string; to: string };

export type ChangeKind = Change["kind"];

/** Today's ids of the steps a change is about: the route notice names a change when the route passed one of them. */
export function stepsOfChange(change: Change): string[] {
  if (change.kind === "start-changed") return [change.from.id, change.to.id];
  return "step" in change ? [change.step.id] : [];
}

/** Where on the change page each kind is listed; also the one runtime list of the kinds (tests walk it). */
export const CHANGE_AREA = {
  "routebook-changed": "routeboek",
  "start-changed": "route",
  "step-added": "route",
  "step-removed": "route",
  "step-retitled": "route",
  "step-renamed": "route",
  "step-end-changed": "route",
  "end-text-changed": "route",
  "answer-added": "route",
  "answer-removed": "route",
  "answer-rewired": "route",
  "answer-relabelled": "route",
  "answers-reordered": "route",
  "actions-changed": "route",
  "phase-changed": "route",
  "reference-added": "route",
  "reference-removed": "route",
  "reference-moved": "route",
  "link-added": "route",
  "link-removed": "route",
  "link-changed": "route",
  "link-relabelled": "route",
  "threshold-added": "drempels",
  "threshold-removed": "drempels",
  "threshold-changed": "drempels",
  "glossary-added": "begrippen",
  "glossary-removed": "begrippen",
  "glossary-changed": "begrippen",
  "document-added": "bronnen",
  "document-removed": "bronnen",
  "document-changed": "bronnen",
  "document-replaced": "bronnen",
  "chapter-added": "bronnen",
  "chapter-removed": "bronnen",
  "chapter-renamed": "bronnen",
} as const satisfies Record<ChangeKind, string>;

export type ChangeArea = (typeof CHANGE_AREA)[ChangeKind];

/** The areas in the order the change page lists them: as a coordinator meets them. */
export const CHANGE_AREAS: readonly ChangeArea[] = ["route", "drempels", "begrippen", "bronnen", "routeboek"];
