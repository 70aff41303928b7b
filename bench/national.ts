/**
 * National-scale content: N routebooks, one per (imagined) samenwerkingsverband,
 * each a copy of SPPOH's flow with its own three source PDFs. The PDFs are the
 * SPPOH stand-ins of the test fixtures, rendered again per routebook with the
 * region's name in the title, running header and text, plus pages of body text:
 * every routebook's PDFs have different bytes, so the extraction cache cannot
 * share one result between routebooks, as with real regions.
 *
 *   node bench/national.ts <out-dir> <N> [--extra-pages 24]
 */
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type DocModel, type PageModel, render } from "../tests/fixtures/pdf/layout.ts";
import { SPPOH_HANDREIKING, SPPOH_ROUTEBOEK, SPPOH_TAFELS } from "../tests/fixtures/pdf/sppoh.ts";

/** The routebook every national copy is made from, and its documents' aliases → PDF file names. */
const SOURCE = "content/sppoh-po";
const DOCUMENTS: [alias: string, file: string, model: DocModel][] = [
  ["Routeboek Verzuim & Thuiszitters", "routeboek.pdf", SPPOH_ROUTEBOEK],
  ["Praktische handreiking", "praktische-handreiking.pdf", SPPOH_HANDREIKING],
  ["Tafels voor opschaling", "tafels-voor-opschaling.pdf", SPPOH_TAFELS],
];

/** Folder name and routebook id of the `index`-th routebook (1-based): `swv-001`, `swv-002`, … */
export const nationalId = (index: number) => `swv-${String(index).padStart(3, "0")}`;

/** A page of body text naming the region, so each routebook's text (and bytes) differ. */
function regionPage(region: string, number: number): PageModel {
  const para = (...lines: string[]) => ({ kind: "para" as const, lines });
  return {
    blocks: Array.from({ length: 9 }, (_, block) =>
      para(
        `In ${region} bespreekt de school afwezigheid binnen een week met de ouders (${number}.${block + 1}).`,
        "De intern begeleider legt de afspraken vast en plant een vervolggesprek met de",
        "leerplichtambtenaar wanneer het verzuim aanhoudt of de zorgen groter worden.",
        "Het samenwerkingsverband denkt mee over passend aanbod en een haalbare terugkeer.",
      ),
    ),
  };
}

/** One region's version of a stand-in document: its name in title, header and text, plus `extraPages` of body text. */
function regional(model: DocModel, region: string, extraPages: number): DocModel {
  const [first, ...rest] = model.pages;
  const intro = { kind: "para" as const, lines: [`Deze versie geldt voor ${region}.`] };
  return {
    ...model,
    title: `${model.title} (${region})`,
    header: `${model.header ?? model.title} · ${region}`,
    pages: [
      { ...first!, blocks: [...first!.blocks, intro] },
      ...rest,
      ...Array.from({ length: extraPages }, (_, page) => regionPage(region, page + 1)),
    ],
  };
}

/** Rewrites SPPOH's routeboek.md for one region: its own id, title and PDFs. */
function regionalMeta(meta: string, id: string, region: string): string {
  let out = meta
    .replace(/^id: .*$/m, `id: ${id}`)
    .replace(/^title: (.*)$/m, `title: $1 (${region})`)
    .replace(/^region: .*$/m, `region: ${region}`);
  for (const [alias, file] of DOCUMENTS) {
    const line = `  - alias: ${alias}\n`;
    if (!out.includes(line)) throw new Error(`${SOURCE}/routeboek.md lists no document "${alias}"`);
    out = out.replace(line, `${line}    pdf: bronnen/${file}\n`);
  }
  return out;
}

/**
 * Writes `count` routebooks into `dir` (emptied first), plus the shared glossary.
 * `extraPages` pages of body text are added to each routebook's main PDF.
 */
export async function writeNationalContent(dir: string, count: number, extraPages = 24): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp("content/begrippen.yml", join(dir, "begrippen.yml"));
  const [meta, flow] = await Promise.all([readFile(join(SOURCE, "routeboek.md"), "utf8"), readFile(join(SOURCE, "flow.md"), "utf8")]);
  for (let index = 1; index <= count; index++) {
    const id = nationalId(index);
    const region = `Regio ${String(index).padStart(3, "0")}`;
    const folder = join(dir, id);
    await mkdir(join(folder, "bronnen"), { recursive: true });
    await writeFile(join(folder, "routeboek.md"), regionalMeta(meta, id, region));
    await writeFile(join(folder, "flow.md"), flow);
    for (const [, file, model] of DOCUMENTS) {
      const pages = file === "routeboek.pdf" ? extraPages : 0;
      await writeFile(join(folder, "bronnen", file), await render(regional(model, region, pages)));
    }
  }
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { "extra-pages": { type: "string", default: "24" } } });
  const [dir, count] = positionals;
  const n = Number(count);
  const extra = Number(values["extra-pages"]);
  if (!dir || !Number.isInteger(n) || n < 1 || !Number.isInteger(extra) || extra < 0) {
    console.error("usage: node bench/national.ts <out-dir> <N ≥ 1> [--extra-pages 24]");
    process.exitCode = 2;
  } else {
    await writeNationalContent(dir, n, extra);
    console.log(`${n} routebook(s) written to ${dir}/.`);
  }
}
