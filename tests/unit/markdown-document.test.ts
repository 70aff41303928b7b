import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { readMarkdownDocument } from "../../pipeline/documents/markdown.ts";
import { provenanceOf } from "../../pipeline/provenance.ts";

/** The test routebook: stand-in PDFs, a Markdown document in one file and one as a folder. */
const FIXTURE = "tests/fixtures/content";

async function fixtureCopy(edit: (dir: string) => Promise<void>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "routeboek-md-"));
  await cp(FIXTURE, root, { recursive: true });
  await edit(join(root, "proef-po"));
  return root;
}

const replaceIn = async (file: string, from: string, to: string) => {
  const text = await readFile(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  await writeFile(file, text.replace(from, to));
};

describe("a document written as Markdown", () => {
  it("has one chapter per level-1 heading, sections with anchors, and no pages", () => {
    const { text, problems } = readMarkdownDocument([
      {
        file: "doc.md",
        source: "# Hoofdstuk 1: Eerst\n\nTekst.\n\n## 1.1 Deel\n\n### Fase 2\n\n## Fase 2\n\n# Hoofdstuk 2: Dan\n\nMeer.\n",
      },
    ]);
    expect(problems).toEqual([]);
    expect(
      text.chapters.map((chapter) => ({
        title: chapter.title,
        slug: chapter.slug,
        page: chapter.page,
        line: chapter.line,
        sections: chapter.sections,
      })),
    ).toEqual([
      {
        title: "Hoofdstuk 1: Eerst",
        slug: "hoofdstuk-1-eerst",
        page: undefined,
        line: 1,
        sections: [
          { level: 2, title: "1.1 Deel", anchor: "1-1-deel" },
          { level: 3, title: "Fase 2", anchor: "fase-2" },
          { level: 2, title: "Fase 2", anchor: "fase-2-2" },
        ],
      },
      { title: "Hoofdstuk 2: Dan", slug: "hoofdstuk-2-dan", page: undefined, line: 11, sections: [] },
    ]);
  });

  it("reports text before the first chapter and a file without chapters", () => {
    const { problems } = readMarkdownDocument([
      { file: "a.md", source: "Inleiding zonder kop.\n\n# Hoofdstuk 1: Een\n" },
      { file: "b.md", source: "<!-- leeg -->\n" },
    ]);
    expect(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`)).toEqual([
      "a.md:1: text before the first chapter heading is not shown",
      "b.md:1: the document has no chapters",
    ]);
  });

  it("is what references and internal links of the test routebook resolve against, from one file and from a folder", async () => {
    const { routebooks, problems, unverified } = await readContent(FIXTURE);
    expect(problems).toEqual([]);
    const [book] = routebooks;
    const werkwijze = book!.documents.find((source) => source.alias === "Werkwijze")!;
    expect(werkwijze.text?.kind).toBe("markdown");
    expect(book!.documents.find((source) => source.alias === "Bijlagen")!.text!.chapters.map((chapter) => chapter.title)).toEqual([
      "Bijlage 1: Formulier",
      "Bijlage 2: Adressen",
    ]);
    const references = book!.flow.steps.flatMap((step) => step.references);
    expect(references.find((reference) => reference.document === "Werkwijze")?.target).toEqual({
      chapter: "hoofdstuk-1-drempels",
      chapterTitle: "Hoofdstuk 1: Drempels",
      anchor: "1-1-volgorde-van-melden",
      sectionTitle: "1.1 Volgorde van melden",
    });
    expect(references.find((reference) => reference.document === "Bijlagen")?.target).toMatchObject({ chapter: "bijlage-1-formulier" });
    // The one document without a file is cited and listed, not resolved: by a phase's reference and by a step's.
    expect(unverified.map((problem) => problem.message)).toEqual([
      '"Afwezig document, Hoofdstuk 2: Iets": no file of "Afwezig document" in the content',
      '"Afwezig document, Hoofdstuk 3: fase 3a": no file of "Afwezig document" in the content',
    ]);
  });

  it("is checked for abbreviations that no glossary explains, with file:line:column", async () => {
    const { warnings, routebooks } = await readContent(FIXTURE);
    expect(routebooks[0]!.glossary.map((entry) => entry.term)).toEqual(["LPA"]);
    expect(warnings.map((warning) => `${warning.file}:${warning.line}:${warning.column}: ${warning.message}`)).toEqual([
      'tests/fixtures/content/proef-po/bronnen/werkwijze.md:40:35: the abbreviation "OT" is not in any glossary',
    ]);
  });

  it("fails the build like a PDF when a referenced chapter is renamed or renumbered", async () => {
    const root = await fixtureCopy((dir) =>
      replaceIn(join(dir, "bronnen/werkwijze.md"), "# Hoofdstuk 1: Drempels", "# Hoofdstuk 4: Drempels"),
    );
    const { problems } = await readContent(root);
    const messages = problems.map((problem) => `${problem.file.replace(root, "")}:${problem.line}: ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^\/proef-po\/flow\.md:\d+: the reference "Werkwijze, Hoofdstuk 1: Drempels, 1\.1 Volgorde van melden" does not resolve: the document has no hoofdstuk 1$/,
        ),
        expect.stringMatching(
          /^\/proef-po\/flow\.md:\d+: the link "bron:Werkwijze, Hoofdstuk 1: Drempels" does not resolve: the document has no hoofdstuk 1$/,
        ),
      ]),
    );
  });

  it("has its internal links checked: a step, an anchor in the chapter, another chapter", async () => {
    const root = await fixtureCopy(async (dir) => {
      await replaceIn(join(dir, "bronnen/werkwijze.md"), "(stap:verzuim)", "(stap:verzium)");
      await replaceIn(join(dir, "bronnen/werkwijze.md"), "(#1-1-volgorde-van-melden)", "(#1-1-volgorde-van-meldne)");
      await replaceIn(
        join(dir, "flow.md"),
        "(<bron:Werkwijze, Hoofdstuk 1: Drempels>).[^bron]",
        "(<bron:Werkwijs, Hoofdstuk 1: Drempels>).[^bron]",
      );
    });
    const { problems } = await readContent(root);
    expect(problems.map((problem) => [problem.file.replace(root, ""), problem.message, problem.hint])).toEqual([
      [
        "/proef-po/flow.md",
        'the link "bron:Werkwijs, Hoofdstuk 1: Drempels" names the document "Werkwijs", which routeboek.md does not list',
        'did you mean "Werkwijze"?',
      ],
      [
        "/proef-po/bronnen/werkwijze.md",
        'the link "#1-1-volgorde-van-meldne" leads to no section of this chapter and no chapter of this document',
        'did you mean "#1-1-volgorde-van-melden"?',
      ],
      ["/proef-po/bronnen/werkwijze.md", 'the link "stap:verzium" leads to no step of the flow', 'did you mean "verzuim"?'],
    ]);
    expect(problems.every((problem) => problem.line && problem.column)).toBe(true);
  });
});

describe("the Verantwoording of a routebook", () => {
  it("lists every inferred target with its reason, every editorial addition, the sources and what to check", async () => {
    const { routebooks } = await readContent(FIXTURE);
    const account = provenanceOf(routebooks[0]!);
    expect(account.inferred.map((item) => `${item.step.id}: ${item.option} → ${item.to.id} (${item.reason})`)).toEqual([
      "start: Ja → verzuim (de bron toont op deze pagina geen knoppen)",
      "passend: Klaar → geen-verzuim (de bron noemt geen doel; de redactie kiest het einde)",
    ]);
    expect(account.editorial.map((item) => `${item.step?.id ?? item.place} ${item.kind}: ${item.text}`)).toEqual([
      "Werkwijze, Hoofdstuk 1: Drempels toelichting: Deze alinea is een toelichting van de redactie.",
      "Is dit zorgwekkend verzuim?, veld titel: Uren ongeoorloofd verzuim in de laatste 4 weken",
      "Is dit zorgwekkend verzuim?, veld titel: Keer te laat gekomen",
      'Is dit zorgwekkend verzuim?, drempel "8 t/m 11 keer te laat" toelichting: In de test overlapt deze band met geen andere.',
      "Is dit zorgwekkend verzuim?, niet eenduidig (precies-16-uur) toelichting: De test noemt minder dan en meer dan 16 uur, niet precies 16 uur.",
      "Is dit zorgwekkend verzuim?, niet eenduidig (precies-16-uur) toelichting: Vraag het na bij de leerplichtambtenaar.",
      "start antwoord: Ja",
      "passend titel: Passend aanbod",
      // A phase's title or explanation of ours, as the frontmatter marks it.
      "fase 2 titel: Signaleren",
      "fase 2 toelichting: Een uitleg van de redactie bij fase 2.",
      // `editorial: true` makes the phase's reference ours too: the source does not tie that chapter to the phase.
      "fase 2 verwijzing: Routeboek Verzuim & Thuiszitters, Hoofdstuk 3: fase 2.2 Registreren van verzuim",
      "fase 3a toelichting: Een uitleg van de redactie bij fase 3a.",
    ]);
    // A phase's "Over deze fase" reference is counted apart from the steps' "Lees verder".
    expect(
      account.sources.map(
        (source) =>
          `${source.alias}: ${source.file}, ${source.references} + ${source.phaseReferences} (${source.editorialPhaseReferences} ours)`,
      ),
    ).toEqual([
      "Routeboek Verzuim & Thuiszitters: pdf, 1 + 1 (1 ours)",
      "Praktische handreiking: pdf, 1 + 0 (0 ours)",
      "Tafels voor opschaling: pdf, 0 + 0 (0 ours)",
      "Werkwijze: markdown, 1 + 0 (0 ours)",
      "Bijlagen: summary, 1 + 0 (0 ours)",
      "Afwezig document: none, 1 + 1 (0 ours)",
    ]);
    expect(account.checks).toEqual([
      'Voeg het bestand van "Een document dat niet in de inhoud staat" toe: 2 verwijzing(en) ernaar zijn nu niet gecontroleerd.',
    ]);
  });
});
