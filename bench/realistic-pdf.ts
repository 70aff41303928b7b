import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import PDFDocument from "pdfkit";
import { makePng } from "../tests/fixtures/pdf/bad.ts";

/**
 * A routebook as real ones are made, for the extraction bench: fonts embedded
 * from TrueType files (when the machine has them), an outline, link
 * annotations on about half the pages, an image-only cover, running headers
 * that alternate between odd and even pages, two-column body text and a few
 * hundred pages. Deterministic (a seeded generator), so runs compare like with
 * like; written at bench time into .build/, never committed.
 */

/** Liberation is metric-compatible with Times and Helvetica and ships with most Linux systems. */
const TTF = {
  body: "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
  heading: "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
  running: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
};
const STANDARD = { body: "Times-Roman", heading: "Helvetica-Bold", running: "Helvetica" };

export interface RealisticPdf {
  pages: number;
  /** Whether the fonts are embedded TrueType subsets (false: standard fonts, no TTF on this machine). */
  embeddedFonts: boolean;
  pagesWithLinks: number;
}

const WORDS = (
  "de school het samenwerkingsverband leerplicht leerling ouders verzuim thuiszitter ondersteuning " +
  "begeleiding afspraken zorgplicht gemeente jeugdhulp mentor intern begeleider dossier melding registratie " +
  "ziekteverzuim schoolarts gesprek termijn binnen weken overleg arrangement plaatsing onderwijs " +
  "ondersteuningsbehoefte handelingsplan evaluatie verantwoordelijkheid signalering aanpak route fase " +
  "bespreekt legt vast neemt contact op bij zorgen en of met voor na over zonder tijdens wanneer"
).split(" ");

/** A small seeded generator (mulberry32): the same book on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { inner: 70, outer: 56, top: 78, bottom: 770 };
const BODY = { size: 10, lead: 13.2 };
const COLUMN_GAP = 20;

export async function writeRealisticPdf(path: string, pages = 336): Promise<RealisticPdf> {
  const embeddedFonts = Object.values(TTF).every((file) => existsSync(file));
  const font = embeddedFonts ? TTF : STANDARD;
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    autoFirstPage: false,
    info: { Title: "Routeboek Verzuim en Thuiszitten (benchmark)", CreationDate: new Date(0), ModDate: new Date(0) },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on("end", resolve));
  const next = random(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;

  // The cover: one full-page image and no text, as printed covers usually are.
  doc.addPage();
  doc.image(makePng(2480, 3508), 0, 0, { width: A4.width, height: A4.height });

  let chapter: PDFKit.PDFOutline | undefined;
  let chapterNumber = 0;
  let pagesWithLinks = 0;
  for (let number = 2; number <= pages; number++) {
    doc.addPage();
    const odd = number % 2 === 1;
    const left = odd ? MARGIN.inner : MARGIN.outer;
    const width = A4.width - MARGIN.inner - MARGIN.outer;
    // Running lines: the book's title on odd pages (right), the organisation on even pages (left), page numbers outside.
    doc.font(font.running).fontSize(8.5).fillColor("#444444");
    const header = odd ? "Routeboek Verzuim en Thuiszitten" : "Samenwerkingsverband Passend Onderwijs Benchmarkregio";
    doc.text(header, odd ? left + width - doc.widthOfString(header) : left, 40, { lineBreak: false });
    const folio = String(number);
    doc.text(folio, odd ? left + width - doc.widthOfString(folio) : left, 800, { lineBreak: false });
    doc.fillColor("black");

    let y = MARGIN.top;
    if (number % 12 === 2) {
      chapterNumber++;
      const title = `${chapterNumber}. ${capitalise(sentence(pick, 3))}`;
      doc.font(font.heading).fontSize(18).text(title, left, y, { lineBreak: false });
      chapter = doc.outline.addItem(title);
      y += 36;
    }
    if (number % 4 === 0) {
      const title = `${chapterNumber}.${number % 12} ${capitalise(sentence(pick, 4))}`;
      doc.font(font.heading).fontSize(12.5).text(title, left, y, { lineBreak: false });
      (chapter ?? doc.outline).addItem(title);
      y += 24;
    }
    const twoColumns = number % 3 !== 0;
    const columnWidth = twoColumns ? (width - COLUMN_GAP) / 2 : width;
    const withLink = number % 2 === 0;
    if (withLink) pagesWithLinks++;
    for (let column = 0; column < (twoColumns ? 2 : 1); column++) {
      const x = left + column * (columnWidth + COLUMN_GAP);
      let lineY = y;
      let linkDrawn = !withLink || column === 1;
      while (lineY + BODY.lead < MARGIN.bottom) {
        const lines = paragraph(doc, font.body, pick, columnWidth, 3 + Math.floor(next() * 6));
        if (lineY + lines.length * BODY.lead > MARGIN.bottom) break;
        for (const line of lines) {
          doc.font(font.body).fontSize(BODY.size).text(line, x, lineY, { lineBreak: false });
          lineY += BODY.lead;
        }
        if (!linkDrawn) {
          // A sentence with a web address under a link annotation, and a link to another page of the book.
          const label = `www.benchmarkregio.nl/verzuim/${number}`;
          doc.text(`Zie ${label} voor de formulieren.`, x, lineY, { lineBreak: false });
          doc.link(x + doc.widthOfString("Zie "), lineY - 1, doc.widthOfString(label), BODY.size + 3, `https://${label}`);
          lineY += BODY.lead;
          doc.text("Terug naar de inhoud.", x, lineY, { lineBreak: false });
          doc.goTo(x, lineY - 1, doc.widthOfString("Terug naar de inhoud."), BODY.size + 3, "inhoud");
          lineY += BODY.lead;
          linkDrawn = true;
        }
        lineY += BODY.lead * 0.6;
      }
    }
    if (number === 2) doc.addNamedDestination("inhoud");
  }
  doc.end();
  await ended;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, Buffer.concat(chunks));
  return { pages, embeddedFonts, pagesWithLinks };
}

const sentence = (pick: (list: readonly string[]) => string, words: number) => Array.from({ length: words }, () => pick(WORDS)).join(" ");
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A paragraph broken into lines that fit the column, some ending in a hyphenated word as typeset books do. */
function paragraph(doc: PDFKit.PDFDocument, font: string, pick: (list: readonly string[]) => string, width: number, sentences: number): string[] {
  doc.font(font).fontSize(BODY.size);
  const words = Array.from({ length: sentences }, () => `${capitalise(sentence(pick, 6 + (sentences % 5)))}.`).join(" ").split(" ");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (doc.widthOfString(candidate) <= width) {
      line = candidate;
      continue;
    }
    // Hyphenate a long word between two lowercase letters when its first half still fits.
    const half = word.slice(0, Math.ceil(word.length / 2));
    if (word.length >= 10 && /\p{Ll}$/u.test(half) && doc.widthOfString(`${line} ${half}-`) <= width) {
      lines.push(`${line} ${half}-`);
      line = word.slice(half.length);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
