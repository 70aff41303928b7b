/**
 * Issue 13, item 7: memory and hangs. A PDF that unpacks into gigabytes, a
 * page with millions of text operators, a named pipe or a device where a
 * file should be, a file over its size limit: each ends in a one-line message
 * and exit 1, from `check`, the build and `extract` alike; the build keeps the
 * last good site. The processes' peak memory (under 1 GB) is the bench's figure:
 * `npm run bench -- --only hostile` (bench/hostile.ts).
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runIsolated } from "../../pipeline/pdf-jobs/isolate.ts";
import { CLI } from "../support/cli.ts";
import {
  buildContent,
  checkContent,
  flateBombPdf,
  hugeTextPdf,
  isStackFree,
  type Run,
  runScript,
  tempRoutebook,
} from "../support/hostile.ts";

const pdfDocument = (path: string) => `  - alias: Werkwijze\n    title: Werkwijze\n    pdf: ${path}\n`;

function expectOneLineFailure(run: Run, expected: RegExp) {
  expect(run.signal, "the process was killed: it hung or ran out of memory").toBeNull();
  expect(run.status, run.stderr + run.stdout).toBe(1);
  expect(run.stderr).toMatch(expected);
  expect(isStackFree(run.stderr), run.stderr).toBe(true);
}

/** `check` and the build both refuse the content; the build leaves the last good site. */
async function expectRefused(content: string, expected: RegExp) {
  expectOneLineFailure(await checkContent(content), expected);
  const build = await buildContent(content);
  expectOneLineFailure(build, expected);
  expect(build.siteKept).toBe(true);
}

const mkfifo = (path: string) => execFileSync("mkfifo", [path]);

/** Generous: a 4 GB bomb is stopped within seconds, but a busy machine may take many times longer to start the processes. */
const HEAVY = 300_000;

describe("a PDF that would take the machine", () => {
  it(
    "stops a 4 MB Flate bomb (4 GB of zeros) at the memory limit, in check, the build and extract",
    async () => {
      const { content, dir } = await tempRoutebook({ documents: pdfDocument("bronnen/bom.pdf") });
      await writeFile(join(dir, "bronnen/bom.pdf"), await flateBombPdf(4096));
      await expectRefused(content, /proef\/bronnen\/bom\.pdf: needs more than 448 MB of memory to read[^\n]*\n\s+→ /);
      expectOneLineFailure(
        await runScript([CLI, "extract", join(dir, "bronnen/bom.pdf"), "--json"]),
        /bom\.pdf: needs more than 448 MB of memory to read/,
      );
    },
    HEAVY,
  );

  it(
    "stops each of several bombs in one routebook and names every one (B-N2; that one ceiling holds for all of them is the bench's figure)",
    async () => {
      const names = ["bom-1", "bom-2", "bom-3"];
      const { content, dir } = await tempRoutebook({
        documents: names.map((name) => pdfDocument(`bronnen/${name}.pdf`).replace(/Werkwijze/g, name)).join(""),
      });
      const bomb = await flateBombPdf(4096);
      for (const name of names) await writeFile(join(dir, `bronnen/${name}.pdf`), bomb);
      const run = await checkContent(content);
      // Each bomb is still named; that the peak is that of one bomb, not of three (it was 1.5 GB), the bench measures.
      expectOneLineFailure(run, /bom-1\.pdf: needs more than 448 MB of memory to read/);
      for (const name of names.slice(1)) expect(run.stderr).toMatch(new RegExp(`${name}\\.pdf: `));
    },
    HEAVY,
  );

  it(
    "stops a page with two million text operators at the memory limit",
    async () => {
      const work = await mkdtemp(join(tmpdir(), "routeboek-hostile-"));
      await writeFile(join(work, "tekst.pdf"), await hugeTextPdf(2000));
      expectOneLineFailure(
        await runScript([CLI, "extract", join(work, "tekst.pdf")]),
        /tekst\.pdf: needs more than 448 MB of memory to read/,
      );
    },
    HEAVY,
  );

  it(
    "stops pdf.js at the time limit even in the middle of synchronous work",
    async () => {
      const bytes = await hugeTextPdf(2000);
      await expect(runIsolated("extract", bytes, "tekst.pdf", { timeoutMs: 3000, memoryMb: 4096 })).rejects.toThrow(
        /^tekst\.pdf: took longer than 3 s to open and read$/,
      );
    },
    HEAVY,
  );
});

describe("only regular files within their size limit are read", () => {
  it(
    "refuses a named pipe as the PDF and as flow.md instead of waiting for it",
    async () => {
      const { content, dir } = await tempRoutebook({ documents: pdfDocument("bronnen/pijp.pdf") });
      mkfifo(join(dir, "bronnen/pijp.pdf"));
      await expectRefused(
        content,
        /proef\/routeboek\.md:10:10: the PDF \S+pijp\.pdf is not a regular file \(a named pipe, socket or device\)/,
      );
      const flow = await tempRoutebook();
      await rm(join(flow.dir, "flow.md"));
      mkfifo(join(flow.dir, "flow.md"));
      await expectRefused(flow.content, /proef\/flow\.md: is not a regular file/);
      expectOneLineFailure(await runScript([CLI, "extract", join(dir, "bronnen/pijp.pdf")]), /pijp\.pdf: is not a regular file/);
    },
    HEAVY,
  );

  it(
    "refuses /dev/zero, as a `pdf:` (outside the folder) and given to extract (not a file)",
    async () => {
      const { content } = await tempRoutebook({ documents: pdfDocument("/dev/zero") });
      await expectRefused(content, /proef\/routeboek\.md:10:10: the PDF \/dev\/zero lies outside the routebook's folder/);
      expectOneLineFailure(await runScript([CLI, "extract", "/dev/zero"]), /^\/dev\/zero: is not a regular file/);
    },
    HEAVY,
  );

  it(
    "refuses a PDF over 100 MB without reading it, and a folder named as the PDF",
    async () => {
      const { content, dir } = await tempRoutebook({ documents: pdfDocument("bronnen/groot.pdf") });
      const file = await open(join(dir, "bronnen/groot.pdf"), "w");
      await file.truncate(101 * 1024 * 1024); // sparse: no disk, no time
      await file.close();
      await expectRefused(content, /the PDF \S+groot\.pdf is 101 MB, more than the 100 MB a PDF may be/);
      await rm(join(dir, "bronnen/groot.pdf"));
      await mkdir(join(dir, "bronnen/groot.pdf"));
      await expectRefused(content, /the PDF \S+groot\.pdf is a folder, not a PDF/);
    },
    HEAVY,
  );
});

describe("routeboek schemas --out", () => {
  it(
    "refuses a file, and a folder it cannot create, without spinning",
    async () => {
      const work = await mkdtemp(join(tmpdir(), "routeboek-hostile-"));
      await writeFile(join(work, "bestand"), "");
      expectOneLineFailure(
        await runScript([CLI, "schemas", "--out", join(work, "bestand")]),
        /bestand: is a file, not a folder\n\s+→ give a folder/,
      );
      expectOneLineFailure(await runScript([CLI, "schemas", "--out", "/proc/x"]), /^\/proc\/x: cannot create the folder \/proc\/x \(\w+\)/);
    },
    HEAVY,
  );
});
