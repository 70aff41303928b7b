import type { FootnoteDefinition, Node, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { ContainerDirective, TextDirective } from "mdast-util-directive";
import { inlineText, startOf } from "../markdown/inline.ts";
import type { Problem } from "../problems/problems.ts";
import { NOTICE_KINDS, type Block, type Footnote, type Inline, type NoticeKind } from "../schema/rich.ts";

/** Link targets inside the routebook: `#step-or-anchor`, `stap:<id>`, `<bron:Alias, Hoofdstuk 2>`, `pagina:<name>`. */
const INTERNAL_LINK = /^(#|stap:|bron:|pagina:)/;
const EXTERNAL_LINK = /^(https?:\/\/|mailto:)/;
/** The inline directive that marks words as ours. */
export const EDITORIAL = "redactie";
const NO_HTML = ["HTML is not allowed in the content", "write it in Markdown; only comments `<!-- … -->` are allowed, as notes"] as const;
/** A bracket footnote call that found no definition stays as text. */
const ORPHAN_FOOTNOTE = /\[\^([^\]\s]+)\]/;

export interface RichReaderOptions {
  /** Gives a heading its anchor; without it, headings are not part of the format (flows). */
  anchorFor?: (title: string, depth: number) => string;
  /** Text directives the caller reads itself (e.g. `:afgeleid` on options); elsewhere they are a problem. */
  reserved?: readonly string[];
}

export interface RichReader {
  /** Registers the footnote definitions among these nodes, so calls before them resolve. */
  define(nodes: readonly RootContent[]): void;
  blocks(nodes: readonly RootContent[]): Block[];
  inlines(nodes: readonly PhrasingContent[]): Inline[];
  /** The footnotes called so far, in number order; definitions never called are reported. */
  footnotes(): Footnote[];
}

/**
 * Turns Markdown (CommonMark + GFM tables and footnotes + directives) into the
 * site's rich blocks. Pure apart from the problems it appends: each names the
 * file and line:column and says what to write instead.
 */
export function createRichReader(file: string, problems: Problem[], options: RichReaderOptions = {}): RichReader {
  const report = (node: Node, message: string, hint: string) => problems.push({ file, ...startOf(node), message, hint });
  const definitions = new Map<string, FootnoteDefinition>();
  const numbers = new Map<string, number>();
  const footnoteBlocks = new Map<string, Block[]>();

  const collectDefinitions = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== "footnoteDefinition") continue;
      if (definitions.get(node.identifier) === node) continue;
      if (definitions.has(node.identifier))
        report(node, `footnote [^${node.label ?? node.identifier}] is defined twice`, "give each footnote its own label");
      else definitions.set(node.identifier, node);
    }
  };

  function inlines(nodes: readonly PhrasingContent[]): Inline[] {
    const out: Inline[] = [];
    const pushText = (value: string) => {
      const last = out.at(-1);
      if (last?.type === "text") last.value += value;
      else out.push({ type: "text", value });
    };
    for (const node of nodes) {
      switch (node.type) {
        case "text": {
          const orphan = ORPHAN_FOOTNOTE.exec(node.value);
          if (orphan) {
            const before = node.value.slice(0, orphan.index).split("\n");
            const start = startOf(node);
            const line = start.line + before.length - 1;
            const column = (before.length === 1 ? start.column : 1) + before.at(-1)!.length;
            problems.push({
              file,
              line,
              column,
              message: `footnote [^${orphan[1]}] has no text`,
              hint: `add a line \`[^${orphan[1]}]: …\` below the paragraph`,
            });
          }
          pushText(node.value);
          break;
        }
        case "inlineCode":
          pushText(node.value);
          break;
        case "break":
          out.push({ type: "break" });
          break;
        case "emphasis":
        case "strong":
          out.push({ type: node.type, children: inlines(node.children) });
          break;
        case "link":
          if (INTERNAL_LINK.test(node.url)) {
            out.push({ type: "internalLink", href: node.url, children: inlines(node.children), ...startOf(node) });
          } else if (EXTERNAL_LINK.test(node.url)) {
            out.push({ type: "link", url: node.url, children: inlines(node.children), ...startOf(node) });
          } else {
            report(
              node,
              `the link "${node.url}" is neither a web address nor a place in this routebook`,
              "use https://…, mailto:…, #step-id, stap:<step-id>, <bron:Document, Hoofdstuk N> or pagina:<page>",
            );
            out.push(...inlines(node.children));
          }
          break;
        case "footnoteReference": {
          const definition = definitions.get(node.identifier);
          if (!definition) {
            report(
              node,
              `footnote [^${node.label ?? node.identifier}] has no text`,
              "add its text as `[^label]: …` in the same step or chapter",
            );
            break;
          }
          let number = numbers.get(node.identifier);
          const repeated = number !== undefined;
          if (number === undefined) {
            number = numbers.size + 1;
            numbers.set(node.identifier, number);
            footnoteBlocks.set(node.identifier, blocks(definition.children));
          }
          out.push({ type: "footnoteReference", label: node.label ?? node.identifier, number, ...(repeated ? { repeated: true } : {}) });
          break;
        }
        case "textDirective":
          out.push(...directive(node, pushText));
          break;
        case "html":
          // A closing tag belongs to an opening one, reported already.
          if (!node.value.startsWith("<!--") && !node.value.startsWith("</")) report(node, ...NO_HTML);
          break;
        default:
          report(node, `${describe(node.type)} is not part of the content format`, "use text, emphasis, links and footnotes");
      }
    }
    return out;
  }

  /** `:redactie[…]` is ours; an unknown `:word` without brackets was a colon in running text ("10:30"), so it stays text. */
  function directive(node: TextDirective, pushText: (value: string) => void): Inline[] {
    if (node.name === EDITORIAL) {
      // An empty marker would publish a bare "redactie" tag that marks nothing.
      if (!inlineText(node).trim()) report(node, `:${EDITORIAL}[] is empty`, `put our own words inside the brackets, or remove the marker`);
      return [{ type: "editorial", children: inlines(node.children) }];
    }
    const bare = node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0;
    if (bare && !options.reserved?.includes(node.name)) {
      pushText(`:${node.name}`);
      return [];
    }
    report(
      node,
      options.reserved?.includes(node.name) ? `:${node.name}[…] does not belong here` : `unknown marker :${node.name}[…]`,
      options.reserved?.includes(node.name)
        ? "it belongs right after an option's link: `- [Label](#step) :afgeleid[why]`"
        : `mark our own words with :${EDITORIAL}[…]; write \\: to keep a colon before a word`,
    );
    return inlines(node.children);
  }

  function blocks(nodes: readonly RootContent[]): Block[] {
    collectDefinitions(nodes);
    const out: Block[] = [];
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      const next = nodes[index + 1];
      if (node.type === "paragraph" && next?.type === "table" && captionOf(node)) {
        continue; // read with the table below
      }
      const block = toBlock(node, nodes[index - 1]);
      if (block) out.push(block);
    }
    return out;
  }

  function toBlock(node: RootContent, previous: RootContent | undefined): Block | undefined {
    switch (node.type) {
      case "paragraph":
        return { type: "paragraph", children: inlines(node.children) };
      case "heading": {
        if (!options.anchorFor) {
          report(
            node,
            `a level-${node.depth} heading is not part of this format`,
            "use paragraphs and lists; a step starts with `## Title {#id}`",
          );
          return undefined;
        }
        return {
          type: "heading",
          depth: node.depth,
          children: inlines(node.children),
          anchor: options.anchorFor(inlineText(node), node.depth),
        };
      }
      case "list":
        return {
          type: "list",
          ordered: node.ordered === true,
          ...(node.ordered && typeof node.start === "number" ? { start: node.start } : {}),
          items: node.children.map((item) => blocks(item.children)),
        };
      case "table": {
        const [head, ...rows] = node.children;
        const caption = previous?.type === "paragraph" ? captionOf(previous) : undefined;
        return {
          type: "table",
          ...(caption ? { caption: inlines(caption) } : {}),
          align: (node.align ?? []).map((align) => align ?? null),
          head: head ? head.children.map((cell) => inlines(cell.children)) : [],
          rows: rows.map((row) => row.children.map((cell) => inlines(cell.children))),
        };
      }
      case "blockquote":
        return quote(node.children);
      case "containerDirective":
        return notice(node);
      case "footnoteDefinition":
        return undefined; // collected above; shown at the end of the step or chapter
      case "html":
        if (!node.value.startsWith("<!--")) report(node, ...NO_HTML);
        return undefined;
      default:
        report(
          node,
          `${describe(node.type)} is not part of the content format`,
          "use paragraphs, lists, tables, quotes, notices (:::let-op) and footnotes",
        );
        return undefined;
    }
  }

  /** A quote whose last paragraph starts with a dash names who said it: "— de oud-minister". */
  function quote(children: readonly RootContent[]): Block {
    const last = children.at(-1);
    const first = last?.type === "paragraph" ? last.children[0] : undefined;
    if (last?.type === "paragraph" && first?.type === "text" && /^(—|--|–)\s*/.test(first.value)) {
      const attribution = inlines([{ ...first, value: first.value.replace(/^(—|--|–)\s*/, "") }, ...last.children.slice(1)]);
      return { type: "quote", children: blocks(children.slice(0, -1)), attribution };
    }
    return { type: "quote", children: blocks(children) };
  }

  function notice(node: ContainerDirective): Block | undefined {
    if (!(NOTICE_KINDS as readonly string[]).includes(node.name)) {
      report(node, `unknown block :::${node.name}`, `use ${NOTICE_KINDS.map((kind) => `:::${kind}`).join(" or ")}`);
      return undefined;
    }
    const [label, ...rest] = node.children;
    const labelled = label?.type === "paragraph" && (label.data as { directiveLabel?: boolean } | undefined)?.directiveLabel;
    return {
      type: "notice",
      kind: node.name as NoticeKind,
      ...(labelled ? { title: inlines(label.children) } : {}),
      children: blocks(labelled ? rest : node.children),
    };
  }

  function footnotes(): Footnote[] {
    for (const [identifier, definition] of definitions) {
      if (!numbers.has(identifier))
        report(
          definition,
          `footnote [^${definition.label ?? identifier}] is never called`,
          `call it in the text with [^${definition.label ?? identifier}], or remove it`,
        );
    }
    return [...numbers].map(([identifier, number]) => ({
      label: definitions.get(identifier)!.label ?? identifier,
      number,
      children: footnoteBlocks.get(identifier)!,
    }));
  }

  return { define: collectDefinitions, blocks, inlines, footnotes };
}

/** The caption of a table: a paragraph right above it that starts with `**Tabel:**`. */
function captionOf(paragraph: Paragraph): PhrasingContent[] | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== "strong" || !/^tabel:?$/i.test(inlineText(first))) return undefined;
  const [next, ...tail] = rest;
  if (next?.type === "text") return [{ ...next, value: next.value.replace(/^:?\s*/, "") }, ...tail];
  return rest;
}

function describe(type: string): string {
  const names: Record<string, string> = {
    code: "a code block",
    thematicBreak: "a horizontal rule",
    image: "an image",
    imageReference: "an image",
    linkReference: "a reference-style link",
    definition: "a link definition",
    delete: "struck-through text",
    leafDirective: "a `::` directive",
  };
  return names[type] ?? `a ${type}`;
}
