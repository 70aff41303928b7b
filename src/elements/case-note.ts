import {
  dutchDate,
  normSentence,
  phaseEndRuns,
  phaseNameRuns,
  phaseNumberRuns,
  phaseTimeline,
  type RoutePhase,
  runsText,
} from "../../shared/phases/timeline.ts";
import { normNote, startEventRuns, TIMELINE_NOTE } from "../../shared/phases/timeline-text.ts";
import type { EarlierRoute, Marked, RouteBlock, RouteData } from "../../shared/route/data.ts";
import { endOf, isQuestion, type Visit } from "../../shared/route/history.ts";
import { routePhasesOf } from "./route-phases.ts";
import { changesOnTheWay, editionName } from "./route-since.ts";

/**
 * The case note ("Samenvatting van deze route") of a route: pure, so the page and
 * the plain-text copy say the same, and tests read it without a browser.
 */

/** Text of the source, or of the editors when `editorial`. */
export interface Said {
  text: string;
  editorial?: boolean;
}

export interface NoteStep {
  id: string;
  title: Said;
  /** The step's text, lists, actions and end note, in the source's order. */
  body: RouteBlock[];
}

export interface NoteAnswer {
  question: Said;
  answer: Said;
  /** The editors chose where this answer leads; their reason. */
  inferred?: Marked;
}

/** The phases the route passed, dated from the start date the user chose. */
export interface NoteTimeline {
  /** "1 september 2026". */
  start: string;
  /** The phase the start date begins, and its first step on this route. */
  firstPhase: RoutePhase;
  firstStep: Said;
  /** "Fase 2 · looptijd 2 weken → uiterlijk 15 september 2026", one per phase, the editors' words marked. */
  phases: Marked[];
  /** Where the phases stand against the three-month norm. */
  norm: string;
}

export interface CaseNote {
  title: Said;
  organisation: Said;
  region?: Said;
  /** "versie 1.0 · september 2025", or "zonder versie" when the routebook names neither. */
  version: Said;
  /** The edition of the route on this site (route.json's hash), which the reopen link carries too. */
  edition: string;
  /**
   * The earlier edition the address was written in, when the site keeps it and it differs from this one: its
   * name, its hash, and what changed since at the steps of this route.
   */
  since?: { name: string; edition: string; changes: Marked[] };
  /** Each source document with its version and date, or "zonder versie". */
  documents: { alias: string; version: Said; url?: string }[];
  /** The day the note was made, in Dutch; and the address that reopens the route. */
  today: string;
  url: string;
  /** The start date the user chose (`start=` in the address), in Dutch; absent when none was chosen. */
  start?: string;
  /** The phases passed with their latest end dates; absent without a start date or without phases. */
  timeline?: NoteTimeline;
  /** The phases the route passed, in order, for the date field's label. */
  routePhases: RoutePhase[];
  answers: NoteAnswer[];
  /**
   * The steps passed that say something to do or know, in order, grouped by runs of the same
   * phase; `phase` is absent where the source gives none.
   */
  phases: { phase?: RoutePhase; steps: NoteStep[] }[];
  /**
   * "Lees verder" of the steps passed, each once, with absolute addresses: the site's page, or
   * the document's own address (`source`).
   */
  references: { text: string; url?: string; source?: string }[];
  /** Links of the steps passed, each once; link labels are the editors' (the source gives only addresses). */
  links: { label: string; url: string }[];
}

/** The case note's line when nothing changed at the steps of the route since the edition it was saved in. */
export const NOTHING_ON_THE_WAY = "Niets op de stappen van deze route.";

export interface NoteContext {
  /** The earlier edition the address was written in (`judge`), when the site keeps it. */
  earlier?: EarlierRoute;
  today: string;
  url: string;
  origin: string;
  /** A valid start date (`YYYY-MM-DD`) from the address, or nothing. */
  start?: string;
}

export function caseNote(data: RouteData, visits: readonly Visit[], context: NoteContext): CaseNote {
  const route = [...visits.map((visit) => visit.step), endOf(data, visits)];
  const passed = [...new Set(route)];
  const phases: CaseNote["phases"] = [];
  const references = new Map<string, CaseNote["references"][number]>();
  const links = new Map<string, CaseNote["links"][number]>();
  for (const id of passed) {
    const step = data.steps[id]!;
    const last = phases.at(-1);
    const note: NoteStep = { id, title: said(step.title, step.editorialTitle), body: step.body ?? [] };
    // A question with nothing to do (only its answers) adds nothing to the note.
    if (note.body.length) {
      if (last && last.phase?.name === step.phase?.name && last.phase?.duration === step.phase?.duration) last.steps.push(note);
      else phases.push({ ...(step.phase ? { phase: step.phase } : {}), steps: [note] });
    }
    for (const reference of step.references ?? []) {
      references.set(
        reference.text,
        reference.url ? { text: reference.text, url: new URL(reference.url, context.origin).href } : reference,
      );
    }
    for (const link of step.links ?? []) if (!links.has(link.url)) links.set(link.url, link);
  }
  const ours = new Set(data.editorialFields ?? []);
  const routePhases = routePhasesOf(data, route);
  return {
    title: said(data.title, ours.has("title")),
    organisation: said(data.organisation, ours.has("organisation")),
    ...(data.region ? { region: said(data.region, ours.has("region")) } : {}),
    version: data.versionLabel ? said(data.versionLabel, ours.has("edition")) : { text: "zonder versie" },
    edition: data.edition,
    ...(context.earlier
      ? {
          since: {
            name: editionName(context.earlier),
            edition: context.earlier.edition,
            changes: changesOnTheWay(data, context.earlier, visits),
          },
        }
      : {}),
    documents: (data.documents ?? []).map((document) => ({
      alias: document.alias,
      version: document.versionLabel
        ? said(document.versionLabel, document.editorialFields?.includes("edition"))
        : { text: "zonder versie" },
      ...(document.url ? { url: document.url } : {}),
    })),
    today: context.today,
    url: context.url,
    ...(context.start ? { start: dutchDate(context.start) } : {}),
    ...(context.start && routePhases.length ? { timeline: timelineOf(data, passed, routePhases, context.start) } : {}),
    routePhases,
    answers: visits
      // A question's answer, and any answer whose next step the editors chose, even a lone "Volgende stap".
      .filter((visit) => isQuestion(data, visit.step) || data.steps[visit.step]!.options?.[visit.option - 1]?.inferred)
      .map((visit) => {
        const step = data.steps[visit.step]!;
        const option = step.options![visit.option - 1]!;
        return {
          question: said(step.title, step.editorialTitle),
          answer: said(option.label, option.editorialLabel),
          ...(option.inferred ? { inferred: option.inferred.reason } : {}),
        };
      }),
    phases,
    references: [...references.values()],
    links: [...links.values()],
  };
}

const said = (text: string, editorial?: boolean): Said => (editorial ? { text, editorial } : { text });

function timelineOf(data: RouteData, passed: readonly string[], phases: RoutePhase[], start: string): NoteTimeline {
  const timeline = phaseTimeline(start, phases);
  const first = phases[0]!;
  const firstStep = data.steps[passed.find((id) => data.steps[id]!.phase?.name === first.name)!]!;
  return {
    start: dutchDate(start),
    firstPhase: first,
    firstStep: said(firstStep.title, firstStep.editorialTitle),
    phases: timeline.phases.map(phaseEndRuns),
    norm: normSentence(timeline),
  };
}

/** A run of steps without a phase: where it stands among the phases, never a claim that the source names none. */
export function groupLabel(phases: CaseNote["phases"], index: number): Marked {
  const phase = phases[index]!.phase;
  if (phase) return phaseNameRuns(phase);
  const before = phases
    .slice(0, index)
    .reverse()
    .find((group) => group.phase)?.phase;
  const after = phases.slice(index + 1).find((group) => group.phase)?.phase;
  const where = before
    ? [{ t: "Na " }, ...phaseNumberRuns(before)]
    : after
      ? [{ t: "Voor " }, ...phaseNumberRuns(after)]
      : [{ t: "Stappen" }];
  return [...where, { t: " (de tekst van de bron geeft hier geen looptijd)" }];
}

/** Whether the route passed any step with a phase: without one, the note lists the steps without phase headings. */
export const hasPhases = (note: CaseNote) => note.phases.some((group) => group.phase);

/** Where the start date stands: "begin van fase 2", the number marked when it is the editors'. */
export const startLabel = (note: CaseNote): Marked | undefined =>
  note.routePhases[0] ? [{ t: "begin van " }, ...phaseNumberRuns(note.routePhases[0])] : undefined;

/**
 * What the start date stands for (timeline-text.ts, as on the step page), and the route's first step in that
 * phase: the event only where the content names one, so the dates are never read as the source's.
 */
export const startEventNote = (timeline: NoteTimeline): Marked => [
  ...startEventRuns(timeline.firstPhase),
  { t: ` Op deze route is de eerste stap van die fase "${timeline.firstStep.text}". `, r: true },
  { t: normNote(timeline.firstPhase), r: true },
];

export const INFERRED = "vervolgstap afgeleid door de redactie";
export const UNCHECKED = "niet gecontroleerd: dit document staat niet op deze site";
export const NO_DURATION = "De tekst van de bron geeft bij deze stappen geen looptijd.";
export { TIMELINE_NOTE };

/** Plain text: the editors' words between [ ], as the note's last line explains. */
export const markedText = (marked: Marked) => runsText(marked);
const saidText = ({ text, editorial }: Said) => (editorial ? `[${text}]` : text);

/** A block of a step as lines of plain text: lists as "- item" lines, in the source's order. */
function blockLines(block: RouteBlock): string[] {
  switch (block.type) {
    case "text":
      return [`  ${markedText(block.text)}`];
    case "list":
    case "actions":
      return block.items.map((item, index) => `  ${block.ordered ? `${index + 1}.` : "-"} ${markedText(item)}`);
    case "end":
      return [`  Einde van de route${block.text ? `: ${markedText(block.text)}` : "."}`];
  }
}

/** A "Lees verder" entry: the site's page, or the document's own address, noting that the site could not check it. */
export const referenceText = (reference: CaseNote["references"][number]) =>
  reference.url
    ? `${reference.text}: ${reference.url}`
    : `${reference.text} (${UNCHECKED}${reference.source ? `; bij de bron: ${reference.source}` : ""})`;

/** The case note as plain text, for the clipboard: readable in an e-mail or a pupil's file. */
export function caseNoteText(note: CaseNote): string {
  const lines = [
    "Samenvatting van deze route",
    `Routeboek: ${saidText(note.title)}`,
    `Organisatie: ${saidText(note.organisation)}`,
    ...(note.region ? [`Regio: ${saidText(note.region)}`] : []),
    `Versie: ${saidText(note.version)}`,
    `Editie van de route op deze site: ${note.edition}`,
    ...(note.since ? [`Route opgeslagen in: ${note.since.name}, editie ${note.since.edition}`] : []),
    `Gemaakt op ${note.today}`,
    `Deze route opnieuw openen: ${note.url}`,
    "Kenmerk: ____________________",
    "",
    ...(note.since
      ? [
          "Veranderd sinds je deze route opsloeg",
          ...note.since.changes.map((change) => `- ${markedText(change)}`),
          ...(note.since.changes.length ? [] : [`- ${NOTHING_ON_THE_WAY}`]),
          "",
        ]
      : []),
    "Bronnen",
    ...note.documents.map((document) => `- ${document.alias}, ${saidText(document.version)}${document.url ? `: ${document.url}` : ""}`),
    "",
  ];
  const label = startLabel(note);
  if (note.start || label) lines.push(`Startdatum${label ? ` (${markedText(label)})` : ""}: ${note.start ?? "niet gekozen"}`);
  if (note.timeline) {
    lines.push(
      `[${TIMELINE_NOTE}]`,
      ...note.timeline.phases.map((phase) => `- ${markedText(phase)}`),
      `[${note.timeline.norm}]`,
      markedText(startEventNote(note.timeline)),
    );
  }
  if (note.start || label) lines.push("");
  lines.push(
    "Jouw antwoorden",
    ...note.answers.flatMap(({ question, answer, inferred }, index) => [
      `${index + 1}. ${saidText(question)}`,
      `   Antwoord: ${saidText(answer)}`,
      ...(inferred ? [`   [${INFERRED}: ${markedText(inferred.map((run) => ({ t: run.t })))}]`] : []),
    ]),
    "",
    ...(hasPhases(note) ? ["Acties per fase"] : ["Acties", NO_DURATION]),
  );
  note.phases.forEach(({ steps }, index) => {
    lines.push("");
    if (hasPhases(note)) lines.push(markedText(groupLabel(note.phases, index)));
    for (const step of steps) lines.push(`* ${saidText(step.title)}`, ...step.body.flatMap(blockLines));
  });
  if (note.references.length) lines.push("", "Lees verder", ...note.references.map((reference) => `- ${referenceText(reference)}`));
  if (note.links.length) lines.push("", "Links", ...note.links.map((link) => `- [${link.label}]: ${link.url}`));
  lines.push("", "Tekst tussen [ ] is van de redactie, niet van de bron.");
  return `${lines.join("\n")}\n`;
}
