import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import PDFDocument from "pdfkit";

/**
 * A synthetic routebook of `pages` pages: chapters with sections, running
 * header and footer, body text with hyphenated line ends. Deterministic, so
 * runs compare like with like.
 */
export async function writeLargePdf(path: string, pages = 320): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const doc = new PDFDocument({ size: "A4", autoFirstPage: false, info: { Title: "Benchmark routeboek", CreationDate: new Date(0) } });
  const done = new Promise<void>((resolve, reject) => {
    const stream = doc.pipe(createWriteStream(path));
    stream.on("finish", resolve).on("error", reject);
  });
  for (let page = 1; page <= pages; page++) {
    doc.addPage({ margin: 0 });
    doc.font("Helvetica").fontSize(9).text("Benchmark routeboek · versie 2026", 60, 30, { lineBreak: false });
    let y = 80;
    if (page % 10 === 1) {
      doc.font("Helvetica-Bold").fontSize(18).text(`Hoofdstuk ${Math.ceil(page / 10)}: Afspraken over verzuim deel ${page}`, 60, y, { lineBreak: false });
      y += 40;
    }
    if (page % 5 === 3) {
      doc.font("Helvetica-Bold").fontSize(13).text(`fase ${(page % 3) + 1}.${page % 7} Registreren en bespreken`, 60, y, { lineBreak: false });
      y += 28;
    }
    doc.font("Helvetica").fontSize(10.5);
    for (let line = 0; y < 760; y += 15, line++) {
      const text = line % 2 === 0 ? "De school bespreekt het aanhoudende ver-" : "zuim met ouders en leerling en legt de afspraken vast in het dossier.";
      doc.text(text, 60, y, { lineBreak: false });
    }
    doc.font("Helvetica").fontSize(9).text(`Pagina ${page}`, 280, 800, { lineBreak: false });
  }
  doc.end();
  await done;
}
