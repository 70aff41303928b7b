import type { Heading, List, Link as MdLink, Node, Paragraph, RootContent } from "mdast";
import { inlineText, startOf } from "../markdown/inline.ts";
import type { Problem } from "../problems.ts";
import { slugify } from "../slug.ts";
import type { Block, Link, Option, Reference, Step } from "../schema/step.ts";
import { readLabel, type LabelKind } from "./labels.ts";
import { parsePhase, splitReference } from "./notation.ts";

const HEADING_ID = /\s*\{#([^}]*)\}\s*$/;

/** Reads one step: its `##` heading and the nodes up to the next one. */
export function readStep(heading: Heading, nodes: RootContent[], file: string): { step: Step; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (node: Node, message: string, hint: string) => problems.push({ file, ...startOf(node), message, hint });

  const headingText = inlineText(heading);
  const idMatch = HEADING_ID.exec(headingText);
  const title = headingText.replace(HEADING_ID, "").trim();
  if (!idMatch) {
    report(heading, `step "${title}" has no id`, `end the heading with a stable id: \`## ${title} {#${slugify(title)}}\``);
  }
  // Built before validation: the schema checks it afterwards, with the places kept for messages.
  const step: Step = {
    id: idMatch ? idMatch[1]! : slugify(title),
    title,
    body: [],
    actions: [],
    references: [],
    links: [],
    options: [],
    end: false,
    place: startOf(heading),
  };

  const takeLabelled = (kind: LabelKind, text: string, at: Node, links: MdLink[]) => {
    if (links.length && (kind === "actions" || kind === "references")) {
      report(
        at,
        `a link inside ${kind === "actions" ? "an action" : "a reference"} is not shown as a link`,
        "are these options? A `-` list right below a `-` list merges with it: number the actions (`1.`), or move the link to `**Links:**`",
      );
    }
    switch (kind) {
      case "phase": {
        const phase = parsePhase(text);
        if (phase) step.phase = { ...phase, place: startOf(at) };
        else report(at, `cannot read the phase "${text}"`, "write it as `**Fase:** 2 · looptijd 2 weken` (or `**Fase:** 3a`)");
        break;
      }
      case "actions":
        step.actions.push(text);
        break;
      case "references":
        step.references.push(readReference(text, at));
        break;
      case "links":
        if (links.length === 0) report(at, `"${text}" is not a link`, "write links as `[Titel](https://…)`");
        step.links.push(...links.map(toLink));
        break;
      case "end":
        step.end = true;
        if (text) step.endText = text;
        break;
    }
  };

  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type === "paragraph") {
      const label = readLabel(node);
      if (!label) {
        if (linksIn(node).length) {
          report(node, "a link in running text is not shown as a link", "move it to the step's `**Links:**` list");
        }
        step.body.push({ paragraph: inlineText(node) });
        continue;
      }
      const rest: Paragraph = { type: "paragraph", children: label.rest };
      const text = inlineText(rest);
      if (text || label.kind === "end") {
        takeLabelled(label.kind, text, node, linksIn(rest));
        continue;
      }
      const list = nodes[index + 1];
      if (list?.type !== "list") {
        report(node, "this label has no content", "put the content after the colon, or as a list right below it");
        continue;
      }
      index++;
      for (const item of list.children) takeLabelled(label.kind, inlineText(item), item, linksIn(item));
    } else if (node.type === "list") {
      readList(node, step, report);
    } else if (node.type !== "html") {
      // HTML comments are allowed as notes for maintainers; anything else has no place in a step.
      report(node, `a ${node.type} is not part of the flow format`, "use paragraphs, lists and the labels in the README");
    }
  }
  return { step, problems };

}

function readReference(text: string, at: Node): Reference {
  return { ...splitReference(text), place: startOf(at) };
}

function toLink(link: MdLink): Link {
  return { label: inlineText(link) || link.url, url: link.url, place: startOf(link) };
}

function linksIn(node: Node): MdLink[] {
  const found: MdLink[] = [];
  const visit = (current: unknown) => {
    const typed = current as { type?: string; children?: unknown[] };
    if (typed.type === "link") found.push(current as MdLink);
    typed.children?.forEach(visit);
  };
  visit(node);
  return found;
}

/** An unlabelled list: options when it links to steps (`#id`), otherwise body text. */
function readList(list: List, step: Step, report: (node: Node, message: string, hint: string) => void): void {
  const items = list.children;
  const isOptions = items.some((item) => linksIn(item).some((link) => link.url.startsWith("#")));
  if (!isOptions) {
    for (const item of items) {
      if (linksIn(item).length) report(item, "a link in a text list is not shown as a link", "move it to the step's `**Links:**` list");
    }
    const block: Block = { list: items.map(inlineText) };
    step.body.push(block);
    return;
  }
  for (const item of items) {
    const links = linksIn(item);
    const link = links[0];
    const onlyLink = links.length === 1 && inlineText(item) === inlineText(link!);
    if (!link || !onlyLink || !link.url.startsWith("#")) {
      report(
        item,
        "an option must be exactly one link to a step",
        "write it as `- [Antwoord](#step-id)`; a text list right above the options merges with them in Markdown, so bullet it with `*` instead of `-`",
      );
      continue;
    }
    const option: Option = { label: inlineText(link), to: link.url.slice(1), place: startOf(link) };
    step.options.push(option);
  }
}
