import type { BlockContent, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { stringify } from "yaml";
import { writtenLabel, type LabelKind } from "../wording/labels.ts";
import { formatPhase } from "../wording/phase.ts";
import { joinReference } from "../wording/references.ts";
import { PAGE_WORD } from "../wording/tool-page.ts";
import type { ImportedFlow, ImportedStep } from "./types.ts";

declare module "mdast" {
  interface ListData {
    /**
     * The bullet to write the list with. Our flow format tells text lists (`*`)
     * from options and labelled lists (`-`), so that a text list right above the
     * options cannot merge with them.
     */
    bullet?: "*" | "-";
  }
}

const text = (value: string): PhrasingContent => ({ type: "text", value });

/** A web address in running text, without the punctuation that ends its sentence. */
const WEB_ADDRESS = /https?:\/\/[^\s<>]*[^\s<>.,:;!?"')\]]/g;

/**
 * Running text of a tool page, its web addresses as links: the PDF shows them
 * as addresses to follow, and the site should too. Everything else stays text
 * (the serialiser escapes what Markdown would read as markup).
 */
function prose(value: string): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let at = 0;
  for (const match of value.matchAll(WEB_ADDRESS)) {
    if (match.index > at) parts.push(text(value.slice(at, match.index)));
    parts.push({ type: "link", url: match[0], children: [text(match[0])] });
    at = match.index + match[0].length;
  }
  if (at < value.length) parts.push(text(value.slice(at)));
  return parts;
}

const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: "paragraph", children });
const item = (...children: PhrasingContent[]): ListItem => ({ type: "listItem", spread: false, children: [paragraph(...children)] });

function list(items: ListItem[], options: { ordered?: boolean; bullet?: "*" | "-" } = {}): List {
  return {
    type: "list",
    ordered: options.ordered ?? false,
    spread: false,
    children: items,
    ...(options.bullet ? { data: { bullet: options.bullet } } : {}),
  };
}

const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });

/** `**Fase:** 2 · looptijd 2 weken`; without content `**Acties:**`, for the list below it. */
const labelled = (kind: LabelKind, content: PhrasingContent[] = [], count = 1): Paragraph =>
  paragraph(strong(`${writtenLabel(kind, count)}:`), ...(content.length ? [text(" "), ...content] : []));

/** A label with its list right below it. */
const labelledList = (kind: LabelKind, items: ListItem[]): RootContent[] => [
  labelled(kind, [], items.length),
  list(items, { bullet: "-" }),
];

/** The step's text: paragraphs, and text lists that Markdown would merge anyway joined into one. */
function body(step: ImportedStep): BlockContent[] {
  const blocks: BlockContent[] = [];
  for (const block of step.body) {
    const last = blocks.at(-1);
    if ("paragraph" in block) blocks.push(paragraph(...prose(block.paragraph)));
    else if (last?.type === "list") last.children.push(...block.list.map((entry) => item(...prose(entry))));
    else
      blocks.push(
        list(
          block.list.map((entry) => item(...prose(entry))),
          { bullet: "*" },
        ),
      );
  }
  return blocks;
}

function stepNodes(step: ImportedStep): RootContent[] {
  const nodes: RootContent[] = [
    { type: "heading", depth: 2, children: [text(`${step.title} {#${step.id}}`)] },
    { type: "html", value: `<!-- ${PAGE_WORD} ${step.page} -->` },
    ...body(step),
  ];
  if (step.phase) nodes.push(labelled("phase", [text(formatPhase(step.phase))]));
  if (step.actions.length === 1) nodes.push(labelled("actions", prose(step.actions[0]!)));
  if (step.actions.length > 1)
    nodes.push(
      labelled("actions", [], 2),
      list(
        step.actions.map((action) => item(...prose(action))),
        { ordered: true },
      ),
    );
  if (step.options.length) {
    nodes.push(
      list(
        step.options.map((option) => item({ type: "link", url: `#${option.to}`, children: [text(option.label)] })),
        { bullet: "-" },
      ),
    );
  }
  if (step.references.length)
    nodes.push(
      ...labelledList(
        "references",
        step.references.map((reference) => item(text(joinReference(reference)))),
      ),
    );
  if (step.links.length)
    nodes.push(
      ...labelledList(
        "links",
        step.links.map((link) => item({ type: "link", url: link.url, children: [text(link.label)] })),
      ),
    );
  // Where the source has no closing text, the end marker stands alone: `**Einde**`.
  if (step.end) nodes.push(step.endText ? labelled("end", prose(step.endText)) : paragraph(strong(writtenLabel("end"))));
  return nodes;
}

/** An imported flow as the syntax tree of our Markdown flow format, with a note on where it came from. */
export function flowTree(flow: ImportedFlow, source: string): Root {
  // Every phase the steps name, by name only: a maintainer adds each one's title and reference from the routebook.
  const phases = [...new Set(flow.steps.flatMap((step) => step.phase?.name ?? []))].map((name) => ({ name }));
  return {
    type: "root",
    children: [
      { type: "yaml", value: stringify({ title: flow.title, start: flow.start, ...(phases.length ? { phases } : {}) }).trimEnd() },
      { type: "html", value: `<!-- Imported from ${source} by routeboek import-tool. Review every step before publishing. -->` },
      ...flow.steps.flatMap(stepNodes),
    ],
  };
}
