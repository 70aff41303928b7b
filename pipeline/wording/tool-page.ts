/**
 * How a clickable tool PDF words its pages: the lines that carry a phase, an
 * action, a reference or the end, and the captions of its buttons. Built from
 * the same label words as our Markdown, so the importer and the reader agree.
 */
import { labelPattern } from "./labels.ts";
import { PHASE_WORD } from "./phase.ts";

/** A line that names its phase: "Fase 2, looptijd 2 weken" (`parsePhase` reads it). */
export const PHASE_LINE = new RegExp(String.raw`^${PHASE_WORD}\s+\d`, "i");
/** "Actie: …", "Actie 1: …": the action is the rest of the line. */
export const ACTION_LINE = new RegExp(String.raw`^(?:${labelPattern("actions")})(?:\s+\d+)?\s*:\s*(.*)$`, "i");
/** "Einde", "Einde: Je bent nu klaar."; the rest is the closing text. */
export const END_LINE = new RegExp(String.raw`^(?:${labelPattern("end")})\b\s*[:.]?\s*(.*)$`, "i");
/** "Lees verder in: …", "Wil je meer lezen over X? Lees verder in de …": only at the start of a line. */
export const READ_MORE_LINE = new RegExp(
  String.raw`^(?:(?:wil je )?meer lezen\b[^?]*\?\s*)?(?:${labelPattern("references")})(?:\s+(?:in|op))?(?:\s+(?:de|het))?\s*:?\s*(.*)$`,
  "i",
);
/** "Links:" on a line of its own: the heading above the external links. */
export const LINKS_HEADING = new RegExp(`^(?:${labelPattern("links")}):?$`, "i");
/** A bulleted line: "• …", "- …", "– …". */
export const BULLET = /^[•\-–]\s*/;

/** Button captions that go back: back navigation is the browser's or the site's job, not an answer. */
export const BACK_BUTTON = /^(vorige( pagina| stap)?|terug)$/i;
/** Button captions that go to the next page. */
export const NEXT_BUTTON = /^volgende( stap)?$/i;

/** The word for a page of the tool, in step ids and notes for the maintainer ("pagina 3"). */
export const PAGE_WORD = "pagina";
/** The label given to a button without a caption. */
export const unlabelledButton = (page: number) => `Naar ${PAGE_WORD} ${page}`;
