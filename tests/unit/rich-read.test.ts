import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../pipeline/markdown/parse.ts";
import type { Problem } from "../../pipeline/problems/problems.ts";
import { createRichReader } from "../../pipeline/rich/read.ts";
import { blockTexts, inlineToText } from "../../pipeline/rich/text.ts";

const FILE = "content/x/doc.md";
const text = (value: string) => ({ type: "text", value });
const paragraph = (...children: unknown[]) => ({ type: "paragraph", children });

function read(source: string, anchors = false) {
  const problems: Problem[] = [];
  const reader = createRichReader(FILE, problems, anchors ? { anchorFor: (title) => title.toLowerCase().replace(/\W+/g, "-") } : {});
  const blocks = reader.blocks(parseMarkdown(source).children);
  return { blocks, footnotes: reader.footnotes(), problems };
}

describe("rich text from Markdown", () => {
  it("keeps a table's header row, alignment and caption", () => {
    const { blocks, problems } = read("**Tabel:** Drempels\n\n| Soort | Uren |\n| :-- | --: |\n| Spijbelen | 16 |\n");
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      {
        type: "table",
        caption: [text("Drempels")],
        align: ["left", "right"],
        head: [[text("Soort")], [text("Uren")]],
        rows: [[[text("Spijbelen")], [text("16")]]],
      },
    ]);
  });

  it("keeps the numbers of an ordered list and the nesting of lists without gluing items", () => {
    const { blocks } = read("3. Derde\n4. Vierde:\n   * a;\n   * b.\n");
    expect(blocks).toEqual([
      {
        type: "list",
        ordered: true,
        start: 3,
        items: [
          [paragraph(text("Derde"))],
          [paragraph(text("Vierde:")), { type: "list", ordered: false, items: [[paragraph(text("a;"))], [paragraph(text("b."))]] }],
        ],
      },
    ]);
    expect(blockTexts(blocks)).toEqual(["Derde", "Vierde:", "a;", "b."]);
  });

  it("reads notices, quotes with attribution and footnotes numbered in calling order", () => {
    const { blocks, footnotes, problems } = read(
      ":::let-op[Geen inschrijving]\nMeld het.\n:::\n\n> Niet één type.\n>\n> — de minister\n\nTwee[^b] en een[^a].\n\n[^a]: Eerste definitie.\n[^b]: Tweede definitie.\n",
    );
    expect(problems).toEqual([]);
    expect(blocks[0]).toEqual({
      type: "notice",
      kind: "let-op",
      title: [text("Geen inschrijving")],
      children: [paragraph(text("Meld het."))],
    });
    expect(blocks[1]).toEqual({ type: "quote", children: [paragraph(text("Niet één type."))], attribution: [text("de minister")] });
    expect(blocks[2]).toEqual(
      paragraph(
        text("Twee"),
        { type: "footnoteReference", label: "b", number: 1 },
        text(" en een"),
        { type: "footnoteReference", label: "a", number: 2 },
        text("."),
      ),
    );
    expect(footnotes.map((footnote) => [footnote.label, footnote.number, blockTexts(footnote.children)])).toEqual([
      ["b", 1, ["Tweede definitie."]],
      ["a", 2, ["Eerste definitie."]],
    ]);
  });

  it("numbers a footnote called twice once, and marks the second call", () => {
    const { blocks, footnotes } = read("Een[^n] en nog eens[^n].\n\n[^n]: De noot.\n");
    expect(blocks[0]).toEqual(
      paragraph(
        text("Een"),
        { type: "footnoteReference", label: "n", number: 1 },
        text(" en nog eens"),
        { type: "footnoteReference", label: "n", number: 1, repeated: true },
        text("."),
      ),
    );
    expect(footnotes).toHaveLength(1);
  });

  it("marks our words and keeps a colon before a word as text", () => {
    const { blocks, problems } = read("Om 10:30 :redactie[volgens de redactie] beginnen.\n");
    expect(problems).toEqual([]);
    const [block] = blocks;
    expect(block).toEqual(paragraph(text("Om 10:30 "), { type: "editorial", children: [text("volgens de redactie")] }, text(" beginnen.")));
    const inlines = block!.type === "paragraph" ? block!.children : [];
    expect(inlineToText(inlines, "source")).toBe("Om 10:30 beginnen.");
    expect(inlineToText(inlines, "editorial")).toBe("volgens de redactie");
  });

  it("reads internal and external links with their places", () => {
    const { blocks, problems } = read("Zie [stap](stap:start), [bijlage](<bron:Bijlagen, Bijlage 1>) en [site](https://example.org).\n");
    expect(problems).toEqual([]);
    expect(blocks[0]).toMatchObject(
      paragraph(
        text("Zie "),
        { type: "internalLink", href: "stap:start", line: 1, column: 5 },
        text(", "),
        { type: "internalLink", href: "bron:Bijlagen, Bijlage 1", line: 1, column: 25 },
        text(" en "),
        { type: "link", url: "https://example.org", line: 1, column: 66 },
        text("."),
      ),
    );
  });

  it("refuses raw HTML, images, code, unknown markers and blocks, and footnotes without text, each with line:column", () => {
    const { problems } = read(
      "<div>x</div>\n\n![foto](a.png)\n\n```\ncode\n```\n\nEen :geheim[woord] en [^x].\n\n:::waarschuwing\nTekst\n:::\n\n[^y]: Nooit gebruikt.\n",
    );
    expect(problems.map((problem) => [problem.line, problem.column, problem.message])).toEqual([
      [1, 1, "HTML is not allowed in the content"],
      [3, 1, "an image is not part of the content format"],
      [5, 1, "a code block is not part of the content format"],
      [9, 5, "unknown marker :geheim[…]"],
      [9, 23, "footnote [^x] has no text"],
      [11, 1, "unknown block :::waarschuwing"],
      [15, 1, "footnote [^y] is never called"],
    ]);
  });
});
