/**
 * The labels that give text its meaning in a step: "Fase", "Actie(s)", "Lees
 * verder", "Link(s)", "Einde". Our Markdown sets them in bold (`**Fase:** 2`),
 * a tool PDF starts a line with them ("Actie 1: …"); both readers and the
 * writer take the words from here.
 */
import { PHASE_WORD } from "./phase.ts";

/** Each label word, lower case, and what it introduces. */
export const LABELS = {
  [PHASE_WORD]: "phase",
  actie: "actions",
  acties: "actions",
  "lees verder": "references",
  link: "links",
  links: "links",
  einde: "end",
} as const;

export type LabelWord = keyof typeof LABELS;
export type LabelKind = (typeof LABELS)[LabelWord];

/** The kind a label word introduces, or undefined for other text: "Lees verder" → "references". */
export function labelKind(word: string): LabelKind | undefined {
  const name = word.toLowerCase().replace(/\s+/g, " ").trim();
  return Object.hasOwn(LABELS, name) ? LABELS[name as LabelWord] : undefined;
}

/** The label words of a kind, as a regular-expression alternative: "actions" → "actie|acties". */
export function labelPattern(kind: LabelKind): string {
  return (Object.keys(LABELS) as LabelWord[])
    .filter((word) => LABELS[word] === kind)
    .map((word) => word.replace(/ /g, String.raw`\s+`))
    .join("|");
}

/** How the writer labels a kind, singular or plural where the reader knows both: "Acties". */
const WRITTEN: Record<LabelKind, [one: LabelWord, more: LabelWord]> = {
  phase: [PHASE_WORD, PHASE_WORD],
  actions: ["actie", "acties"],
  references: ["lees verder", "lees verder"],
  links: ["links", "links"],
  end: ["einde", "einde"],
};

/** The label as written, capitalised: writtenLabel("actions", 2) → "Acties". */
export function writtenLabel(kind: LabelKind, count = 1): string {
  const word = WRITTEN[kind][count === 1 ? 0 : 1];
  return word.charAt(0).toUpperCase() + word.slice(1);
}
