// Compares a flow with the text of the clickable tool it was transcribed from.
// Both directions: every text of the flow that is not marked as ours must be on
// its source page, and the actions, references, phases, URLs and navigation
// buttons of each source page must be in the steps made from it.
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { parsePhase } from "../../pipeline/wording/phase.ts";
import { stepInlineRuns, textBlocksOf } from "../../pipeline/flow/step-text.ts";
import { blockTexts, inlineToText, linksIn } from "../../pipeline/rich/text.ts";
import type { Flow } from "../../pipeline/schema/flow.ts";
import type { Step } from "../../pipeline/schema/step.ts";
import { forLongTexts } from "../fidelity/memo.ts";

export interface FidelityFailure {
  step: string;
  /** What kind of text: title, option, text, action, end, reference, phase, link. */
  what: string;
  text: string;
  /** Which way the check failed; "cut short" means the source goes on with words the flow does not have. */
  problem: "not in the source page" | "missing from the flow" | "cut short of the source";
}

/** Letters and digits only, lower case: line breaks, hyphenation, quotes and punctuation of a PDF dump do not count. */
export const normalise: (text: string) => string = forLongTexts((text: string) =>
  text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ""),
);

/** A text dump's pages: runs of at least two blank lines separate them. */
export function splitPages(dump: string): string[] {
  return dump
    .split(/\n[ \t]*\n[ \t]*\n/)
    .map((page) => page.trim())
    .filter(Boolean);
}

/** URLs of a page, with an address the dump broke after a hyphen joined again. */
export function pageUrls(page: string): string[] {
  return [...page.replace(/(https?:\/\/\S+-)\s*\n\s*(\S+)/g, "$1$2").matchAll(/https?:\/\/[^\s]+/g)].map((match) => match[0]);
}

const referenceText = (reference: Step["references"][number]) =>
  reference.chapter ? `${reference.document}, ${reference.chapter}` : reference.document;
const phaseText = (phase: NonNullable<Step["phase"]>) => `fase ${phase.name} looptijd ${phase.duration ?? ""}`;
const stepUrls = (step: Step) => [
  ...step.links.map((link) => link.url),
  ...[...stepInlineRuns(step)].flatMap((run) => [...linksIn(run)].map((link) => link.url)),
];

/** How to check the phases of a flow whose source names no phases. */
export interface FidelityOptions {
  /**
   * The whole source text, for a source that gives terms but no numbered phases (a summary's flow):
   * the phase numbers are then the editors' (their descriptions say so), and only each step's
   * duration must stand in the source, word for word, anywhere in it.
   */
  phaseDurationsIn?: string;
}

/** The texts of a step that must be the source's: everything not marked as ours. Link labels are ours by the format's rule. */
export function sourceTextsOf(step: Step, options: FidelityOptions = {}): { what: string; text: string }[] {
  const texts: { what: string; text: string }[] = [];
  if (!step.editorialTitle) texts.push({ what: "title", text: step.title });
  for (const option of step.options) if (!option.editorialLabel) texts.push({ what: "option", text: option.label });
  for (const text of blockTexts(textBlocksOf(step), "source")) texts.push({ what: "text", text });
  for (const block of step.body) {
    if (block.type === "actions")
      for (const item of block.items) texts.push({ what: "action", text: blockTexts(item, "source").join(" ") });
    if (block.type === "end") texts.push({ what: "end", text: inlineToText(block.children, "source") });
  }
  for (const reference of step.references) texts.push({ what: "reference", text: referenceText(reference) });
  if (step.phase && options.phaseDurationsIn === undefined) texts.push({ what: "phase", text: phaseText(step.phase) });
  return texts.filter((entry) => normalise(entry.text) !== "");
}

/** What may follow a text in a dump without words having been dropped: the page's buttons, markers and lead-ins. */
const MARKERS = [
  "actie",
  "fase",
  "wiljemeer",
  "meerlezen",
  "leesverder",
  "neemdevolgende",
  "hebje",
  "einde",
  "vorige",
  "volgende",
  "ja",
  "nee",
  "gadan",
  "ganaar",
  "http",
  "primair",
  "ouderskunnen",
];

/** The normalised starts of every text the flow takes from these pages, and the markers: where a source item may end. */
function itemStarts(flow: Flow, numbers: readonly number[], pagesOf: Record<string, number[]>): string[] {
  const steps = flow.steps.filter((step) => pagesOf[step.id]?.some((number) => numbers.includes(number)));
  const texts = steps.flatMap((step) => sourceTextsOf(step).map((entry) => normalise(entry.text)));
  // Any document the flow cites may start the next reference, whether or not the flow kept that one.
  const documents = flow.steps.flatMap((step) => step.references.map((reference) => normalise(reference.document)));
  return [...MARKERS, ...documents, ...texts.map((text) => text.slice(0, 12))].filter(Boolean);
}

/** Whether every place the text stands in the source is followed by the end of the page, a number, or another item. */
function endsAtABoundary(source: string, text: string, starts: readonly string[]): boolean {
  for (let index = source.indexOf(text); index >= 0; index = source.indexOf(text, index + 1)) {
    const rest = source.slice(index + text.length);
    if (rest === "" || /^\d/.test(rest) || starts.some((start) => rest.startsWith(start))) return true;
  }
  return false;
}

/**
 * Checks a flow against its source pages. `pagesOf` maps each step id to the
 * 1-based pages it was made from; `corrections` are applied to the source first.
 */
export function checkFidelity(
  flow: Flow,
  pages: readonly string[],
  pagesOf: Record<string, number[]>,
  options: FidelityOptions = {},
): FidelityFailure[] {
  const failures: FidelityFailure[] = [];
  if (options.phaseDurationsIn !== undefined) {
    const whole = normalise(options.phaseDurationsIn);
    for (const step of flow.steps) {
      const duration = step.phase?.duration;
      if (step.phase && (!duration || !whole.includes(normalise(duration))))
        failures.push({ step: step.id, what: "phase", text: duration ?? `fase ${step.phase.name}`, problem: "not in the source page" });
    }
  }
  const corrected = (text: string, step?: string) =>
    flow.corrections
      .filter((correction) => !correction.step || correction.step === step)
      .reduce((page, correction) => page.split(correction.source).join(correction.corrected), text);

  for (const step of flow.steps) {
    const numbers = pagesOf[step.id];
    if (!numbers) {
      failures.push({ step: step.id, what: "step", text: step.title, problem: "not in the source page" });
      continue;
    }
    const raw = numbers.map((number) => pages[number - 1] ?? "").join("\n");
    const source = normalise(corrected(raw, step.id));
    const starts = itemStarts(flow, numbers, pagesOf);
    for (const { what, text } of sourceTextsOf(step, options)) {
      const wanted = normalise(text);
      if (!source.includes(wanted)) failures.push({ step: step.id, what, text, problem: "not in the source page" });
      else if (!endsAtABoundary(source, wanted, starts)) failures.push({ step: step.id, what, text, problem: "cut short of the source" });
    }
    const urls = pageUrls(raw);
    for (const url of stepUrls(step))
      if (!urls.includes(url)) failures.push({ step: step.id, what: "link", text: url, problem: "not in the source page" });
  }

  pages.forEach((page, index) => {
    const number = index + 1;
    const steps = flow.steps.filter((step) => pagesOf[step.id]?.includes(number));
    const label = steps.map((step) => step.id).join(", ") || `page ${number}`;
    const flowText = (pick: (step: Step) => string[]) => normalise(steps.flatMap(pick).join(" "));
    const missing = (what: string, text: string) => failures.push({ step: label, what, text, problem: "missing from the flow" });
    const text = corrected(page);

    const actions = flowText((step) => step.actions.map((action) => action));
    for (const match of text.matchAll(/^(?:Actie(?: \d+)?:\s*\n?\s*|\d\.\s+)(.+)$/gm)) {
      if (!actions.includes(normalise(match[1]!))) missing("action", match[1]!);
    }
    const references = flowText((step) => step.references.map(referenceText));
    for (const match of text.matchAll(/^\s*•\s*(.+?)\s*$/gm)) {
      const item = match[1]!;
      if (/hoofdstuk|tafels voor opschaling/i.test(item) && !references.includes(normalise(item))) missing("reference", item);
    }
    for (const match of text.matchAll(/(?:Routeboek Verzuim & Thuiszitters|Praktische handreiking)[,:]? Hoofdstuk[^\n]*/g)) {
      if (!references.includes(normalise(match[0]))) missing("reference", match[0]);
    }
    for (const match of text.matchAll(/Fase \d+[a-z]?, looptijd [^\n]+/g)) {
      const phase = parsePhase(match[0]);
      if (
        phase &&
        !steps.some(
          (step) => step.phase && normalise(phaseText(step.phase)) === normalise(phaseText({ ...phase, place: { line: 1, column: 1 } })),
        )
      )
        missing("phase", match[0]);
    }
    const urls = new Set(steps.flatMap(stepUrls));
    for (const url of pageUrls(page)) if (!urls.has(url)) missing("link", url);
    const labels = steps.flatMap((step) => step.options.map((option) => normalise(option.label)));
    for (const button of ["Volgende", "Ja", "Nee"]) {
      if (new RegExp(`(^|\\s)${button}(\\s|$)`, "m").test(page.replace(/Vorige/g, "")) && !labels.includes(normalise(button)))
        missing("option", button);
    }
    for (const match of text.matchAll(/Ga (?:dan )?naar vervolgstap[^\n]*(?:\n[^\n]+)?/g)) {
      const said = normalise(match[0].split("\n\n")[0]!);
      if (!labels.some((labelText) => said.startsWith(labelText) || labelText.startsWith(said))) missing("option", match[0]);
    }
  });
  // A reference can match both the bullet and the running-text pattern: report it once.
  return failures.filter((failure, index) => failures.findIndex((other) => JSON.stringify(other) === JSON.stringify(failure)) === index);
}

/** A flow read from its text, which must have no problems: the starting point of every fidelity check. */
export function flowWithoutProblems(text: string, file: string): Flow {
  const { flow, problems } = parseFlow(text, file);
  if (problems.length || !flow)
    throw new Error(
      `${file} has problems:\n${problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`).join("\n")}`,
    );
  return flow;
}

/** One line per failure, for an assertion message. */
export const describeFailures = (failures: readonly FidelityFailure[]) =>
  failures.map((failure) => `${failure.step}: ${failure.what} ${failure.problem}: "${failure.text}"`).join("\n");
