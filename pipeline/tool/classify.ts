import type { TextLine } from "../pdf/lines.ts";
import { slugify, uniqueSlug } from "../ids/slug.ts";
import { parsePhase } from "../wording/phase.ts";
import { splitReference } from "../wording/references.ts";
import {
  ACTION_LINE,
  BACK_BUTTON,
  BULLET,
  END_LINE,
  LINKS_HEADING,
  NEXT_BUTTON,
  PAGE_WORD,
  PHASE_LINE,
  READ_MORE_LINE,
  unlabelledButton,
} from "../wording/tool-page.ts";
import { joinLines, splitPageText } from "./page-text.ts";
import type { ImportedFlow, ImportedStep, ImportNote, ToolPage } from "./types.ts";

/** A step being read from one page, with the page's links still to be resolved to step ids. */
interface PageStep extends Omit<ImportedStep, "id" | "options"> {
  /** `next` marks a "Volgende"/NextPage link, whose page depends on where the page stands. */
  targets: { label?: string; page: number; next?: true }[];
}

/** Reads the text of a page into title, phase, actions, references, end marker and body. */
function readPage(page: ToolPage, notes: ImportNote[]): PageStep {
  const { labels, lines } = splitPageText(page);
  const note = (message: string) => notes.push({ page: page.page, message });

  const titleSize = Math.max(0, ...lines.map((line) => line.size));
  const titleLines: TextLine[] = [];
  for (const line of lines) {
    const last = titleLines.at(-1);
    if (Math.abs(line.size - titleSize) >= 0.5) continue;
    if (!last || (line.y - last.y > 0 && line.y - last.y <= line.size * 1.8)) titleLines.push(line);
  }
  const step: PageStep = {
    title: titleLines.map((line) => line.text).join(" "),
    page: page.page,
    end: false,
    body: [],
    actions: [],
    references: [],
    links: [],
    targets: [],
  };
  if (!step.title) note("found no title: the page has no text outside its buttons");

  // Bullets after "Lees verder" are references until other running text comes; phase, action and end
  // lines may stand between them when a page sets them in another column.
  let readingReferences = false;
  let list: string[] | undefined;
  const startsBlock = (text: string) => [PHASE_LINE, ACTION_LINE, END_LINE, READ_MORE_LINE, BULLET].some((pattern) => pattern.test(text));
  for (const { text } of joinLines(
    lines.filter((line) => !titleLines.includes(line)),
    startsBlock,
  )) {
    const phase = PHASE_LINE.test(text) ? parsePhase(text) : undefined;
    const action = ACTION_LINE.exec(text);
    const end = END_LINE.exec(text);
    // "Lees verder op: https://…" points at a web page, not at a chapter: it stays text.
    const readMoreMatch = READ_MORE_LINE.exec(text);
    const readMore = readMoreMatch && !/^https?:\/\//.test(readMoreMatch[1] ?? "") ? readMoreMatch : null;
    if (phase) {
      step.phase = phase;
    } else if (action) {
      step.actions.push(action[1]!);
    } else if (end) {
      step.end = true;
      if (end[1]) step.endText = end[1];
    } else if (readMore) {
      readingReferences = true;
      if (readMore[1]) step.references.push(splitReference(readMore[1]));
    } else if (readingReferences && BULLET.test(text)) {
      step.references.push(splitReference(text.replace(BULLET, "")));
    } else if (LINKS_HEADING.test(text)) {
      // The heading above the external links; the links themselves come from their annotations.
      readingReferences = false;
    } else if (BULLET.test(text)) {
      if (!list) {
        list = [];
        step.body.push({ list });
      }
      list.push(text.replace(BULLET, ""));
      continue;
    } else {
      step.body.push({ paragraph: text });
      readingReferences = false;
    }
    list = undefined;
  }

  for (const link of page.links) {
    const label = labels.get(link);
    if (link.url) {
      step.links.push({ label: label ?? link.url, url: link.url });
    } else if (link.action === "PrevPage" || (label && BACK_BUTTON.test(label))) {
      // Back navigation is the browser's or the site's job, not an answer.
    } else if (link.action === "NextPage" || (link.targetPage === undefined && label && NEXT_BUTTON.test(label))) {
      step.targets.push({ ...(label ? { label } : {}), page: page.page + 1, next: true });
    } else if (link.targetPage !== undefined) {
      step.targets.push({ ...(label ? { label } : {}), page: link.targetPage });
    } else {
      note(`a link${label ? ` "${label}"` : ""} with an action the importer does not know (${link.action ?? "none"}) was skipped`);
    }
  }
  return step;
}

/** Two pages that show the same step: same title, text, buttons and links. */
const signature = (step: PageStep) =>
  JSON.stringify({ ...step, page: 0, targets: step.targets.map((target) => (target.next ? { ...target, page: 0 } : target)) });

/**
 * Turns the pages of a clickable tool into a flow: one step per page, options
 * from the links between pages, ids from titles. What it cannot place goes into
 * the notes with its page, for the maintainer to review. Pure.
 */
export function classifyTool(pages: readonly ToolPage[], title: string): { flow: ImportedFlow; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const read = pages.map((page) => readPage(page, notes));

  const sameAs = new Map<number, number>();
  const firstBySignature = new Map<string, number>();
  for (const step of read) {
    const first = firstBySignature.get(signature(step));
    if (first === undefined) firstBySignature.set(signature(step), step.page);
    else {
      sameAs.set(step.page, first);
      notes.push({ page: step.page, message: `repeats page ${first}; it was not imported as a step of its own` });
    }
  }
  const kept = read.filter((step) => !sameAs.has(step.page));

  const ids = new Map<number, string>();
  const used = new Set<string>();
  for (const step of kept) {
    ids.set(step.page, uniqueSlug(slugify(step.title) || `${PAGE_WORD}-${step.page}`, used));
  }

  const steps = kept.map(({ targets, ...step }): ImportedStep => {
    const options: ImportedStep["options"] = [];
    for (const target of targets) {
      const id = ids.get(sameAs.get(target.page) ?? target.page);
      if (!id) {
        notes.push({ page: step.page, message: `a link leads to page ${target.page}, which is not a step` });
        continue;
      }
      const label = target.label ?? unlabelledButton(target.page);
      if (!target.label) notes.push({ page: step.page, message: `a link to page ${target.page} has no label; it was named "${label}"` });
      if (!options.some((option) => option.to === id && option.label === label)) options.push({ label, to: id });
    }
    if (!options.length && !step.end) {
      notes.push({ page: step.page, message: "has no links to other pages and no 'Einde'; mark it as an end or add options" });
    }
    return { id: ids.get(step.page)!, ...step, options };
  });
  return { flow: { title, start: steps[0]?.id ?? "", steps }, notes };
}
