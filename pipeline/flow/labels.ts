import type { Paragraph, PhrasingContent } from "mdast";
import { inlineText } from "../markdown/inline.ts";

/** The bold labels that give a paragraph (and the list below it) its meaning in a step. */
export const LABELS = {
  fase: "phase",
  actie: "actions",
  acties: "actions",
  "lees verder": "references",
  link: "links",
  links: "links",
  einde: "end",
} as const;

export type LabelKind = (typeof LABELS)[keyof typeof LABELS];

export interface LabelledParagraph {
  kind: LabelKind;
  /** The inline content after the label; empty when the content is the list below. */
  rest: PhrasingContent[];
}

/**
 * Recognises `**Fase:** 2 · looptijd 2 weken` and its kin. The colon may sit
 * inside or just after the bold text; `**Einde**` needs none.
 */
export function readLabel(paragraph: Paragraph): LabelledParagraph | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== "strong") return undefined;
  const label = inlineText(first).toLowerCase();
  const name = label.replace(/:$/, "").trim();
  if (!(name in LABELS)) return undefined;
  const kind = LABELS[name as keyof typeof LABELS];
  const next = rest[0];
  if (!label.endsWith(":") && next?.type === "text" && next.value.startsWith(":")) {
    rest[0] = { ...next, value: next.value.slice(1) };
  } else if (!label.endsWith(":") && kind !== "end") {
    return undefined;
  }
  return { kind, rest: rest.filter((node) => !(node.type === "text" && !node.value.trim())) };
}
