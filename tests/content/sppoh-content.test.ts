import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import { stepInlineRuns } from "../../pipeline/flow/step-text.ts";
import { linksIn } from "../../pipeline/rich/text.ts";
import type { Step } from "../../pipeline/schema/step.ts";
import { contentWithStandIns } from "../support/stand-ins.ts";

/** Text extracted from SPPOH's clickable tool PDF (copied from shared/seeds/000_1f91e10c1ba920da.txt, so the tests stand alone). */
const SEED = "tests/fixtures/seeds/sppoh-po-digitale-tool.txt";

/**
 * The source tool's pages that carry URLs, in order, and the step each became.
 * (The page about a conflict with parents has no URL and so no entry.)
 */
const STEP_OF_SOURCE_PAGE = [
  "welk-verzuim",
  "ziekteverzuim",
  "beperkte-aanwezigheid",
  "registratie-verzuim",
  "mdo-organiseren",
  "schriftelijke-aanmelding",
  "aanmelding-school",
  "geen-aanmelding",
  "mdo-uitkomst",
  "andere-expertise",
  "ernstige-zorgen",
  "passend-aanbod",
  "steunpunten",
  "sbo-advies",
  "so-expertise",
  "jeugdhulp",
  "de-ontdekkers",
  "passend-aanbod-gerealiseerd",
  "mdo-vastgelopen",
  "opschaling-jeugdhulp",
  "opschaling-gezin",
  "opschaling-financieel",
];

const URL_LINE = /^https?:\/\/\S+$/;

/** Each source page ends with the list of its link URLs: one block of URL lines per page. */
function urlBlocks(seed: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of seed.split("\n").map((l) => l.trim())) {
    if (URL_LINE.test(line)) current.push(line);
    else if (current.length) [blocks[blocks.length], current] = [current, []];
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** URLs in running text; the extraction broke one after a hyphen ("…/extra-" + "ondersteuning/"). */
function textUrls(seed: string): string[] {
  const joined = seed.replace(/(https?:\/\/\S+-)\s*\n\s*(\S+)/g, "$1$2");
  return [...joined.matchAll(/https?:\/\/[^\s]+/g)].map((match) => match[0]);
}

describe("the SPPOH primary-school tool", () => {
  let sppoh: Routebook;
  let seed: string;
  beforeAll(async () => {
    const { routebooks, problems } = await readContent("content");
    expect(problems).toEqual([]);
    sppoh = routebooks.find((routebook) => routebook.id === "sppoh-po")!;
    seed = await readFile(SEED, "utf8");
  });

  /** A step's URLs: its link list and the links in its text. */
  const urlsOf = (step: Step) => [
    ...step.links.map((link) => link.url),
    ...[...stepInlineRuns(step)].flatMap((run) => [...linksIn(run)].map((link) => link.url)),
  ];
  const linksOf = (id: string) => urlsOf(sppoh.flow.steps.find((step) => step.id === id)!);

  it("has every URL of the source page on the step made from that page", () => {
    const blocks = urlBlocks(seed);
    expect(blocks).toHaveLength(STEP_OF_SOURCE_PAGE.length);
    blocks.forEach((urls, page) => {
      const step = STEP_OF_SOURCE_PAGE[page]!;
      expect(linksOf(step), `page ${page + 1} → ${step}`).toEqual(expect.arrayContaining(urls));
    });
  });

  it("uses exactly the 19 distinct URLs of the source, the split one rejoined", () => {
    const sourceUrls = new Set(textUrls(seed));
    expect(sourceUrls.size).toBe(19);
    expect(sourceUrls).toContain("https://pro.sppoh.nl/extra-ondersteuning/");
    const contentUrls = new Set(sppoh.flow.steps.flatMap(urlsOf));
    expect(contentUrls).toEqual(sourceUrls);
  });

  it("starts at the question about a school registration, whose Ja and Nee are marked as ours", () => {
    const start = sppoh.flow.steps.find((step) => step.id === sppoh.flow.start)!;
    expect(start.title).toBe("Is er sprake van een schoolinschrijving?");
    expect(start.options.map((option) => [option.label, option.editorialLabel, option.inferred !== undefined])).toEqual([
      ["Ja", true, true],
      ["Nee", true, true],
    ]);
  });

  it("offers the five routes for other expertise and the three escalation routes", () => {
    const targets = (id: string) => sppoh.flow.steps.find((step) => step.id === id)!.options.map((option) => option.to);
    expect(targets("andere-expertise")).toEqual(["steunpunten", "sbo-advies", "so-expertise", "jeugdhulp", "de-ontdekkers"]);
    expect(targets("mdo-vastgelopen")).toEqual(["opschaling-jeugdhulp", "opschaling-gezin", "opschaling-financieel"]);
  });
});

describe("the SPPOH references", () => {
  it("are cited and listed as not verified while the content has no file of the documents", async () => {
    const { routebooks, unverified } = await readContent("content");
    const references = routebooks.find((book) => book.id === "sppoh-po")!.flow.steps.flatMap((step) => step.references);
    expect(references.length).toBeGreaterThan(40);
    expect(references.filter((reference) => reference.target)).toEqual([]);
    const sppohUnverified = unverified.filter((problem) => problem.file === "content/sppoh-po/flow.md");
    // Each phase's reference to where the routebook explains it is cited the same way.
    const phases = routebooks.find((book) => book.id === "sppoh-po")!.flow.phases;
    expect(phases.map((phase) => phase.reference?.chapter)).toEqual([
      "Hoofdstuk 3: fase 2",
      "Hoofdstuk 3: fase 3a: Verzuim stopt",
      "Hoofdstuk 3: fase 3b: Verzuim stopt niet",
    ]);
    expect(phases.filter((phase) => phase.reference?.target)).toEqual([]);
    expect(sppohUnverified).toHaveLength(references.length + phases.length);
    expect(sppohUnverified[0]).toMatchObject({
      file: "content/sppoh-po/flow.md",
      line: expect.any(Number),
      message: expect.stringContaining('no file of "Routeboek Verzuim & Thuiszitters" in the content'),
    });
  });
});

describe("the SPPOH references once the routebook's PDFs are added (stand-ins from the test fixtures)", () => {
  const contentCopy = contentWithStandIns;

  it("all resolve to a chapter and page", async () => {
    const { routebooks, unverified } = await readContent(await contentCopy());
    expect(unverified.filter((problem) => problem.file.includes("sppoh-po"))).toEqual([]);
    const references = routebooks.find((book) => book.id === "sppoh-po")!.flow.steps.flatMap((step) => step.references);
    expect(references.length).toBeGreaterThan(40);
    for (const reference of references) expect(reference.target, `${reference.document}, ${reference.chapter}`).toBeDefined();
    const phases = routebooks.find((book) => book.id === "sppoh-po")!.flow.phases;
    expect(phases.map((phase) => phase.reference?.target?.sectionTitle)).toEqual([
      "fase 2: Signaleren en in gesprek",
      "fase 3a: Verzuim stopt",
      "fase 3b: Verzuim stopt niet",
    ]);
    const registration = references.find((reference) => reference.chapter?.includes("fase 2.2"));
    expect(registration?.target).toMatchObject({
      anchor: "fase-2-2-registreren-van-verzuim",
      sectionTitle: "fase 2.2 Registreren van verzuim",
    });
  });

  it("fail with file:line, the reference and the closest headings when a chapter was renamed", async () => {
    const root = await contentCopy(async (dir) => {
      const flow = join(dir, "flow.md");
      await writeFile(
        flow,
        (await readFile(flow, "utf8")).replace("Hoofdstuk 4: Zieke leerlingen", "Hoofdstuk 4: Langdurig zieke kinderen"),
      );
    });
    const { problems } = await readContent(root);
    expect(problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/sppoh-po\/flow\.md$/),
        line: expect.any(Number),
        message:
          'the reference "Praktische handreiking, Hoofdstuk 4: Langdurig zieke kinderen" does not resolve: the heading there is now "Hoofdstuk 4: Zieke leerlingen"',
        hint: 'closest headings: "Hoofdstuk 4: Zieke leerlingen"',
      }),
    ]);
  });

  it("are checked together with every other problem of the flow", async () => {
    const root = await contentCopy(async (dir) => {
      const flow = join(dir, "flow.md");
      const broken = (await readFile(flow, "utf8"))
        .replace("(#ziekteverzuim)", "(#ziekte-verzuim)")
        .replace("Hoofdstuk 4: Zieke leerlingen", "Hoofdstuk 4: Langdurig zieke kinderen")
        .replace("- Tafels voor opschaling\n", "- Tafels voor opschalen\n")
        .replace("(https://www.augeo.nl/nl-nl/themas/meldcode/)", "(javascript:alert(1))");
      await writeFile(flow, broken);
    });
    const { problems } = await readContent(root);
    const messages = problems.map((problem) => problem.message).join("\n");
    expect(messages).toContain('leads to step "ziekte-verzuim", which does not exist');
    expect(messages).toContain('Langdurig zieke kinderen" does not resolve');
    expect(messages).toContain('names the document "Tafels voor opschalen"');
    expect(messages).toContain("must be an absolute http(s):// or mailto: URL");
  });

  it("stop the build with a one-line error naming a PDF that is not a PDF", async () => {
    const root = await contentCopy((dir) => writeFile(join(dir, "bronnen/routeboek.pdf"), "<!doctype html><title>Niet gevonden</title>"));
    const { problems } = await readContent(root);
    expect(problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/bronnen\/routeboek\.pdf$/),
        message: "is not a PDF but an HTML page saved as .pdf",
      }),
    ]);
  });
});

describe("the SPPOH phases", () => {
  it("take their titles from the tool's own references, and mark every other word of theirs as ours", async () => {
    const seed = (await readFile(SEED, "utf8")).replace(/\s+/g, " ").toLowerCase();
    const { routebooks } = await readContent("content");
    const phases = routebooks.find((book) => book.id === "sppoh-po")!.flow.phases;
    expect(phases.map((phase) => phase.name)).toEqual(["2", "3a", "3b"]);
    for (const phase of phases) {
      if (phase.title && !phase.editorialTitle) expect(seed, phase.name).toContain(`fase ${phase.name}: ${phase.title}`.toLowerCase());
      if (phase.explanation && !phase.editorialExplanation) expect(seed, phase.name).toContain(phase.explanation.toLowerCase());
    }
    // The tool never names phase 2, so it has no title; its explanation is ours.
    expect(phases[0]).toMatchObject({ editorial: true, editorialExplanation: true });
    expect(phases[0]!.title).toBeUndefined();
  });
});
