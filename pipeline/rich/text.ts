import { type Block, type Footnote, type Inline, NOTICES } from "../schema/rich.ts";
import { unhandled } from "./unhandled.ts";

/** Which words to keep when rich text becomes plain text. */
export type Voice = "all" | "source" | "editorial";

/**
 * Plain text of inline content. `source` leaves out our editorial words (to
 * compare with the source); `editorial` keeps only them. Footnote calls vanish.
 */
export function inlineToText(inlines: readonly Inline[], voice: Voice = "all"): string {
  return fold(inlines.map((inline) => inlineText(inline, voice, false)).join(""));
}

function inlineText(inline: Inline, voice: Voice, insideEditorial: boolean): string {
  switch (inline.type) {
    case "abbr":
    case "text":
      return voice === "all" || (voice === "editorial") === insideEditorial ? inline.value : voice === "editorial" ? " " : "";
    case "break":
      return " ";
    case "footnoteReference":
      return "";
    case "editorial":
      return inline.children.map((child) => inlineText(child, voice, true)).join("");
    case "emphasis":
    case "strong":
    case "link":
    case "internalLink":
      return inline.children.map((child) => inlineText(child, voice, insideEditorial)).join("");
    default:
      return unhandled(inline);
  }
}

const fold = (text: string) => text.replace(/\s+/g, " ").trim();

/** The plain text of each paragraph, list item, table cell and heading, in reading order. */
export function blockTexts(blocks: readonly Block[], voice: Voice = "all"): string[] {
  const texts: string[] = [];
  const visit = (block: Block, insideEditorial: boolean) => {
    // A notice of the editors is ours as a whole.
    const take = (inlines: readonly Inline[]) => {
      const text = insideEditorial ? (voice === "source" ? "" : inlineToText(inlines, "all")) : inlineToText(inlines, voice);
      if (text) texts.push(text);
    };
    switch (block.type) {
      case "paragraph":
      case "heading":
        take(block.children);
        break;
      case "list":
        for (const item of block.items) for (const child of item) visit(child, insideEditorial);
        break;
      case "table":
        if (block.caption) take(block.caption);
        for (const row of [block.head, ...block.rows]) for (const cell of row) take(cell);
        break;
      case "notice": {
        const ours = insideEditorial || NOTICES[block.kind].editorial;
        if (block.title) visit({ type: "paragraph", children: block.title }, ours);
        for (const child of block.children) visit(child, ours);
        break;
      }
      case "quote":
        for (const child of block.children) visit(child, insideEditorial);
        if (block.attribution) take(block.attribution);
        break;
      default:
        unhandled(block);
    }
  };
  for (const block of blocks) visit(block, false);
  return texts;
}

/** All plain text of blocks as one string, for search and meta descriptions. */
export const blocksToText = (blocks: readonly Block[]) => blockTexts(blocks).join(" ");

/** Every inline run of a block tree, with whether it is inside an editorial notice; for walks like abbreviation checks. */
export function* inlineRuns(blocks: readonly Block[]): Generator<readonly Inline[]> {
  for (const block of blocks) {
    switch (block.type) {
      case "paragraph":
      case "heading":
        yield block.children;
        break;
      case "list":
        for (const item of block.items) yield* inlineRuns(item);
        break;
      case "table":
        if (block.caption) yield block.caption;
        for (const row of [block.head, ...block.rows]) yield* row;
        break;
      case "notice":
        if (block.title) yield block.title;
        yield* inlineRuns(block.children);
        break;
      case "quote":
        yield* inlineRuns(block.children);
        if (block.attribution) yield block.attribution;
        break;
      default:
        unhandled(block);
    }
  }
}

/** Every run of inline content of a text and its footnotes: an introduction, a chapter. */
export function* textRuns(text: { blocks: readonly Block[]; footnotes: readonly Footnote[] }): Generator<readonly Inline[]> {
  yield* inlineRuns(text.blocks);
  for (const footnote of text.footnotes) yield* inlineRuns(footnote.children);
}

/** Every inline node of one type in inline content, nested ones included. */
export function* inlinesOfType<T extends Inline["type"]>(inlines: readonly Inline[], type: T): Generator<Extract<Inline, { type: T }>> {
  for (const inline of inlines) {
    if (inline.type === type) yield inline as Extract<Inline, { type: T }>;
    if ("children" in inline) yield* inlinesOfType(inline.children, type);
  }
}

/** Every web link in inline content, with where it is written. */
export const linksIn = (inlines: readonly Inline[]) => inlinesOfType(inlines, "link");
