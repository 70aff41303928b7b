// Where the meaning lies in a content file: its text spans, each with its role and whether the editors wrote it,
// found by parsing (remark for Markdown, yaml for YAML), so that ids, anchors, URLs, HTML comments and keys are
// never taken for text. Every kind of mutation picks its places from here.
import type { Nodes, Parents, Root } from "mdast";
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import { parseMarkdown } from "../../../pipeline/markdown/parse.ts";

/**
 * What a text is: a step's title, an option's label, an inferred target's reason, other text of a step or a
 * summary, an action, an end note, a phase line, a reference, a link title, a table cell, a chapter heading,
 * or a YAML value (`key` says which).
 */
export type Role = "title" | "option" | "reason" | "text" | "action" | "end" | "phase" | "reference" | "link" | "cell" | "heading" | "yaml";

/** A run of text in a file, at offsets [start, end) of the file's text. */
export interface Span {
  start: number;
  end: number;
  text: string;
  role: Role;
  /** The editors' words: inside `:redactie[…]`, `:::redactie`, `:afgeleid[…]`, or an `editorial` YAML field. */
  editorial: boolean;
  /** The YAML key it is the value of ("explanation", "corrected"), with its parents' keys joined by dots. */
  key?: string;
}

/** A block whose sentences can be dropped: a paragraph, a list item of text, or an end note with its label. */
export interface Block {
  start: number;
  end: number;
  role: Role;
  editorial: boolean;
  /** A list item: dropped whole, with its line. */
  item: boolean;
}

/** An answer of a step: a list item that is one link to a step. */
export interface OptionPlace {
  step: string;
  label: string;
  /** The list item's lines, [start, end). */
  itemStart: number;
  itemEnd: number;
  /** The target id's place, without the `#`. */
  targetStart: number;
  targetEnd: number;
  target: string;
}

export interface TableCell {
  start: number;
  end: number;
  text: string;
  row: number;
  column: number;
}

export interface Outline {
  spans: Span[];
  blocks: Block[];
  options: OptionPlace[];
  /** Step ids, from `## Title {#id}` headings. */
  steps: string[];
  /** Each table's body cells (the header row is left out). */
  tables: TableCell[][];
}

/** Labels that start a paragraph (`**Fase:** …`) and the role of what follows them. */
const LABELS: Record<string, Role> = {
  fase: "phase",
  actie: "action",
  acties: "action",
  einde: "end",
  "lees verder": "reference",
  links: "link",
  tabel: "text",
};

/** YAML keys whose values are names, ids, paths or settings, never text whose meaning a reader takes in. */
const NOT_TEXT_KEYS = new Set([
  "id",
  "start",
  "step",
  "link",
  "url",
  "pdf",
  "markdown",
  "measure",
  "alias",
  "editorial",
  "editorialFields",
  "sectors",
  "date",
  "alsoSearch",
]);

const ID_SUFFIX = /\s*\{#([a-z0-9-]+)\}\s*$/;

const labelOf = (node: Nodes): string | undefined => {
  if (node.type !== "paragraph" || node.children[0]?.type !== "strong") return undefined;
  const strong = node.children[0];
  const words = strong.children.map((child) => (child.type === "text" ? child.value : "")).join("");
  const label = words.replace(/:\s*$/, "").trim().toLowerCase();
  return label in LABELS ? label : undefined;
};

const offsets = (node: Nodes) => [node.position!.start.offset!, node.position!.end.offset!] as const;

/** The list item's link to a step, when the item is an option: one link to `#id`, and at most a reason after it. */
function optionLink(item: Nodes) {
  if (item.type !== "listItem" || item.children.length !== 1 || item.children[0]!.type !== "paragraph") return undefined;
  const parts = item.children[0].children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const [link, ...rest] = parts;
  if (link?.type !== "link" || !link.url.startsWith("#")) return undefined;
  if (!rest.every((part) => part.type === "textDirective" && part.name === "afgeleid")) return undefined;
  return link;
}

/** The outline of a Markdown file; `flow` reads steps, options, actions and end notes as flow.md has them. */
export function markdownOutline(text: string, flow: boolean): Outline {
  const tree: Root = parseMarkdown(text);
  const outline: Outline = { spans: [], blocks: [], options: [], steps: [], tables: [] };
  let step = "";
  let listRole: Role | undefined;

  /** Every text node under `node`, with the role and editorial flag it inherits. */
  const visit = (node: Nodes, role: Role, editorial: boolean, skip?: Nodes) => {
    if (node === skip) return;
    if (node.type === "text") {
      const [start, end] = offsets(node);
      let last = end;
      if (role === "title" || role === "heading") {
        const suffix = ID_SUFFIX.exec(text.slice(start, end));
        if (suffix) last = start + suffix.index;
      }
      // A link whose text is its address (an autolink, a mail address) is an address, not text.
      if (last > start && text.slice(start, last).trim())
        outline.spans.push({ start, end: last, text: text.slice(start, last), role, editorial });
      return;
    }
    if (node.type === "link" && /^(https?:|mailto:)/.test(node.url)) {
      const words = node.children.map((child) => (child.type === "text" ? child.value : "")).join("");
      if (node.url.replace(/^mailto:/, "") === words || words.startsWith("http")) return;
    }
    if (node.type === "inlineCode" || node.type === "code" || node.type === "html" || node.type === "yaml") return;
    if (node.type === "definition" || node.type === "image") return;
    let inner = role;
    let marked = editorial;
    if (node.type === "textDirective" || node.type === "containerDirective" || node.type === "leafDirective") {
      if (node.name === "redactie") marked = true;
      if (node.name === "afgeleid") {
        marked = true;
        inner = "reason";
      }
    }
    if (node.type === "tableCell") inner = "cell";
    if (!("children" in node)) return;
    for (const child of (node as Parents).children) visit(child as Nodes, inner, marked, skip);
  };

  /** Paragraphs and text list items under `node`, as blocks whose sentences can be dropped. */
  const collectBlocks = (node: Nodes, role: Role, editorial: boolean) => {
    const marked = editorial || ((node.type === "containerDirective" || node.type === "textDirective") && node.name === "redactie");
    if (node.type === "paragraph") {
      const [start, end] = offsets(node);
      outline.blocks.push({ start, end, role, editorial: marked, item: false });
      return;
    }
    if (node.type === "listItem" && node.children.length === 1 && node.children[0]!.type === "paragraph") {
      const [start, end] = offsets(node);
      outline.blocks.push({ start, end, role, editorial: marked, item: true });
      return;
    }
    if (node.type === "table" || node.type === "heading") return;
    if ("children" in node) for (const child of (node as Parents).children) collectBlocks(child as Nodes, role, marked);
  };

  for (const node of tree.children) {
    if (node.type === "heading") {
      const [start, end] = offsets(node);
      const id = ID_SUFFIX.exec(text.slice(start, end))?.[1];
      if (flow && node.depth === 2 && id) {
        step = id;
        outline.steps.push(id);
      }
      listRole = undefined;
      visit(node, flow ? "title" : "heading", false);
      continue;
    }
    const label = labelOf(node);
    if (label) {
      const role = LABELS[label]!;
      const strong = node.type === "paragraph" ? node.children[0] : undefined;
      const rest = node.type === "paragraph" ? text.slice(strong!.position!.end.offset!, node.position!.end.offset!).trim() : "";
      // "**Acties:**" alone heads a list of actions; "**Einde:** text" is an end note in one paragraph.
      listRole = rest.replace(/^:/, "").trim() === "" ? role : undefined;
      visit(node, role, false, strong);
      if (flow && role === "end" && rest) {
        const [start, end] = offsets(node);
        outline.blocks.push({ start, end, role, editorial: false, item: false });
      }
      continue;
    }
    if (node.type === "list" && flow && step) {
      const links = node.children.map(optionLink);
      if (links.length && links.every(Boolean)) {
        node.children.forEach((item, index) => {
          const link = links[index]!;
          const [linkStart, linkEnd] = offsets(link);
          const raw = text.slice(linkStart, linkEnd);
          const at = raw.lastIndexOf(`(#${link.url.slice(1)}`);
          const [itemStart, itemEnd] = offsets(item);
          const lineStart = text.lastIndexOf("\n", itemStart - 1) + 1;
          const lineEnd = text.indexOf("\n", itemEnd);
          outline.options.push({
            step,
            label: text.slice(linkStart + 1, linkStart + raw.lastIndexOf("](")),
            itemStart: lineStart,
            itemEnd: lineEnd === -1 ? text.length : lineEnd + 1,
            targetStart: linkStart + at + 2,
            targetEnd: linkStart + at + 1 + link.url.length,
            target: link.url.slice(1),
          });
          visit(item, "option", false);
        });
        listRole = undefined;
        continue;
      }
    }
    const role = node.type === "list" && listRole ? listRole : "text";
    listRole = undefined;
    if (node.type === "table") {
      outline.tables.push(
        node.children.slice(1).flatMap((row, rowIndex) =>
          row.children.flatMap((cell, column) => {
            const first = cell.children[0];
            const last = cell.children.at(-1);
            if (!first || !last) return [];
            const start = first.position!.start.offset!;
            const end = last.position!.end.offset!;
            return [{ start, end, text: text.slice(start, end), row: rowIndex, column }];
          }),
        ),
      );
    }
    visit(node, role, false);
    collectBlocks(node, role, false);
  }
  return outline;
}

/** The text values of a YAML text, with their keys; `offset` is where the YAML text starts in the file. */
export function yamlSpans(yaml: string, offset: number, editorialKeys: (path: string) => boolean = () => false): Span[] {
  const spans: Span[] = [];
  const walk = (node: unknown, path: string, editorial: boolean) => {
    if (isMap(node)) {
      // A phase's `editorial: true` or `[explanation]` marks its fields as the editors'.
      const marks = node.get("editorial");
      const markedAll = marks === true;
      const marked = isSeq(marks) ? marks.items.map((item) => (isScalar(item) ? String(item.value) : "")) : [];
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : "";
        if (NOT_TEXT_KEYS.has(key)) continue;
        walk(pair.value, path ? `${path}.${key}` : key, editorial || markedAll || marked.includes(key) || editorialKeys(key));
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, path, editorial);
    } else if (isScalar(node) && node.range && (typeof node.value === "string" || typeof node.value === "number")) {
      const [start, end] = node.range;
      spans.push({
        start: offset + start,
        end: offset + end,
        text: yaml.slice(start, end),
        role: "yaml",
        editorial,
        key: path,
      });
    }
  };
  walk(parseDocument(yaml).contents, "", false);
  return spans;
}

/** A Markdown file's frontmatter: its YAML text and where that starts in the file. */
export function frontmatter(text: string): { yaml: string; offset: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  return match ? { yaml: match[1]!, offset: match[0].indexOf(match[1]!) } : undefined;
}
