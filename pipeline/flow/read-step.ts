import type { Heading, List, ListItem, Link as MdLink, Node, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { TextDirective } from "mdast-util-directive";
import { EXIT, visit } from "unist-util-visit";
import { inlineText, startOf } from "../markdown/inline.ts";
import type { Problem } from "../problems/problems.ts";
import { createRichReader, EDITORIAL, type RichReader } from "../rich/read.ts";
import { blockTexts, inlineToText } from "../rich/text.ts";
import type { Block } from "../schema/rich.ts";
import type { Link, Option, Reference, Step } from "../schema/step.ts";
import { slugify } from "../ids/slug.ts";
import type { LabelKind } from "../wording/labels.ts";
import { readLabel } from "./labels.ts";
import { MAX_DURATION_LABEL, parseDuration, tooLong } from "../../shared/phases/duration.ts";
import { parsePhase } from "../wording/phase.ts";
import { splitReference } from "../wording/references.ts";

const HEADING_ID = /\s*\{#([^}]*)\}\s*$/;
/** The marker after an option whose target the source does not show: `:afgeleid[why]`. */
export const INFERRED = "afgeleid";

type Report = (node: Node, message: string, hint: string) => void;

/** Reads one step: its `##` heading and the nodes up to the next one. */
export function readStep(heading: Heading, nodes: RootContent[], file: string): { step: Step; problems: Problem[] } {
  const problems: Problem[] = [];
  const report: Report = (node, message, hint) => problems.push({ file, ...startOf(node), message, hint });
  const rich = createRichReader(file, problems, { reserved: [INFERRED] });
  rich.define(nodes);

  const { title, editorial, id } = readHeading(heading, report);
  // Built before validation: the schema checks it afterwards, with the places kept for messages.
  const step: Step = {
    id: id ?? slugify(title),
    title,
    editorialTitle: editorial,
    body: [],
    footnotes: [],
    actions: [],
    references: [],
    links: [],
    options: [],
    end: false,
    place: startOf(heading),
  };

  const addActions = (items: Block[][], ordered: boolean) => {
    const last = step.body.at(-1);
    if (last?.type === "actions") last.items.push(...items);
    else step.body.push({ type: "actions", ordered, items });
    step.actions.push(...items.map((item) => blockTexts(item).join(" ")).filter(Boolean));
  };

  const takeLabelled = (kind: LabelKind, content: PhrasingContent[], at: Node) => {
    const text = inlineText({ type: "paragraph", children: content } as Paragraph);
    if ((kind === "references" || kind === "links" || kind === "phase") && hasMarker(content)) {
      // These are shown as plain citations and link titles: a marker there would silently lose its meaning.
      report(
        at,
        `a marker like :${EDITORIAL}[…] cannot stand in ${kind === "links" ? "a link" : kind === "phase" ? "the phase" : "a reference"}`,
        "cite the source as it stands; put an explanation of ours in a :::redactie block",
      );
    }
    if (kind === "references" || kind === "phase") {
      const links = linksIn(content);
      if (links.length)
        report(
          at,
          `a link inside ${kind === "references" ? "a reference" : "the phase"} is not shown as a link`,
          "move the link to `**Links:**`",
        );
    }
    switch (kind) {
      case "phase": {
        const phase = parsePhase(text);
        const duration = phase?.duration ? parseDuration(phase.duration) : undefined;
        if (duration && tooLong(duration)) {
          const message = `the phase lasts "${phase!.duration}", longer than a phase may (${MAX_DURATION_LABEL})`;
          report(at, message, "check the number: the timeline cannot compute dates with it");
        }
        if (phase) step.phase = { ...phase, place: startOf(at) };
        else report(at, `cannot read the phase "${text}"`, "write it as `**Fase:** 2 · looptijd 2 weken` (or `**Fase:** 3a`)");
        break;
      }
      case "actions":
        addActions([[{ type: "paragraph", children: rich.inlines(content) }]], false);
        break;
      case "references":
        step.references.push(readReference(text, at));
        break;
      case "links": {
        const links = linksIn(content);
        if (links.length === 0) report(at, `"${text}" is not a link`, "write links as `[Titel](https://…)`");
        step.links.push(...links.map(toLink));
        break;
      }
      case "end": {
        if (step.end) report(at, "a step has one end note", "keep one `**Einde:** …` per step");
        step.end = true;
        const children = rich.inlines(content);
        step.body.push({ type: "end", children });
        const plain = inlineToText(children);
        if (plain) step.endText = plain;
        break;
      }
    }
  };

  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type === "paragraph") {
      const label = readLabel(node);
      if (!label) {
        step.body.push(...rich.blocks([node]));
        continue;
      }
      if (label.rest.length || label.kind === "end") {
        takeLabelled(label.kind, label.rest, node);
        continue;
      }
      const list = nodes[index + 1];
      if (list?.type !== "list") {
        report(node, "this label has no content", "put the content after the colon, or as a list right below it");
        continue;
      }
      index++;
      if (label.kind === "actions") {
        const optionLike = list.children.find((item) => optionParts(item).link && !optionParts(item).extra.length);
        if (optionLike) {
          report(
            optionLike,
            "an action that is only a link to a step looks like an option",
            "a `-` list right below a `-` list merges with it in Markdown: number the actions (`1.`), or put a line of text between them",
          );
        }
        addActions(
          list.children.map((item) => rich.blocks(item.children)),
          list.ordered === true,
        );
      } else {
        for (const item of list.children) takeLabelled(label.kind, itemPhrasing(item, report), item);
      }
    } else if (node.type === "list" && isOptionList(node)) {
      readOptions(node, step, rich, report);
    } else if (node.type === "heading") {
      report(
        node,
        `a level-${node.depth} heading is not part of the flow format`,
        "start each step with a level-2 heading: `## Question? {#step-id}`",
      );
    } else {
      step.body.push(...rich.blocks([node]));
    }
  }
  step.footnotes = rich.footnotes();
  return { step, problems };
}

/** `## Title {#id}` or `## :redactie[Title] {#id}`: the title, whether it is ours, and the id. */
function readHeading(heading: Heading, report: Report): { title: string; editorial: boolean; id?: string } {
  const headingText = inlineText(heading);
  const idMatch = HEADING_ID.exec(headingText);
  const title = headingText.replace(HEADING_ID, "").trim();
  if (!idMatch) {
    report(heading, `step "${title}" has no id`, `end the heading with a stable id: \`## ${title} {#${slugify(title)}}\``);
  }
  const parts = heading.children.filter(
    (child) => !(child.type === "text" && HEADING_ID.test(child.value) && !child.value.replace(HEADING_ID, "").trim()),
  );
  const directives = parts.filter((child): child is TextDirective => child.type === "textDirective" && child.name === EDITORIAL);
  const editorial = directives.length === 1 && parts.length === 1;
  if (directives.length && !editorial) {
    report(
      heading,
      "only part of the title is marked as ours",
      `a title is the source's or ours: wrap all of it, \`## :${EDITORIAL}[${title}] {#…}\``,
    );
  }
  const other = parts.find((child) => child.type === "textDirective" && child.name !== EDITORIAL);
  if (other) report(other, "a title can only be marked with :redactie[…]", "remove the other marker");
  return { title, editorial, ...(idMatch ? { id: idMatch[1]! } : {}) };
}

function readReference(text: string, at: Node): Reference {
  return { ...splitReference(text), place: startOf(at) };
}

function toLink(link: MdLink): Link {
  return { label: inlineText(link) || link.url, url: link.url, place: startOf(link) };
}

/** Inline content as a tree of its own, for unist-util-visit. */
const asParagraph = (content: PhrasingContent[]): Paragraph => ({ type: "paragraph", children: content });

/** Every link in inline Markdown, however deep (inside emphasis, say). */
function linksIn(content: PhrasingContent[]): MdLink[] {
  const found: MdLink[] = [];
  visit(asParagraph(content), "link", (link) => {
    found.push(link);
  });
  return found;
}

/** Whether inline Markdown holds a directive (`:redactie[…]`, `:afgeleid[…]`) somewhere. */
function hasMarker(content: PhrasingContent[]): boolean {
  let found = false;
  visit(asParagraph(content), "textDirective", () => {
    found = true;
    return EXIT;
  });
  return found;
}

/** The inline content of a one-paragraph list item (a reference or a link under its label). */
function itemPhrasing(item: ListItem, report: Report): PhrasingContent[] {
  const [first, ...rest] = item.children;
  if (rest.length || first?.type !== "paragraph")
    report(item, "this item holds more than one line of text", "write one reference or link per item");
  return first?.type === "paragraph" ? first.children : [];
}

/** The parts of an option item: its link, and an optional `:afgeleid[why]` after it. */
function optionParts(item: ListItem): { link?: MdLink; inferred?: TextDirective; extra: PhrasingContent[] } {
  const paragraph = item.children.length === 1 && item.children[0]?.type === "paragraph" ? item.children[0] : undefined;
  if (!paragraph) return { extra: [] };
  const parts = paragraph.children.filter((child) => !(child.type === "text" && !child.value.trim()));
  const link = parts[0]?.type === "link" && parts[0].url.startsWith("#") ? parts[0] : undefined;
  const inferred = parts[1]?.type === "textDirective" && parts[1].name === INFERRED ? parts[1] : undefined;
  return { link, inferred, extra: parts.slice((link ? 1 : 0) + (inferred ? 1 : 0)) };
}

/** A list is the step's options when one of its items is nothing but a link to a step. */
function isOptionList(list: List): boolean {
  return list.children.some((item) => {
    const parts = optionParts(item);
    return parts.link !== undefined && parts.extra.length === 0;
  });
}

function readOptions(list: List, step: Step, rich: RichReader, report: Report): void {
  if (step.body.some((block) => block.type === "options")) {
    report(list, "a step has one list of options", "put all options of the step in one list");
  } else {
    step.body.push({ type: "options" });
  }
  for (const item of list.children) {
    const { link, inferred, extra } = optionParts(item);
    if (!link || extra.length) {
      report(
        item,
        "an option must be exactly one link to a step",
        "write it as `- [Antwoord](#step-id)`, maybe followed by `:afgeleid[why]`; a text list right above the options merges with them in Markdown, so bullet it with `*` instead of `-`",
      );
      continue;
    }
    if (link.children.some((child) => child.type !== "text" && !(child.type === "textDirective" && child.name === EDITORIAL))) {
      report(link, "an option's label is plain text", "remove links, footnotes and emphasis from the label; put them in the step's text");
    }
    const label = rich.inlines(link.children);
    const editorialLabel = label.length === 1 && label[0]!.type === "editorial";
    if (!editorialLabel && inlineToText(label, "editorial")) {
      report(
        link,
        "only part of the option's label is marked as ours",
        `a label is the source's or ours: wrap all of it, \`[:${EDITORIAL}[…]](#step)\``,
      );
    }
    const reason = inferred ? inlineText(inferred) : "";
    if (inferred && !reason) report(inferred, "an inferred target needs a reason", "say why: `:afgeleid[de bron toont geen doel; …]`");
    const option: Option = {
      label: inlineToText(label),
      to: link.url.slice(1),
      ...(editorialLabel ? { editorialLabel: true } : {}),
      ...(reason ? { inferred: { reason } } : {}),
      place: startOf(link),
    };
    step.options.push(option);
  }
}
