// Layout rules of extraction that real books and papers need: running headers that
// alternate between odd and even pages, and the author list under a paper's title.
import { describe, expect, it } from "vitest";
import { assembleDocument } from "../../pipeline/pdf/document.ts";
import { looksLikeAuthorList } from "../../pipeline/pdf/headings.ts";
import type { TextLine } from "../../pipeline/pdf/lines.ts";

const BODY = "De school bespreekt het verzuim met de ouders en legt de afspraken vast in het dossier van de leerling.";
let y = 0;
/** A line set below the previous one. */
const at = (text: string, size = 10, x = 60): TextLine => {
  y += size * 1.4;
  return { text, x, right: x + text.length * size * 0.5, y, size };
};
/** A page whose lines are laid out from its top. */
const page = (number: number, lines: () => TextLine[]) => {
  y = 0;
  return { page: number, lines: lines(), urls: [] };
};
/** Words that make each page's body its own (digits would be masked like page numbers). */
const OWN = [
  "maandag",
  "dinsdag",
  "woensdag",
  "donderdag",
  "vrijdag",
  "zaterdag",
  "zondag",
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
];
const own = (number: number) => `Eigen zin over ${OWN[number - 1]}.`;
const assemble = (pages: ReturnType<typeof page>[]) => assembleDocument({ title: "Test", pages, links: [], warnings: [] });

describe("running headers", () => {
  // Twelve pages: a title page and two chapter openers without headers, the book's title on
  // the other odd pages and the organisation on the other even ones: each header on 5 of 12 pages.
  const book = Array.from({ length: 12 }, (_, index) => {
    const number = index + 1;
    const opener = number === 1 || number === 6 || number === 7;
    const header = number % 2 ? "Routeboek Verzuim en Thuiszitten" : "Samenwerkingsverband Passend Onderwijs Regio";
    const lines = () => [
      ...(opener ? [] : [at(header, 8)]),
      ...(number === 6 || number === 7 ? [at(`Hoofdstuk ${number - 5}: Verzuim`, 18)] : []),
      at(`${BODY} ${own(number)}`),
      at(`${own(number)} ${BODY}`),
      at(String(number), 8, 290),
    ];
    return page(number, lines);
  });

  it("removes a header that runs on the odd pages and another on the even pages, each on less than half of all pages", () => {
    const document = assemble(book);
    for (const { page: number, text } of document.pages) {
      expect(text, `page ${number}`).not.toContain("Routeboek Verzuim en Thuiszitten");
      expect(text, `page ${number}`).not.toContain("Samenwerkingsverband Passend Onderwijs Regio");
      expect(text, `page ${number}`).toContain(own(number));
    }
  });

  it("keeps a line that recurs on only a few pages of one parity", () => {
    const pages = book.map((p) => ({ ...p, lines: [...p.lines] }));
    // A closing line on two odd pages out of six: text, not a running line.
    for (const number of [3, 9]) pages[number - 1]!.lines.splice(1, 0, { ...pages[number - 1]!.lines[1]!, text: "Zie ook de bijlage." });
    const document = assemble(pages);
    expect(document.pages.filter((p) => p.text.includes("Zie ook de bijlage.")).map((p) => p.page)).toEqual([3, 9]);
  });
});

describe("author lists", () => {
  it.each(["Anna de Vries, Bram Jansen and Chris van den Berg", "J. Jansen · P. de Groot", "Dewi Pratama¹", "A. Bakker en M. El Amrani"])(
    "takes %s for an author list",
    (text) => {
      expect(looksLikeAuthorList(text)).toBe(true);
    },
  );

  it.each([
    "Hoofdstuk 3: Verzuim",
    "Passend Onderwijs en Leerplicht",
    "Ouders, School en Gemeente",
    "1 Inleiding",
    "Jeugd en Gezin",
    "Centrum Jeugd en Gezin",
  ])("does not take the heading %s for one", (text) => {
    expect(looksLikeAuthorList(text)).toBe(false);
  });
});

describe("a paper without outline", () => {
  // A TeX-like paper: title, author list and affiliation on page 1, numbered sections of the same size as the authors.
  const paper = Array.from({ length: 14 }, (_, index) => {
    const number = index + 1;
    const lines = () => [
      ...(number === 1
        ? [
            at("Thuiszitten voorkomen: een vergelijking van regionale routes", 17.3),
            at("Anna de Vries¹, Bram Jansen², Chris van den Berg¹ and Dewi Pratama²", 12),
            at("¹ Universiteit Utrecht, ² Hogeschool Rotterdam", 10),
            at(`Samenvatting. ${BODY}`),
          ]
        : []),
      ...(number % 3 === 1
        ? [at(`${Math.ceil(number / 3)} ${["Inleiding", "Methode", "Resultaten", "Discussie", "Conclusie"][Math.floor(number / 3)]}`, 12)]
        : []),
      ...(number % 3 === 2 ? [at(`${Math.ceil(number / 3)}.1 Nadere uitwerking`, 12)] : []),
      at(`${BODY} ${own(number)}`),
      at(`${own(number)} ${BODY}`),
    ];
    return page(number, lines);
  });

  it("does not take the author list for a heading", () => {
    const document = assemble(paper);
    expect(document.headings.map((h) => h.title)).not.toContainEqual(expect.stringContaining("Bram Jansen"));
    // Kept as text of the page (footnote marks normalised to digits).
    expect(document.pages[0]!.text).toContain("Anna de Vries1, Bram Jansen2, Chris van den Berg1 and Dewi Pratama2");
  });

  it("makes its numbered sections chapters, not sections of one chapter under the title", () => {
    const document = assemble(paper);
    expect(document.chapters.map((chapter) => chapter.title)).toEqual([
      "Thuiszitten voorkomen: een vergelijking van regionale routes",
      "1 Inleiding",
      "2 Methode",
      "3 Resultaten",
      "4 Discussie",
      "5 Conclusie",
    ]);
    expect(document.chapters[1]!.sections.map((s) => [s.level, s.title])).toEqual([[2, "1.1 Nadere uitwerking"]]);
  });
});
