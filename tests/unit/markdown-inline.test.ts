import { describe, expect, it } from "vitest";
import { inlineText } from "../../pipeline/markdown/inline.ts";
import { parseMarkdown } from "../../pipeline/markdown/parse.ts";

const firstBlock = (markdown: string) => parseMarkdown(markdown).children[0]!;

describe("inlineText", () => {
  it("turns a hard break into a space and folds white space", () => {
    expect(inlineText(firstBlock("regel  een\\\nregel   twee  \nen drie"))).toBe("regel een regel twee en drie");
  });

  it("reads text inside emphasis, links, code and directives, but no image alt text", () => {
    expect(inlineText(firstBlock("*Ja*, [lees](#x) `code` :redactie[ons] ![alt](a.png) eind"))).toBe("Ja, lees code ons eind");
  });
});
