import type { Paragraph, PhrasingContent } from "mdast";
import { inlineText } from "../markdown/inline.ts";
import { labelKind, type LabelKind } from "../wording/labels.ts";

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
  const label = inlineText(first);
  const kind = labelKind(label.replace(/:$/, ""));
  if (!kind) return undefined;
  const next = rest[0];
  if (!label.endsWith(":") && next?.type === "text" && next.value.startsWith(":")) {
    rest[0] = { ...next, value: next.value.slice(1) };
  } else if (!label.endsWith(":") && kind !== "end") {
    return undefined;
  }
  return { kind, rest: rest.filter((node) => !(node.type === "text" && !node.value.trim())) };
}
