import type { Marked, RouteData } from "./route-data.ts";
import { endOf, isQuestion, type Visit } from "./route-history.ts";

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
  /** The step's own words beside its actions: who acts, where the source says so. */
  text: Marked[];
  actions: Marked[];
  endText?: Marked;
}

export interface CaseNote {
  title: string;
  organisation: string;
  /** "versie 1.0 · september 2025", when the routebook names either. */
  edition?: string;
  /** The day the note was made, in Dutch; and the address that reopens the route. */
  today: string;
  url: string;
  answers: { question: Said; answer: Said }[];
  /** The steps passed that say something to do or know, in order, grouped by runs of the same phase; `phase` is absent where the source names none. */
  phases: { phase?: { name: string; duration?: string }; steps: NoteStep[] }[];
  /** "Lees verder" and links of the steps passed, each once, with absolute addresses; link labels are the editors' (the source gives only addresses). */
  references: { text: string; url?: string }[];
  links: { label: string; url: string }[];
}

export function caseNote(data: RouteData, visits: readonly Visit[], context: { today: string; url: string; origin: string }): CaseNote {
  const passed = [...new Set([...visits.map((visit) => visit.step), endOf(data, visits)])];
  const phases: CaseNote["phases"] = [];
  const references = new Map<string, CaseNote["references"][number]>();
  const links = new Map<string, CaseNote["links"][number]>();
  for (const id of passed) {
    const step = data.steps[id]!;
    const last = phases.at(-1);
    const note: NoteStep = { id, title: said(step.title, step.editorialTitle), text: step.text ?? [], actions: step.actions ?? [], ...(step.endText ? { endText: step.endText } : {}) };
    // A question with nothing to do (only its answers) adds nothing to the note.
    if (note.text.length || note.actions.length || note.endText) {
      if (last && last.phase?.name === step.phase?.name && last.phase?.duration === step.phase?.duration) last.steps.push(note);
      else phases.push({ ...(step.phase ? { phase: step.phase } : {}), steps: [note] });
    }
    for (const reference of step.references ?? []) references.set(reference.text, reference.url ? { text: reference.text, url: new URL(reference.url, context.origin).href } : reference);
    for (const link of step.links ?? []) if (!links.has(link.url)) links.set(link.url, link);
  }
  const edition = [data.version && `versie ${data.version}`, data.date && data.date.toLowerCase() !== data.version?.toLowerCase() ? data.date : undefined].filter(Boolean).join(" · ");
  return {
    title: data.title,
    organisation: data.organisation,
    ...(edition ? { edition } : {}),
    today: context.today,
    url: context.url,
    answers: visits
      .filter((visit) => isQuestion(data, visit.step))
      .map((visit) => {
        const step = data.steps[visit.step]!;
        const option = step.options![visit.option - 1]!;
        return { question: said(step.title, step.editorialTitle), answer: said(option.label, option.editorialLabel) };
      }),
    phases,
    references: [...references.values()],
    links: [...links.values()],
  };
}

const said = (text: string, editorial?: boolean): Said => (editorial ? { text, editorial } : { text });

/** The phase as the source states it: "Fase 3a: Verzuim stopt · looptijd 2-10 weken" (a title of ours between [ ]); steps without one are said to have none. */
export const phaseLabel = (phase?: { name: string; duration?: string; title?: string; editorialTitle?: boolean }) => {
  if (!phase) return "Zonder fase (de bron noemt hier geen fase)";
  const title = phase.title ? `: ${phase.editorialTitle ? `[${phase.title}]` : phase.title}` : "";
  return `Fase ${phase.name}${title}${phase.duration ? ` · looptijd ${phase.duration}` : ""}`;
};

/** Plain text: the editors' words between [ ], as the note's last line explains. */
export const markedText = (marked: Marked) => marked.map((run) => (run.r ? `[${run.t.trim()}]${/\s$/.test(run.t) ? " " : ""}` : run.t)).join("");
const saidText = ({ text, editorial }: Said) => (editorial ? `[${text}]` : text);

/** The case note as plain text, for the clipboard: readable in an e-mail or a pupil's file. */
export function caseNoteText(note: CaseNote): string {
  const lines = [
    "Samenvatting van deze route",
    `${note.title} (${note.organisation}${note.edition ? `, ${note.edition}` : ""})`,
    `Gemaakt op ${note.today}`,
    `Deze route opnieuw openen: ${note.url}`,
    "",
    "Jouw antwoorden",
    ...note.answers.flatMap(({ question, answer }, index) => [`${index + 1}. ${saidText(question)}`, `   Antwoord: ${saidText(answer)}`]),
    "",
    "Acties per fase",
  ];
  for (const { phase, steps } of note.phases) {
    lines.push("", phaseLabel(phase));
    for (const step of steps) {
      lines.push(`* ${saidText(step.title)}`);
      for (const text of step.text) lines.push(`  ${markedText(text)}`);
      for (const action of step.actions) lines.push(`  - ${markedText(action)}`);
      if (step.endText) lines.push(`  Einde van de route: ${markedText(step.endText)}`);
    }
  }
  if (note.references.length) lines.push("", "Lees verder", ...note.references.map((reference) => `- ${reference.text}${reference.url ? `: ${reference.url}` : ""}`));
  if (note.links.length) lines.push("", "Links", ...note.links.map((link) => `- [${link.label}]: ${link.url}`));
  lines.push("", "Tekst tussen [ ] is van de redactie, niet van de bron.");
  return `${lines.join("\n")}\n`;
}
