import type { Block, Footnote, Inline } from "../schema/rich.ts";
import type { GlossaryEntry } from "../../shared/schema/glossary.ts";
import type { StepBlock } from "../schema/step.ts";
import { blankNonProse } from "./abbreviations.ts";
import { unhandled } from "../rich/unhandled.ts";

/** A stretch of a page's content: blocks with their footnotes (a step, an introduction). */
export interface PageSection {
  blocks: readonly StepBlock[];
  footnotes: readonly Footnote[];
}

/**
 * The `<abbr>` title: the meaning, then what po or vo call it where that differs, e.g. "multidisciplinair overleg (vo: JES)".
 * A meaning without a source is the editors' words standing inside a source's sentence: the tooltip ends in "(redactie)".
 */
export function abbrTitle(entry: GlossaryEntry): string {
  const equivalents = [entry.po && `po: ${entry.po}`, entry.vo && `vo: ${entry.vo}`].filter(Boolean);
  const title = equivalents.length ? `${entry.meaning} (${equivalents.join("; ")})` : entry.meaning;
  return entry.source ? title : `${title} (redactie)`;
}

interface Matcher {
  entry: GlossaryEntry;
  pattern: RegExp;
}

/**
 * A whole-word pattern per term. An all-caps term matches only in capitals ("SO" is
 * not "so"); a term with lowercase letters also at the start of a sentence ("IB-er", "Ib-er").
 */
function matcherFor(entry: GlossaryEntry): Matcher {
  const escaped = entry.term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const allCaps = entry.term === entry.term.toUpperCase();
  return { entry, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, allCaps ? "u" : "iu") };
}

/**
 * Marks the first use of each glossary term on a page as an `abbr` inline with its
 * meaning. `sections` are the page's content in reading order (for a step: its body,
 * then its footnotes); later uses stay plain text, as a reader needs the meaning once.
 * Returns new sections; the input is not changed. Existing `abbr` inlines are kept and
 * count as the term's first use.
 */
export function markFirstUses<S extends PageSection>(sections: readonly S[], glossary: readonly GlossaryEntry[]): S[] {
  const matchers = glossary.map(matcherFor);
  const seen = new Set<string>();

  /** The earliest unmarked term in a text; the longest wins where two start together ("IB-er" over "IB"). */
  const firstMatch = (text: string) => {
    let best: { entry: GlossaryEntry; index: number; value: string } | undefined;
    for (const { entry, pattern } of matchers) {
      if (seen.has(entry.term)) continue;
      const match = pattern.exec(text);
      if (!match) continue;
      if (!best || match.index < best.index || (match.index === best.index && match[0].length > best.value.length)) {
        best = { entry, index: match.index, value: match[0] };
      }
    }
    return best;
  };

  const text = (value: string): Inline[] => {
    const result: Inline[] = [];
    let rest = value;
    for (let match = firstMatch(blankNonProse(rest)); match; match = firstMatch(blankNonProse(rest))) {
      seen.add(match.entry.term);
      if (match.index > 0) result.push({ type: "text", value: rest.slice(0, match.index) });
      result.push({ type: "abbr", value: rest.slice(match.index, match.index + match.value.length), title: abbrTitle(match.entry) });
      rest = rest.slice(match.index + match.value.length);
    }
    if (rest || !result.length) result.push({ type: "text", value: rest });
    return result;
  };

  const inlines = (nodes: readonly Inline[]): Inline[] =>
    nodes.flatMap((node): Inline[] => {
      switch (node.type) {
        case "text":
          return text(node.value);
        case "abbr":
          for (const entry of glossary) if (entry.term === node.value) seen.add(entry.term);
          return [node];
        case "emphasis":
        case "strong":
        case "editorial":
        case "link":
        case "internalLink":
          return [{ ...node, children: inlines(node.children) }];
        case "break":
        case "footnoteReference":
          return [node];
        default:
          return unhandled(node);
      }
    });

  const block = (node: Block): Block => {
    switch (node.type) {
      case "paragraph":
      case "heading":
        return { ...node, children: inlines(node.children) };
      case "list":
        return { ...node, items: node.items.map(blocks) };
      case "table": {
        // Read in display order: caption, header, rows.
        const caption = node.caption && inlines(node.caption);
        const head = node.head.map(inlines);
        return { ...node, ...(caption && { caption }), head, rows: node.rows.map((row) => row.map(inlines)) };
      }
      case "notice": {
        const title = node.title && inlines(node.title);
        return { ...node, ...(title && { title }), children: blocks(node.children) };
      }
      case "quote": {
        const children = blocks(node.children);
        return { ...node, children, ...(node.attribution && { attribution: inlines(node.attribution) }) };
      }
      default:
        return unhandled(node);
    }
  };
  const blocks = (nodes: readonly Block[]): Block[] => nodes.map(block);

  const stepBlock = (node: StepBlock): StepBlock => {
    switch (node.type) {
      case "actions":
        return { ...node, items: node.items.map(blocks) };
      case "end":
        return { ...node, children: inlines(node.children) };
      case "options":
        return node;
      default:
        return block(node);
    }
  };

  return sections.map((section) => {
    const marked = section.blocks.map(stepBlock);
    const footnotes = section.footnotes.map((footnote) => ({ ...footnote, children: blocks(footnote.children) }));
    return { ...section, blocks: marked, footnotes };
  });
}
