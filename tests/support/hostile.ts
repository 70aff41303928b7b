/**
 * Hostile inputs for the hardening tests, generated on the spot instead of
 * committed: a small valid routebook to break in one place, and PDFs whose
 * few megabytes unpack into gigabytes or into millions of text operators.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { constants, deflateRawSync } from "node:zlib";
import { PDFDocument, PDFName, StandardFonts } from "pdf-lib";
import { CLI, NODE } from "./cli.ts";
import { SITE_MARKER, SITE_MARKER_TEXT } from "../../tools/build/out-folder.ts";

export interface RoutebookParts {
  /** The routebook's id, and its folder name. */
  id?: string;
  /** YAML lines of the `documents:` list, indented by two spaces. */
  documents?: string;
  /** The flow's text, replacing the two-step default. */
  flow?: string;
}

export const SMALL_FLOW = `---
title: Proeftool
---

## Is er verzuim? {#start}

- [Ja](#einde)

## Klaar {#einde}

**Einde:** Je bent klaar.
`;

const DEFAULT_DOCUMENTS = "  - alias: Werkwijze\n    title: Werkwijze\n";

export function routebookMeta({ id = "proef", documents = DEFAULT_DOCUMENTS }: RoutebookParts = {}): string {
  return `---\nid: ${id}\ntitle: Proef\norganisation: Tests\nsectors: [po]\nregion: Proefregio\ndocuments:\n${documents}---\n\nEen proefroutebook.\n`;
}

/** A fresh content folder with one small valid routebook in it; returns the content folder and the routebook's folder. */
export async function tempRoutebook(parts: RoutebookParts = {}): Promise<{ content: string; dir: string }> {
  const content = join(await mkdtemp(join(tmpdir(), "routeboek-hostile-")), "content");
  const dir = join(content, parts.id ?? "proef");
  await mkdir(join(dir, "bronnen"), { recursive: true });
  await writeFile(join(dir, "routeboek.md"), routebookMeta(parts));
  await writeFile(join(dir, "flow.md"), parts.flow ?? SMALL_FLOW);
  return { content, dir };
}

/**
 * `data` repeated `times` times as one zlib stream, without ever holding the
 * unpacked bytes: a full flush leaves the compressor byte-aligned with an empty
 * window, so the compressed chunk can simply be repeated; the Adler-32 checksum
 * of the whole is computed from the chunk's.
 */
export function repeatedZlib(data: Uint8Array, times: number): Uint8Array {
  const raw = deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const end = Uint8Array.of(0x03, 0x00); // an empty final fixed-Huffman block
  // Adler-32 of one chunk's bytes, then of the chunk repeated: each round adds
  // its byte sum to a, and to b its weighted sum plus its length times a.
  const MOD = 65521;
  let sum = 0;
  let weighted = 0;
  for (const [index, byte] of data.entries()) {
    sum = (sum + byte) % MOD;
    weighted = (weighted + (data.length - index) * byte) % MOD;
  }
  let a = 1;
  let b = 0;
  for (let round = 0; round < times; round++) {
    b = (b + (data.length % MOD) * a + weighted) % MOD;
    a = (a + sum) % MOD;
  }
  const checksum = Uint8Array.of(b >> 8, b & 0xff, a >> 8, a & 0xff);
  const parts = [Uint8Array.of(0x78, 0xda), ...Array.from({ length: times }, () => raw), end, checksum];
  return Buffer.concat(parts);
}

/** A one-page PDF whose page content is `stream` (already Flate-compressed). */
async function pdfWithContent(stream: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.node.setFontDictionary(PDFName.of("F1"), (await pdf.embedFont(StandardFonts.Helvetica)).ref);
  const contents = pdf.context.register(pdf.context.stream(stream, { Filter: "FlateDecode", Length: stream.length }));
  page.node.set(PDFName.of("Contents"), contents);
  return pdf.save({ useObjectStreams: false });
}

/** A Flate bomb: a page whose content stream is `megabytes` MB of zeros, deflated to about a thousandth of that. */
export function flateBombPdf(megabytes: number): Promise<Uint8Array> {
  return pdfWithContent(repeatedZlib(new Uint8Array(1 << 20), megabytes));
}

/** A page with `thousands` × 1000 text-showing operators: a small file, a huge text layer. */
export function hugeTextPdf(thousands: number): Promise<Uint8Array> {
  const operators = "BT /F1 12 Tf 72 720 Td (verzuim) Tj ET\n".repeat(1000);
  return pdfWithContent(repeatedZlib(new TextEncoder().encode(operators), thousands));
}

/** A process run to its end. */
export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A process run to its end, with its peak memory in MB: the bench's figure (bench/hostile.ts), not a test's. */
export interface MeasuredRun extends Run {
  peakMb: number;
}

/** How a Node script of the project is run: plainly (the tests) or measured (the bench). */
export type Runner<R extends Run> = (args: readonly string[], env?: Record<string, string>) => Promise<R>;

/** Runs a Node script of the project (the CLI, the build) to its end. */
export const runScript: Runner<Run> = async (args, env = {}) => {
  const result = spawnSync(NODE, [...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    // A hang must fail the test, not the suite: far above any real run on a busy machine.
    timeout: 150_000,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
};

/** Runs a Node script of the project with the peak-memory probe preloaded (tests/support/max-rss.ts). */
export const runMeasured: Runner<MeasuredRun> = async (args, env = {}) => {
  const probe = join(await mkdtemp(join(tmpdir(), "routeboek-rss-")), "max-rss");
  const run = await runScript(["--import", resolve("tests/support/max-rss.ts"), ...args], { ...env, ROUTEBOEK_TEST_MAX_RSS: probe });
  const peakKb = Number(await readFile(probe, "utf8").catch(() => "0"));
  return { ...run, peakMb: peakKb / 1024 };
};

/** `routeboek check --content <content>`. */
export function checkContent(content: string): Promise<Run>;
export function checkContent<R extends Run>(content: string, run: Runner<R>): Promise<R>;
export function checkContent(content: string, run: Runner<Run> = runScript): Promise<Run> {
  return run([CLI, "check", "--content", content], { ROUTEBOEK_CACHE: join(content, "..", "cache") });
}

/**
 * `npm run build` of the content into an output folder that holds a last good
 * site (one marker file); `siteKept` says whether that site is still there
 * untouched afterwards.
 */
export function buildContent(content: string): Promise<Run & { siteKept: boolean }>;
export function buildContent<R extends Run>(content: string, run: Runner<R>): Promise<R & { siteKept: boolean }>;
export async function buildContent(content: string, run: Runner<Run> = runScript): Promise<Run & { siteKept: boolean }> {
  const out = join(content, "..", "dist");
  await mkdir(out, { recursive: true });
  await writeFile(join(out, "index.html"), "last good site");
  // The mark of a site the build wrote: without it the build refuses to replace the folder.
  await writeFile(join(out, SITE_MARKER), SITE_MARKER_TEXT);
  const result = await run(["tools/build/build.ts"], {
    ROUTEBOEK_CONTENT: content,
    ROUTEBOEK_OUT: out,
    ROUTEBOEK_CACHE: join(content, "..", "cache"),
    ROUTEBOEK_ASTRO_CACHE: join(content, "..", "astro-cache"),
  });
  const kept =
    (await readdir(out)).sort().join() === `${SITE_MARKER},index.html` &&
    (await readFile(join(out, "index.html"), "utf8")) === "last good site";
  return { ...result, siteKept: kept };
}

/** Output that is a list of problems, not a crash: no stack frame, no Node internals. */
export function isStackFree(output: string): boolean {
  return !/^\s+at |node:internal|^\w*Error: |Maximum call stack|FATAL ERROR/m.test(output);
}
