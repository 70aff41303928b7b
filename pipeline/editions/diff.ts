/**
 * The semantic diff of two editions of one routebook: what a coordinator would
 * do differently, not which lines of Markdown moved. Pure: editions in, changes
 * out, in a fixed order (the routebook, its flow in the newer edition's order,
 * thresholds, glossary, documents).
 */
import { rangeLabel } from "../../shared/signals/evaluate.ts";
import { MEASURES } from "../../shared/signals/measures.ts";
import type { Change, StepName } from "./changes.ts";
import type { Edition, EditionDocument, EditionReference, EditionStep, EditionThreshold } from "../schema/edition.ts";

/**
 * Pairs the items of two lists, in passes: each pass pairs the first unpaired
 * items that `same` accepts. What no pass pairs is removed (old) or added (new).
 */
function pairUp<T>(
  old: readonly T[],
  next: readonly T[],
  passes: readonly ((a: T, b: T) => boolean)[],
): { pairs: [T, T][]; removed: T[]; added: T[] } {
  const oldLeft = new Set(old.keys());
  const nextLeft = new Set(next.keys());
  const pairs: [number, number][] = [];
  for (const same of passes) {
    for (const i of [...oldLeft]) {
      const j = [...nextLeft].find((k) => same(old[i]!, next[k]!));
      if (j === undefined) continue;
      pairs.push([i, j]);
      oldLeft.delete(i);
      nextLeft.delete(j);
    }
  }
  pairs.sort((a, b) => a[1] - b[1]);
  return {
    pairs: pairs.map(([i, j]) => [old[i]!, next[j]!]),
    removed: [...oldLeft].map((i) => old[i]!),
    added: [...nextLeft].map((j) => next[j]!),
  };
}

/** Items of `a` that `b` lacks, counting repeats (a multiset difference). */
function without(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((item) => {
    const index = left.indexOf(item);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

const nameOf = (step: EditionStep): StepName =>
  step.editorialTitle ? { id: step.id, title: step.title, editorialTitle: true } : { id: step.id, title: step.title };

/** Steps whose id changed while their title stayed: removed under one id, added under another with the same title. */
function renamedSteps(old: Edition, next: Edition): Map<string, string> {
  const oldIds = new Set(old.steps.map((step) => step.id));
  const nextIds = new Set(next.steps.map((step) => step.id));
  const gone = old.steps.filter((step) => !nextIds.has(step.id));
  const fresh = next.steps.filter((step) => !oldIds.has(step.id));
  const renamed = new Map<string, string>();
  for (const step of gone) {
    const candidates = fresh.filter((other) => other.title === step.title);
    const rivals = gone.filter((other) => other.title === step.title);
    if (candidates.length === 1 && rivals.length === 1) renamed.set(step.id, candidates[0]!.id);
  }
  return renamed;
}

function referenceValue(reference: EditionReference) {
  return {
    document: reference.document,
    ...(reference.chapter ? { chapter: reference.chapter } : {}),
    ...(reference.target ? { chapterTitle: reference.target.chapterTitle } : {}),
    ...(reference.target?.section ? { section: reference.target.section } : {}),
  };
}

const sameTarget = (a: EditionReference, b: EditionReference) =>
  a.target?.chapter === b.target?.chapter && a.target?.section === b.target?.section;

/** The changes within one step that is in both editions. */
function stepChanges(
  old: EditionStep,
  next: EditionStep,
  context: { targetName: (id: string) => StepName; newId: (id: string) => string },
) {
  const step = nameOf(next);
  const changes: Change[] = [];
  if (old.title !== next.title) changes.push({ kind: "step-retitled", step, from: old.title, to: next.title });
  if (old.end !== next.end) changes.push({ kind: "step-end-changed", step, end: next.end });
  if (old.endText !== next.endText) changes.push({ kind: "end-text-changed", step, from: old.endText, to: next.endText });

  const oldOptions = old.options.map((option) => ({ ...option, to: context.newId(option.to) }));
  const options = pairUp(oldOptions, next.options, [
    (a, b) => a.label === b.label,
    (a, b) =>
      a.to === b.to && oldOptions.filter((o) => o.to === a.to).length === 1 && next.options.filter((o) => o.to === b.to).length === 1,
  ]);
  for (const [a, b] of options.pairs) {
    if (a.to !== b.to) {
      changes.push({ kind: "answer-rewired", step, label: b.label, from: context.targetName(a.to), to: context.targetName(b.to) });
    } else if (a.label !== b.label) {
      changes.push({ kind: "answer-relabelled", step, from: a.label, to: b.label, target: context.targetName(b.to) });
    }
  }
  for (const option of options.removed)
    changes.push({ kind: "answer-removed", step, label: option.label, to: context.targetName(option.to) });
  for (const option of options.added) changes.push({ kind: "answer-added", step, label: option.label, to: context.targetName(option.to) });
  const order = (list: readonly { label: string }[]) => list.map((option) => option.label).join("\n");
  if (options.pairs.length === next.options.length && options.pairs.length === old.options.length) {
    const pairedOld = options.pairs.map(([a]) => a);
    if (order(pairedOld) !== order(oldOptions) && !changes.some((change) => change.kind.startsWith("answer-"))) {
      changes.push({ kind: "answers-reordered", step });
    }
  }

  const added = without(next.actions, old.actions);
  const removed = without(old.actions, next.actions);
  const reordered = added.length === 0 && removed.length === 0 && old.actions.join("\n") !== next.actions.join("\n");
  if (added.length || removed.length || reordered) changes.push({ kind: "actions-changed", step, added, removed, reordered });

  if (old.phase?.name !== next.phase?.name || old.phase?.duration !== next.phase?.duration) {
    changes.push({ kind: "phase-changed", step, from: old.phase, to: next.phase });
  }

  const references = pairUp(old.references, next.references, [
    (a, b) => a.document === b.document && a.chapter === b.chapter,
    (a, b) => a.document === b.document,
  ]);
  for (const [a, b] of references.pairs) {
    if (a.chapter !== b.chapter || !sameTarget(a, b)) {
      changes.push({ kind: "reference-moved", step, from: referenceValue(a), to: referenceValue(b) });
    }
  }
  for (const reference of references.removed) changes.push({ kind: "reference-removed", step, reference: referenceValue(reference) });
  for (const reference of references.added) changes.push({ kind: "reference-added", step, reference: referenceValue(reference) });

  const links = pairUp(old.links, next.links, [
    (a, b) => a.label === b.label && a.url === b.url,
    (a, b) => a.label === b.label,
    (a, b) => a.url === b.url,
  ]);
  for (const [a, b] of links.pairs) {
    if (a.url !== b.url) changes.push({ kind: "link-changed", step, label: b.label, from: a.url, to: b.url });
    else if (a.label !== b.label) changes.push({ kind: "link-relabelled", step, url: b.url, from: a.label, to: b.label });
  }
  for (const link of links.removed) changes.push({ kind: "link-removed", step, ...link });
  for (const link of links.added) changes.push({ kind: "link-added", step, ...link });
  return changes;
}

function flowChanges(old: Edition, next: Edition): Change[] {
  const renamed = renamedSteps(old, next);
  const newId = (id: string) => renamed.get(id) ?? id;
  const oldById = new Map(old.steps.map((step) => [newId(step.id), step]));
  const nextById = new Map(next.steps.map((step) => [step.id, step]));
  const targetName = (id: string): StepName => {
    const step = nextById.get(id) ?? oldById.get(id);
    return step ? nameOf(step) : { id, title: id };
  };
  const changes: Change[] = [];
  if (newId(old.start) !== next.start)
    changes.push({ kind: "start-changed", from: targetName(newId(old.start)), to: targetName(next.start) });
  for (const step of next.steps) {
    const before = oldById.get(step.id);
    if (!before) {
      changes.push({ kind: "step-added", step: nameOf(step) });
      continue;
    }
    if (before.id !== step.id) changes.push({ kind: "step-renamed", step: nameOf(step), fromId: before.id });
    changes.push(...stepChanges(before, step, { targetName, newId }));
  }
  for (const step of old.steps) {
    if (!nextById.has(newId(step.id))) changes.push({ kind: "step-removed", step: nameOf(step) });
  }
  return changes;
}

const rangeOf = (threshold: EditionThreshold) => `${rangeLabel(threshold)} ${MEASURES[threshold.measure].unit}`;

function thresholdChanges(old: Edition, next: Edition): Change[] {
  const thresholds = pairUp(old.thresholds, next.thresholds, [(a, b) => a.id === b.id]);
  const changes: Change[] = [];
  for (const [a, b] of thresholds.pairs) {
    const fields = {
      measure: [MEASURES[a.measure].label, MEASURES[b.measure].label],
      range: [rangeOf(a), rangeOf(b)],
      signal: [a.signal, b.signal],
      action: [a.action, b.action],
      source: [a.source, b.source],
    } as const;
    for (const [field, [from, to]] of Object.entries(fields) as [keyof typeof fields, readonly [string, string]][]) {
      if (from !== to) changes.push({ kind: "threshold-changed", threshold: b, field, from, to });
    }
  }
  for (const threshold of thresholds.removed) changes.push({ kind: "threshold-removed", threshold });
  for (const threshold of thresholds.added) changes.push({ kind: "threshold-added", threshold });
  return changes;
}

const glossaryValue = ({ term, meaning, source }: Edition["glossary"][number]) =>
  source ? { term, meaning } : { term, meaning, editorialMeaning: true as const };

function glossaryChanges(old: Edition, next: Edition): Change[] {
  const entries = pairUp(old.glossary, next.glossary, [(a, b) => a.term === b.term]);
  const changes: Change[] = [];
  for (const [a, b] of entries.pairs) {
    for (const field of ["meaning", "po", "vo", "source"] as const) {
      if (a[field] !== b[field]) changes.push({ kind: "glossary-changed", entry: glossaryValue(b), field, from: a[field], to: b[field] });
    }
  }
  for (const entry of entries.removed) changes.push({ kind: "glossary-removed", entry: glossaryValue(entry) });
  for (const entry of entries.added) changes.push({ kind: "glossary-added", entry: glossaryValue(entry) });
  return changes;
}

function chapterChanges(old: EditionDocument, next: EditionDocument): Change[] {
  // A document without text on the site in either edition has no chapters to compare.
  if (!old.chapters || !next.chapters) return [];
  const oldChapters = old.chapters;
  const nextChapters = next.chapters;
  const chapters = pairUp(oldChapters, nextChapters, [
    (a, b) => a.slug === b.slug,
    (a, b) => a.title === b.title,
    // The same place in the document: a chapter renamed rather than replaced.
    (a, b) => oldChapters.indexOf(a) === nextChapters.indexOf(b),
  ]);
  const changes: Change[] = [];
  for (const [a, b] of chapters.pairs) {
    if (a.title !== b.title) changes.push({ kind: "chapter-renamed", document: next.alias, from: a.title, to: b.title });
  }
  for (const { title } of chapters.removed) changes.push({ kind: "chapter-removed", document: next.alias, title });
  for (const { title } of chapters.added) changes.push({ kind: "chapter-added", document: next.alias, title });
  return changes;
}

const documentName = ({ alias, title, editorialTitle }: EditionDocument) =>
  editorialTitle ? { alias, title, editorialTitle } : { alias, title };

const versionOf = ({ url, version, date }: EditionDocument) => ({
  ...(url ? { url } : {}),
  ...(version ? { version } : {}),
  ...(date ? { date } : {}),
});

function documentChanges(old: Edition, next: Edition): Change[] {
  const documents = pairUp(old.documents, next.documents, [(a, b) => a.alias === b.alias]);
  const changes: Change[] = [];
  for (const [a, b] of documents.pairs) {
    const document = documentName(b);
    const replaced = a.url !== b.url && (a.version !== b.version || a.date !== b.date);
    if (replaced) changes.push({ kind: "document-replaced", document, from: versionOf(a), to: versionOf(b) });
    for (const field of replaced ? (["title"] as const) : (["title", "url", "version", "date"] as const)) {
      if (a[field] !== b[field]) changes.push({ kind: "document-changed", document, field, from: a[field], to: b[field] });
    }
    changes.push(...chapterChanges(a, b));
  }
  for (const document of documents.removed) changes.push({ kind: "document-removed", document: documentName(document) });
  for (const document of documents.added) changes.push({ kind: "document-added", document: documentName(document) });
  return changes;
}

/** Everything that differs between two editions of one routebook, oldest first in the arguments. */
export function diffEditions(old: Edition, next: Edition): Change[] {
  if (old.routebook !== next.routebook) {
    throw new Error(`cannot compare editions of two routebooks (${old.routebook} and ${next.routebook})`);
  }
  if (old.hash === next.hash) return [];
  const changes: Change[] = [];
  for (const field of ["title", "organisation", "version", "date"] as const) {
    if (old[field] === next[field]) continue;
    const ours = next.editorialFields?.includes(field === "version" || field === "date" ? "edition" : field);
    changes.push({ kind: "routebook-changed", field, from: old[field], to: next[field], ...(ours ? { editorial: true as const } : {}) });
  }
  return [
    ...changes,
    ...flowChanges(old, next),
    ...thresholdChanges(old, next),
    ...glossaryChanges(old, next),
    ...documentChanges(old, next),
  ];
}
