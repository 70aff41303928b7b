/**
 * Issue 13: content that tries to publish what lies outside its folder, to
 * take another page's URL, or to crash the pipeline. Each case must end in a
 * one-line problem with file and line, from `routeboek check` and from the
 * build alike, and the build must leave the last good site as it was.
 */
import { copyFile, mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compoundTerms } from "../../shared/search/compounds.ts";
import { buildContent, checkContent, isStackFree, routebookMeta, SMALL_FLOW, tempRoutebook } from "../support/hostile.ts";

/** A real PDF, so that only where it lies can be wrong with it. */
const SOME_PDF = "tests/fixtures/pdf/out/outline.pdf";

/**
 * Both commands refuse the content with `expected`, without a stack trace; the build keeps the last good site.
 * Their peak memory is the bench's figure (bench/hostile.ts).
 */
async function expectRefused(content: string, expected: RegExp) {
  const check = await checkContent(content);
  expect(check.status, check.stderr + check.stdout).toBe(1);
  expect(check.stderr).toMatch(expected);
  expect(isStackFree(check.stderr), check.stderr).toBe(true);
  const build = await buildContent(content);
  expect(build.status, build.stderr + build.stdout).toBe(1);
  expect(build.stderr).toMatch(expected);
  expect(build.stderr).toContain("was left as it was");
  expect(isStackFree(build.stderr), build.stderr).toBe(true);
  expect(build.siteKept).toBe(true);
}

/** A folder outside every content folder, holding a PDF and a Markdown file that must never be published. */
async function outsideFiles() {
  const outside = await mkdtemp(join(tmpdir(), "routeboek-outside-"));
  await copyFile(SOME_PDF, join(outside, "geheim.pdf"));
  await writeFile(join(outside, "geheim.md"), "# Hoofdstuk 1: Geheim\n\nNiet publiceren.\n");
  await writeFile(join(outside, "flow.md"), SMALL_FLOW);
  return outside;
}

const pdfDocument = (path: string) => `  - alias: Werkwijze\n    title: Werkwijze\n    pdf: ${path}\n`;

describe("only files inside the routebook's own folder are read (issue 13, item 1)", () => {
  it("refuses a `pdf:` with an absolute path outside, at the line of the field", async () => {
    const outside = await outsideFiles();
    const { content } = await tempRoutebook({ documents: pdfDocument(join(outside, "geheim.pdf")) });
    await expectRefused(
      content,
      /proef\/routeboek\.md:10:10: the PDF \S+geheim\.pdf lies outside the routebook's folder[^\n]*\n\s+→ copy the file into the routebook's folder/,
    );
  });

  it("refuses a `pdf:` that climbs out with ../", async () => {
    const outside = await outsideFiles();
    const { content } = await tempRoutebook({ documents: pdfDocument(`../../../${outside.split("/").pop()}/geheim.pdf`) });
    await expectRefused(content, /proef\/routeboek\.md:10:10: the PDF \S+geheim\.pdf lies outside the routebook's folder/);
  });

  it("refuses a symbolic link in bronnen/ that leads outside", async () => {
    const outside = await outsideFiles();
    const { content, dir } = await tempRoutebook({ documents: pdfDocument("bronnen/routeboek.pdf") });
    await symlink(join(outside, "geheim.pdf"), join(dir, "bronnen/routeboek.pdf"));
    await expectRefused(
      content,
      /proef\/routeboek\.md:10:10: the PDF \S+bronnen\/routeboek\.pdf lies outside the routebook's folder \(it leads to \S+geheim\.pdf\)/,
    );
  });

  it("refuses a Markdown document whose file links outside, and a flow.md that is a link to a file outside", async () => {
    const outside = await outsideFiles();
    const { content, dir } = await tempRoutebook({
      documents: "  - alias: Werkwijze\n    title: Werkwijze\n    markdown: bronnen/werkwijze.md\n",
    });
    await symlink(join(outside, "geheim.md"), join(dir, "bronnen/werkwijze.md"));
    await expectRefused(content, /proef\/routeboek\.md:10:15: the Markdown document \S+werkwijze\.md lies outside the routebook's folder/);
    const flowDir = (await tempRoutebook()).dir;
    await import("node:fs/promises").then(({ rm }) => rm(join(flowDir, "flow.md")));
    await symlink(join(outside, "flow.md"), join(flowDir, "flow.md"));
    await expectRefused(join(flowDir, ".."), /proef\/flow\.md: lies outside the routebook's folder/);
  });

  it("still follows a link that stays inside the folder", async () => {
    const { content, dir } = await tempRoutebook({
      documents: "  - alias: Werkwijze\n    title: Werkwijze\n    markdown: bronnen/link.md\n",
    });
    await writeFile(join(dir, "bronnen/werkwijze.md"), "# Hoofdstuk 1: Werkwijze\n\nTekst.\n");
    await symlink("werkwijze.md", join(dir, "bronnen/link.md"));
    const check = await checkContent(content);
    expect(check.status, check.stderr).toBe(0);
  });
});

describe("every URL of the site is taken once (issue 13, items 2 and 3)", () => {
  it("refuses two document aliases that make the same URL, naming both", async () => {
    const { content } = await tempRoutebook({
      documents: "  - alias: Praktische handreiking\n    title: A\n  - alias: Praktische handreiking!\n    title: B\n",
    });
    await expectRefused(
      content,
      /proef\/routeboek\.md:10:12: the document "Praktische handreiking!" would be published at \/proef\/praktische-handreiking\/, which is taken by the document "Praktische handreiking" \(\S+proef\/routeboek\.md:8:12\)/,
    );
  });

  it("refuses a routebook id that is a page of the site", async () => {
    const { content } = await tempRoutebook({ id: "zoeken" });
    await expectRefused(
      content,
      /zoeken\/routeboek\.md:2:5: the routebook "zoeken" would be published at \/zoeken\/, which is the search page \(src\/pages\/zoeken\/index\.astro\)/,
    );
  });

  it("refuses a document alias that is a routebook page's name", async () => {
    const { content } = await tempRoutebook({ documents: "  - alias: Stap\n    title: Een document dat Stap heet\n" });
    await expectRefused(
      content,
      /proef\/routeboek\.md:8:12: the document "Stap" would be published at \/proef\/stap\/, which is the folder of the routebook's step pages/,
    );
  });
});

describe("files that are not what they should be (issue 13, items 7, 9 and 11)", () => {
  it("refuses a folder where flow.md should be", async () => {
    const { content, dir } = await tempRoutebook();
    await import("node:fs/promises").then(({ rm }) => rm(join(dir, "flow.md")));
    await mkdir(join(dir, "flow.md"));
    await expectRefused(content, /proef\/flow\.md: is a folder, not a Markdown file/);
  });

  it("refuses a YAML alias bomb, naming the file and the line of the first alias", async () => {
    const { content, dir } = await tempRoutebook();
    const levels = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 8 }, (_, n) => `${"bcdefghi"[n]}: &${"bcdefghi"[n]} [${Array(9).fill(`*${"abcdefgh"[n]}`).join(", ")}]`),
    ];
    await writeFile(join(dir, "signalen.yml"), `${levels.join("\n")}\n`);
    await expectRefused(content, /proef\/signalen\.yml:2:\d+: the thresholds file repeats its aliases \(\*name\) too often to be read/);
  });

  it("refuses bytes that are not UTF-8, at their line and column", async () => {
    const { content, dir } = await tempRoutebook();
    const flow = Buffer.from(SMALL_FLOW.replace("Je bent klaar.", "Je bent kl\u0000ar."));
    flow[flow.indexOf(0)] = 0xff;
    await writeFile(join(dir, "flow.md"), flow);
    await expectRefused(content, /proef\/flow\.md:11:22: is not valid UTF-8 \(byte 0xff\)/);
  });

  it("refuses a missing content folder in the build as in check", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-hostile-"));
    const build = await buildContent(join(work, "content"));
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(/content: the content folder does not exist\n\s+→ give the content folder/);
    expect(isStackFree(build.stderr), build.stderr).toBe(true);
    expect(build.siteKept).toBe(true);
  });

  it("refuses a flow.md over the size limit, such as one 17 MB word", async () => {
    const { content } = await tempRoutebook({ flow: SMALL_FLOW.replace("Je bent klaar.", "x".repeat(17 * 1024 * 1024)) });
    await expectRefused(content, /proef\/flow\.md: is 17 MB, more than the 16 MB a Markdown file may be/);
  });

  it("refuses a Markdown document whose list nests 1,500 deep at its line, before parsing it (N04)", async () => {
    const { content, dir } = await tempRoutebook({
      documents: "  - alias: Werkwijze\n    title: Werkwijze\n    markdown: bronnen/werkwijze.md\n",
    });
    const list = Array.from({ length: 1500 }, (_, level) => `${"  ".repeat(level)}- punt ${level}`).join("\n");
    await writeFile(join(dir, "bronnen/werkwijze.md"), `# Hoofdstuk 1: Werkwijze\n\nEerst.\n\n${list}\n`);
    await expectRefused(content, /proef\/bronnen\/werkwijze\.md:\d+:1: lists, quotes and `:::` blocks nest \d+ levels deep here/);
  }, 300_000);

  it("leaves a word too long to be a compound whole, however long", () => {
    const word = "verzuim".repeat(750_000);
    expect(compoundTerms(`ziekteverzuim ${word}`, new Set(["ziekte", "verzuim"]))).toEqual(["verzuim", "ziekte"]);
  });
});

it("keeps the routebook template valid, so each case above breaks one thing only", async () => {
  const { content } = await tempRoutebook();
  expect(routebookMeta()).toContain("id: proef");
  const check = await checkContent(content);
  expect(check.status, check.stderr).toBe(0);
});
