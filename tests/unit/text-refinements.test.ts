/**
 * Issue 20, weak cases P07 and N17/Y14: markers that mark nothing, and anchors
 * that would take an id the page itself uses.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMarkdownDocument } from "../../pipeline/documents/markdown.ts";
import { contentAnchor, isPageId } from "../../pipeline/ids/page-ids.ts";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { formatProblem } from "../../pipeline/problems/problems.ts";

const flow = (text: string) =>
  `---\ntitle: Proef\n---\n\n## Start {#start}\n\n${text}\n\n- [Verder](#einde)\n\n## Einde {#einde}\n\n**Einde:** Klaar.\n`;

describe("an empty :redactie[] marker (P07)", () => {
  it.each([
    ["empty", "Tekst :redactie[] hier."],
    ["only spaces", "Tekst :redactie[   ] hier."],
  ])("is refused at its place when %s", (_, text) => {
    const problems = parseFlow(flow(text), "flow.md").problems.map(formatProblem);
    expect(problems).toEqual([expect.stringMatching(/^flow\.md:7:7: :redactie\[\] is empty\n\s+→ put our own words inside the brackets/)]);
  });

  it("still accepts a marker with words", () => {
    expect(parseFlow(flow("Tekst :redactie[onze uitleg] hier."), "flow.md").problems).toEqual([]);
  });
});

describe("content anchors never take the page's own ids (N17, Y14)", () => {
  it("renames a section whose anchor is an id of the page, on a chapter page", () => {
    const source = "# Hoofdstuk 1: Werkwijze\n\n## Inhoud\n\nA.\n\n## Header zoekterm\n\nB.\n\n## Voetnoot 1\n\nC.\n\n## Fase 2\n\nD.\n";
    const { text, problems } = readMarkdownDocument([{ file: "werkwijze.md", source }]);
    expect(problems).toEqual([]);
    expect(text.chapters[0]!.sections.map((section) => section.anchor)).toEqual([
      "sectie-inhoud",
      "sectie-header-zoekterm",
      "sectie-voetnoot-1",
      "fase-2",
    ]);
  });

  it("gives glossary terms without letters an anchor of their own, not `-2`", () => {
    const used = new Set<string>();
    expect(["§", "¶", "Inhoud", "inhoud", "DUO"].map((term) => contentAnchor(term, used, "begrip"))).toEqual([
      "begrip",
      "begrip-2",
      "begrip-inhoud",
      "begrip-inhoud-2",
      "duo",
    ]);
  });

  it("holds every fixed id the templates write, and the footnotes' prefix", async () => {
    const files = (await readdir("src", { recursive: true })).filter((file) => file.endsWith(".astro")).map((file) => join("src", file));
    const written = new Set<string>();
    for (const file of files) for (const match of (await readFile(file, "utf8")).matchAll(/\bid="([a-z0-9-]+)"/g)) written.add(match[1]!);
    expect(written.size).toBeGreaterThan(10);
    expect([...written].filter((id) => !isPageId(id))).toEqual([]);
    expect(await readFile("src/components/rich/Footnotes.astro", "utf8")).toContain('notes = "voetnoot"');
    expect(isPageId("voetnoot-lijst")).toBe(true);
  });
});
