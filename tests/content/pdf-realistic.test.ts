// Extraction of a book made as real routebooks are (tests/fixtures/pdf/realistic.ts): an
// image-only cover, embedded fonts, an outline, links on every other page, odd/even running
// headers, two columns. pdf.js is watched: which calls extraction makes, and with what options.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ExtractedDocument } from "../../pipeline/pdf/document.ts";
import { extractPdf } from "../../pipeline/pdf/extract.ts";
import { writeRealisticPdf } from "../fixtures/pdf/realistic.ts";

/** Every operator-list and per-page annotation request extraction makes, with the document's options. */
const calls = vi.hoisted(() => ({ operatorLists: [] as { page: number; maxImageSize: unknown }[], pageAnnotations: 0 }));

vi.mock("pdfjs-dist/legacy/build/pdf.mjs", async (importOriginal) => {
  const pdfjs = await importOriginal<typeof import("pdfjs-dist/legacy/build/pdf.mjs")>();
  const getDocument = (params: Parameters<typeof pdfjs.getDocument>[0]) => {
    const task = pdfjs.getDocument(params);
    const maxImageSize = (params as { maxImageSize?: unknown }).maxImageSize;
    // Runs before the caller's own `await task.promise` continues: the document is watched from the start.
    void task.promise.then(
      (doc) => {
        const getPage = doc.getPage.bind(doc);
        doc.getPage = async (number: number) => {
          const page = await getPage(number);
          const getOperatorList = page.getOperatorList.bind(page);
          const getAnnotations = page.getAnnotations.bind(page);
          page.getOperatorList = (...args) => {
            calls.operatorLists.push({ page: number, maxImageSize });
            return getOperatorList(...args);
          };
          page.getAnnotations = (...args) => {
            calls.pageAnnotations++;
            return getAnnotations(...args);
          };
          return page;
        };
      },
      () => {},
    );
    return task;
  };
  return { ...pdfjs, getDocument };
});

const PAGES = 40;
const ODD_HEADER = "Routeboek Verzuim en Thuiszitten";
const EVEN_HEADER = "Samenwerkingsverband Passend Onderwijs Benchmarkregio";
let folder: string;
let document: ExtractedDocument;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "routeboek-realistic-"));
  const file = join(folder, "boek.pdf");
  await writeRealisticPdf(file, { pages: PAGES, cover: [600, 850] });
  document = await extractPdf(new Uint8Array(await readFile(file)), { file: "boek.pdf", timeoutMs: 60_000 });
}, 120_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("a realistic book", () => {
  it("drops the running headers of odd and of even pages, each on fewer than half of the pages", () => {
    const withHeader = document.pages.filter((page) => page.text.includes(ODD_HEADER) || page.text.includes(EVEN_HEADER));
    expect(withHeader.map((page) => page.page)).toEqual([]);
    expect(document.pages.filter((page) => page.text.length > 0)).toHaveLength(PAGES - 1);
  });

  it("finds every web link on its page, and no link without a URL", () => {
    const expected = Array.from({ length: PAGES }, (_, index) => index + 1)
      .filter((page) => page > 1 && page % 2 === 0)
      .map((page) => ({ url: `https://www.benchmarkregio.nl/verzuim/${page}`, page }));
    expect(document.links).toEqual(expected);
  });

  it("reads the links without asking each page for its annotations (which extracts the page's text again)", () => {
    expect(calls.pageAnnotations).toBe(0);
  });

  it("warns that the image-only cover needs OCR, without decoding its image", () => {
    expect(document.warnings).toEqual([{ page: 1, message: expect.stringContaining("needs OCR") }]);
    // Asked about the cover only, and only where pdf.js drops every image before decoding it.
    expect(calls.operatorLists.length).toBeGreaterThan(0);
    expect(calls.operatorLists.every((call) => call.page === 1 && call.maxImageSize === 0)).toBe(true);
  });

  it("takes its chapters and sections from the outline", () => {
    expect(document.headingSource).toBe("outline");
    expect(document.chapters.map((chapter) => chapter.title)).toEqual(document.headings.filter((h) => h.level === 1).map((h) => h.title));
    expect(document.chapters.length).toBe(4);
  });
});
