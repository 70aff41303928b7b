import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ExtractedDocument } from "../../pipeline/pdf/document.ts";
import { extractPdf } from "../../pipeline/pdf/extract.ts";
import { BAD_INPUTS, DOCUMENTS } from "../fixtures/pdf/spec.ts";

const OUT = "tests/fixtures/pdf/out";
const extract = async (file: string): Promise<ExtractedDocument> =>
  extractPdf(new Uint8Array(await readFile(join(OUT, file))), { file, timeoutMs: 20_000 });

describe.each(DOCUMENTS)("extracting $file", (spec) => {
  it("finds the title, page count, headings with levels and pages, and links", async () => {
    const document = await extract(spec.file);
    expect(document.title).toBe(spec.title);
    expect(document.pageCount).toBe(spec.pageCount);
    expect(document.headings).toEqual(spec.headings);
    const links = [...new Map(document.links.map((link) => [`${link.page} ${link.url}`, link])).values()];
    expect(links).toEqual(spec.links);
    expect(document.headingSource).toBe(spec.hasOutline ? "outline" : spec.tagged ? "structure" : "typography");
  });

  it("cleans the text of each page", async () => {
    const document = await extract(spec.file);
    for (const [page, text] of Object.entries(spec.cleanText)) {
      expect(document.pages[Number(page) - 1]!.text, `page ${page}`).toBe(text);
    }
  });

  it("groups the text into chapters with their sections and page ranges", async () => {
    const document = await extract(spec.file);
    const chapters = spec.headings.filter((heading) => heading.level === 1);
    expect(document.chapters.map((chapter) => [chapter.title, chapter.page])).toEqual(chapters.map((c) => [c.title, c.page]));
    document.chapters.forEach((chapter, index) => {
      const next = chapters[index + 1];
      expect(chapter.endPage).toBe(next ? (next.page > chapter.page ? next.page - 1 : chapter.page) : spec.pageCount);
    });
  });
});

describe("bad input", () => {
  const messageOf = async (file: string) =>
    extract(file).then(
      () => "no error",
      (error: Error) => error.message,
    );

  it.each([
    ["bad/encrypted-user.pdf", /^bad\/encrypted-user\.pdf: needs a password to open$/],
    ["bad/truncated.pdf", /^bad\/truncated\.pdf: is damaged or incomplete \(.+\)$/],
    ["bad/empty.pdf", /^bad\/empty\.pdf: the file is empty \(0 bytes\)$/],
    ["bad/html-renamed.pdf", /^bad\/html-renamed\.pdf: is not a PDF but an HTML page saved as \.pdf$/],
  ])("%s gives a one-line error naming the file and the reason", async (file, message) => {
    expect(BAD_INPUTS.map((input) => input.file)).toContain(file);
    expect(await messageOf(file)).toMatch(message);
  });

  it("reads a PDF protected only by an owner password", async () => {
    const document = await extract("bad/owner-only.pdf");
    expect(document.pages.some((page) => page.text.length > 0)).toBe(true);
  });

  it("warns that a page without a text layer needs OCR and extracts the others", async () => {
    const document = await extract("bad/image-only-page.pdf");
    expect(document.warnings).toEqual([{ page: 2, message: expect.stringContaining("needs OCR") }]);
    expect(document.pages[0]!.text).not.toBe("");
    expect(document.pages[1]!.text).toBe("");
    expect(document.pages[2]!.text).not.toBe("");
  });
});

describe("the time limit per document", () => {
  it("gives up with an error naming the file instead of hanging", async () => {
    const bytes = new Uint8Array(await readFile(join(OUT, "outline.pdf")));
    await expect(extractPdf(bytes, { file: "traag.pdf", timeoutMs: 1 })).rejects.toThrow(
      /^traag\.pdf: (did not open within|took longer than) 0\.001 s/,
    );
  });
});
