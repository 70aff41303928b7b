import { mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { findAbbreviations, findAbbreviationsInText } from "../../pipeline/glossary/abbreviations.ts";
import { checkGlossary } from "../../pipeline/glossary/check.ts";
import { abbrTitle, markFirstUses } from "../../pipeline/glossary/mark.ts";
import { glossaryForRoutebook } from "../../pipeline/glossary/routebook.ts";
import { mergeGlossaries } from "../../pipeline/glossary/merge.ts";
import { parseGlossary } from "../../pipeline/glossary/parse.ts";
import { parseMarkdown } from "../../pipeline/markdown/parse.ts";
import type { Block, Footnote, Inline } from "../../pipeline/schema/rich.ts";
import type { StepBlock } from "../../pipeline/schema/step.ts";

const scan = (source: string) =>
  findAbbreviations(parseMarkdown(source), source, "flow.md").map(({ term, line, column }) => `${term}@${line}:${column}`);

describe("findAbbreviations", () => {
  it("gives exact line:column on every line of a multi-line list paragraph, despite indentation and escapes", () => {
    const source = ["# Kop {#kop}", "", "- Eerst het MDO,", "  dan \\*DUO en", "     daarna SBO-school"].join("\n");
    expect(scan(source)).toEqual(["MDO@3:13", "DUO@4:9", "SBO@5:13"]);
  });

  it("reads link text with its place but not the URL, code, HTML, frontmatter or {#id}", () => {
    const source = [
      "---",
      "title: Tool SPPOH",
      "---",
      "",
      "## Naar het JES {#JES-stap}",
      "",
      "Zie [het OPDC-team](https://example.nl/MDO) of `SOT` en <abbr>ZAT</abbr>.",
      "",
      "```",
      "CODE BLOCK",
      "```",
      "",
      "Adres <https://example.nl/VO> of www.example.nl/PO.",
    ].join("\n");
    expect(scan(source)).toEqual(["JES@5:13", "OPDC@7:10", "ZAT@7:63"]);
  });

  it("finds digits and hyphenated parts, and skips single capitals and words that merely start in capitals", () => {
    const source = "PRO-VSO en VO2, maar niet A4, IJssel, McKinsey of K3; wel MDO's.";
    expect(scan(source).map((use) => use.split("@")[0])).toEqual(["PRO-VSO", "VO2", "MDO"]);
  });

  it("reports a page for plain PDF text and skips its URLs", () => {
    expect(findAbbreviationsInText("Het MDO (zie https://x.nl/SPPOH053-PO).", "routeboek.pdf", 4)).toEqual([
      { term: "MDO", file: "routeboek.pdf", page: 4 },
    ]);
  });
});

describe("checkGlossary", () => {
  const uses = [
    { term: "XYZ", file: "a.md", line: 9, column: 2 },
    { term: "XYZ", file: "a.md", line: 3, column: 5 },
    { term: "XYZ", file: "b.md", line: 1, column: 1 },
    { term: "MDO", file: "a.md", line: 1, column: 1 },
    { term: "IB", file: "a.md", line: 2, column: 1 },
  ];

  it("warns once per unknown term per file, at its first place, with a hint naming the glossary files", () => {
    const warnings = checkGlossary(
      uses,
      [{ term: "MDO", meaning: "multidisciplinair overleg" }],
      ["content/begrippen.yml", "content/x/begrippen.yml"],
    );
    expect(warnings.map(({ file, line, column }) => `${file}:${line}:${column}`)).toEqual(["a.md:3:5", "b.md:1:1", "a.md:2:1"]);
    expect(warnings[0]).toMatchObject({
      message: 'the abbreviation "XYZ" is not in any glossary',
      hint: "add it to content/begrippen.yml or content/x/begrippen.yml",
    });
  });

  it("counts an abbreviation inside a glossary term as explained", () => {
    const warnings = checkGlossary(uses, [{ term: "IB-er", meaning: "intern begeleider" }], ["g.yml"]);
    expect(warnings.map((warning) => warning.message)).not.toContain('the abbreviation "IB" is not in any glossary');
    expect(warnings).toHaveLength(3);
  });
});

describe("glossary files", () => {
  it("reports a term twice in one file at the second entry's line, and keeps the first", () => {
    const source = "- term: MDO\n  meaning: overleg\n- term: SO\n  meaning: speciaal onderwijs\n- term: MDO\n  meaning: iets anders\n";
    const { entries, problems } = parseGlossary(source, "content/begrippen.yml");
    expect(entries.map((placed) => `${placed.entry.term}@${placed.line}`)).toEqual(["MDO@1", "SO@3"]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: "content/begrippen.yml",
        line: 5,
        column: 9,
        message: 'the term "MDO" is already in this glossary at line 1',
      }),
    ]);
  });

  it("points a bad entry at its field with a hint, and keeps the valid entries", () => {
    const source = "- term: MDO\n  meaning: overleg\n- term: SO\n  meening: speciaal onderwijs\n";
    const { entries, problems } = parseGlossary(source, "g.yml");
    expect(entries.map((placed) => placed.entry.term)).toEqual(["MDO"]);
    // One problem for one slip, at the misspelled field's own line: not also "`meaning` is missing".
    expect(problems.map((problem) => `${problem.line} ${problem.message} → ${problem.hint}`)).toEqual([
      "4 `[1].meening` is not a field here → did you mean `meaning`?",
    ]);
  });

  it("reports YAML syntax errors with their line", () => {
    const { problems } = parseGlossary("- term: MDO\n  meaning: [open\n", "g.yml");
    expect(problems[0]).toMatchObject({ file: "g.yml", message: expect.stringContaining("not valid YAML") });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it("lets a routebook entry replace a shared one with the same term, sorted in Dutch order", () => {
    const shared = parseGlossary(
      "- term: MDO\n  meaning: gedeeld\n- term: ZAT\n  meaning: zorg- en adviesteam\n",
      "content/begrippen.yml",
    ).entries;
    const own = parseGlossary(
      "- term: ib-er\n  meaning: intern begeleider\n\n- term: MDO\n  meaning: eigen\n  vo: JES\n",
      "content/x/begrippen.yml",
    ).entries;
    const merged = mergeGlossaries(shared, own);
    expect(merged.map(({ entry, file, line }) => `${entry.term}=${entry.meaning} ${file}:${line}`)).toEqual([
      "ib-er=intern begeleider content/x/begrippen.yml:1",
      "MDO=eigen content/x/begrippen.yml:4",
      "ZAT=zorg- en adviesteam content/begrippen.yml:3",
    ]);
  });
});

describe("glossaryForRoutebook", () => {
  it("takes a long word in capitals that the text also writes in lower case for emphasis, not an abbreviation", () => {
    const empty = parseGlossary("", "content/begrippen.yml");
    const markdown = [{ file: "content/x/bijlage.md", source: "# Bijlage 5: ROLLEN en OPDC\n\nDe rollen van de partners.\n" }];
    const { warnings } = glossaryForRoutebook({
      shared: empty,
      own: empty,
      markdown,
      glossaryFiles: ["content/begrippen.yml", "content/x/begrippen.yml"],
    });
    expect(warnings.map((warning) => warning.message)).toEqual(['the abbreviation "OPDC" is not in any glossary']);
  });

  it("scans a text with a single 5 MB word in linear time and without overflowing the regular-expression stack", {
    timeout: 60_000,
  }, () => {
    const empty = parseGlossary("", "content/begrippen.yml");
    // A mail-address pattern once backtracked over every start of such a run (hours for 5 MB); a `+` match over it overflowed the stack.
    const source = `De ${"x".repeat(5 * 1024 * 1024)} en het OPDC; mail info@swv.nl.\n`;
    const { warnings } = glossaryForRoutebook({
      shared: empty,
      own: empty,
      markdown: [{ file: "content/x/flow.md", source }],
      glossaryFiles: ["content/begrippen.yml", "content/x/begrippen.yml"],
    });
    expect(warnings.map((warning) => warning.message)).toEqual(['the abbreviation "OPDC" is not in any glossary']);
  });
});

describe("markFirstUses", () => {
  const glossary = [
    { term: "MDO", meaning: "multidisciplinair overleg", vo: "JES", source: "Routeboek" },
    { term: "SO", meaning: "speciaal onderwijs", source: "Routeboek" },
    // No source: the description is the editors', and its tooltip says so.
    { term: "IB-er", meaning: "intern begeleider" },
  ];
  const text = (value: string): Inline => ({ type: "text", value });
  const paragraph = (...children: Inline[]): Block => ({ type: "paragraph", children });

  it("marks only the first use of each term on the page, across blocks, actions, end and footnotes", () => {
    const blocks: StepBlock[] = [
      paragraph(text("Plan een MDO. Het MDO volgt.")),
      { type: "actions", ordered: true, items: [[paragraph(text("Organiseer het MDO met de Ib-er."))]] },
      { type: "end", children: [text("Klaar met SO.")] },
    ];
    const footnotes: Footnote[] = [{ label: "1", number: 1, children: [paragraph(text("Zie SO en IB-er."))] }];
    const [marked] = markFirstUses([{ blocks, footnotes }], glossary);
    expect(marked!.blocks[0]).toEqual(
      paragraph(text("Plan een "), { type: "abbr", value: "MDO", title: "multidisciplinair overleg (vo: JES)" }, text(". Het MDO volgt.")),
    );
    expect(marked!.blocks[1]).toEqual({
      type: "actions",
      ordered: true,
      items: [
        [paragraph(text("Organiseer het MDO met de "), { type: "abbr", value: "Ib-er", title: "intern begeleider (redactie)" }, text("."))],
      ],
    });
    expect(marked!.blocks[2]).toEqual({
      type: "end",
      children: [text("Klaar met "), { type: "abbr", value: "SO", title: "speciaal onderwijs" }, text(".")],
    });
    expect(marked!.footnotes[0]!.children).toEqual([paragraph(text("Zie SO en IB-er."))]);
  });

  it("matches whole words only and all-caps terms only in capitals", () => {
    const [marked] = markFirstUses([{ blocks: [paragraph(text("SOT, so, MDOS en SBO-MDO."))], footnotes: [] }], glossary);
    expect(marked!.blocks[0]).toEqual(
      paragraph(text("SOT, so, MDOS en SBO-"), { type: "abbr", value: "MDO", title: "multidisciplinair overleg (vo: JES)" }, text(".")),
    );
  });

  it("continues the page across sections, marks inside link text, never inside an existing abbr or a URL text", () => {
    const sections = [
      { blocks: [paragraph({ type: "abbr", value: "MDO", title: "eerder" }, text(" en https://x.nl/SO"))], footnotes: [] },
      { blocks: [paragraph({ type: "link", url: "https://x.nl", line: 1, column: 1, children: [text("Het MDO en SO")] })], footnotes: [] },
    ];
    const marked = markFirstUses(sections, glossary);
    expect(marked[0]!.blocks).toEqual(sections[0]!.blocks);
    expect(marked[1]!.blocks[0]).toEqual(
      paragraph({
        type: "link",
        url: "https://x.nl",
        line: 1,
        column: 1,
        children: [text("Het MDO en "), { type: "abbr", value: "SO", title: "speciaal onderwijs" }],
      }),
    );
  });

  it("leaves its input unmodified", () => {
    const sections = [{ blocks: [paragraph(text("Het MDO"))], footnotes: [] }];
    const before = structuredClone(sections);
    const marked = markFirstUses(sections, glossary);
    expect(sections).toEqual(before);
    expect(marked).not.toEqual(before);
  });

  it("titles an entry with both sector equivalents, and says when the description is the editors'", () => {
    expect(abbrTitle({ term: "X", meaning: "iets", po: "A", vo: "B", source: "Routeboek" })).toBe("iets (po: A; vo: B)");
    expect(abbrTitle({ term: "X", meaning: "iets", po: "A", vo: "B" })).toBe("iets (po: A; vo: B) (redactie)");
  });
});

describe("readContent with glossaries", () => {
  it("merges the shared and the routebook glossary, warns about unknown abbreviations with file:line, reports broken glossaries", async () => {
    const root = await mkdtemp(join(tmpdir(), "glossary-"));
    await mkdir(join(root, "regio-po"));
    await writeFile(
      join(root, "regio-po", "routeboek.md"),
      '---\nid: regio-po\ntitle: Routeboek\norganisation: SWV\nsectors: [po]\nregion: Regio\nversion: "2026"\ndocuments:\n  - alias: Routeboek\n    title: Routeboek PO\n---\n\nOver het MDO.\n',
    );
    await writeFile(
      join(root, "regio-po", "flow.md"),
      "---\ntitle: Tool\n---\n\n## Start bij het OPDC {#start}\n\nEn het OPDC.\n\n**Einde**\n",
    );
    await writeFile(join(root, "begrippen.yml"), "- term: MDO\n  meaning: overleg\n- term: PO\n  meaning: primair onderwijs\n");
    await writeFile(join(root, "regio-po", "begrippen.yml"), "- term: MDO\n  meaning: eigen overleg\n- term: MDO\n  meaning: dubbel\n");

    const { routebooks, problems, warnings } = await readContent(root);
    expect(routebooks[0]!.glossary).toEqual([
      { term: "MDO", meaning: "eigen overleg" },
      { term: "PO", meaning: "primair onderwijs" },
    ]);
    expect(problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/regio-po\/begrippen\.yml$/), line: 3 })]);
    const abbreviations = warnings.filter((warning) => warning.message.includes("abbreviation"));
    expect(abbreviations.map(({ file, line, column, message }) => `${file.split("/").slice(-1)}:${line}:${column} ${message}`)).toEqual([
      'flow.md:5:18 the abbreviation "OPDC" is not in any glossary',
    ]);
  });
});

describe("the summaries' glossaries, attributed as the sources allow", () => {
  const SUMMARIES = [
    ["den-haag-tien-stappen", "De route in tien stappen", "tests/fixtures/seeds/den-haag-tien-stappen.txt"],
    [
      "west-brabant-thuiszitterspact",
      "Regionaal thuiszitterspact West-Brabant, herziene uitwerking",
      "tests/fixtures/seeds/west-brabant-thuiszitterspact.txt",
    ],
    ["den-bosch-schoolverzuim", "Preventieve aanpak schoolverzuim", "tests/fixtures/seeds/den-bosch-schoolverzuim.txt"],
  ] as const;

  it("credit MDO to each source, which spells it out as 'multidisciplinair overleg'", async () => {
    const { routebooks } = await readContent("content");
    for (const [id, source, seedFile] of SUMMARIES) {
      const seed = (await readFile(seedFile, "utf8")).replace(/\s+/g, " ");
      expect(seed, id).toMatch(/multidisciplinair overleg \(MDO\)|MDO \(multidisciplinair overleg\)/);
      const mdo = routebooks.find((book) => book.id === id)!.glossary.find((entry) => entry.term === "MDO");
      expect(mdo, id).toMatchObject({ meaning: "multidisciplinair overleg", source });
    }
  });

  it("do not credit to 's-Hertogenbosch's protocol a description it does not give: it only equates the ondersteuningscoördinator with the IB-er", async () => {
    const { routebooks } = await readContent("content");
    const glossary = routebooks.find((book) => book.id === "den-bosch-schoolverzuim")!.glossary;
    const oco = glossary.find((entry) => entry.term === "Ondersteuningscoördinator")!;
    expect(oco.source).toBeUndefined();
    expect(glossary.find((entry) => entry.term === "oco")).toMatchObject({
      meaning: "ondersteuningscoördinator",
      source: "Preventieve aanpak schoolverzuim",
    });
  });
});
