/**
 * Peak memory of the CLI and the build on hostile input (`npm run bench -- --only hostile`): a PDF that unpacks
 * into gigabytes, three of them in one routebook, a page of two million text operators, a flow.md over its size
 * limit and a list nested 1,500 deep. The hardening tests (tests/cli/hostile-pdf.test.ts,
 * tests/cli/hostile-content.test.ts) check what each run says and that it ends; this bench measures what it takes.
 * Budget: every run's peak resident memory, worker threads included, under 1 GB (docs/pdf-extraction.md's limits
 * leave the build under it). Figures and verdicts, never an exit code.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CLI } from "../tests/support/cli.ts";
import {
  buildContent,
  checkContent,
  flateBombPdf,
  hugeTextPdf,
  type MeasuredRun,
  runMeasured,
  SMALL_FLOW,
  tempRoutebook,
} from "../tests/support/hostile.ts";
import { budget, table } from "./measure.ts";

const BUDGET_MB = 1024;

const pdfDocument = (name: string) => `  - alias: ${name}\n    title: ${name}\n    pdf: bronnen/${name}.pdf\n`;

/** A routebook holding these PDFs, each `bytes`. */
async function withPdfs(names: readonly string[], bytes: Uint8Array): Promise<{ content: string; dir: string }> {
  const routebook = await tempRoutebook({ documents: names.map(pdfDocument).join("") });
  for (const name of names) await writeFile(join(routebook.dir, "bronnen", `${name}.pdf`), bytes);
  return routebook;
}

export async function hostileBench(): Promise<void> {
  console.log("\n## Hostile input: peak memory\n");
  const bomb = await flateBombPdf(4096);
  const rows: string[][] = [];
  let worst = 0;
  const measure = async (what: string, command: string, run: Promise<MeasuredRun>) => {
    const result = await run;
    worst = Math.max(worst, result.peakMb);
    const ended = result.signal ? `killed (${result.signal})` : `exit ${result.status}`;
    rows.push([what, command, ended, result.peakMb.toFixed(0)]);
  };

  const one = await withPdfs(["bom"], bomb);
  await measure("4 MB Flate bomb (4 GB of zeros)", "check", checkContent(one.content, runMeasured));
  await measure("4 MB Flate bomb (4 GB of zeros)", "build", buildContent(one.content, runMeasured));
  await measure("4 MB Flate bomb (4 GB of zeros)", "extract", runMeasured([CLI, "extract", join(one.dir, "bronnen/bom.pdf"), "--json"]));

  const three = await withPdfs(["bom-1", "bom-2", "bom-3"], bomb);
  await measure("three such bombs in one routebook (B-N2; was 1.5 GB)", "check", checkContent(three.content, runMeasured));

  const work = await mkdtemp(join(one.content, "..", "tekst-"));
  await writeFile(join(work, "tekst.pdf"), await hugeTextPdf(2000));
  await measure("a page with two million text operators", "extract", runMeasured([CLI, "extract", join(work, "tekst.pdf")]));

  const longWord = await tempRoutebook({ flow: SMALL_FLOW.replace("Je bent klaar.", "x".repeat(17 * 1024 * 1024)) });
  await measure("flow.md of one 17 MB word", "check", checkContent(longWord.content, runMeasured));
  await measure("flow.md of one 17 MB word", "build", buildContent(longWord.content, runMeasured));

  const nested = await tempRoutebook({ documents: "  - alias: Werkwijze\n    title: Werkwijze\n    markdown: bronnen/werkwijze.md\n" });
  const list = Array.from({ length: 1500 }, (_, level) => `${"  ".repeat(level)}- punt ${level}`).join("\n");
  await writeFile(join(nested.dir, "bronnen/werkwijze.md"), `# Hoofdstuk 1: Werkwijze\n\nEerst.\n\n${list}\n`);
  await measure("a Markdown list nested 1,500 deep", "check", checkContent(nested.content, runMeasured));
  await measure("a Markdown list nested 1,500 deep", "build", buildContent(nested.content, runMeasured));

  console.log(table(["input", "command", "ended", "peak MB"], rows));
  console.log(
    `\n${budget("highest peak resident memory of these runs:", `${worst.toFixed(0)} MB`, worst < BUDGET_MB, `< ${BUDGET_MB} MB`)}`,
  );
  for (const routebook of [one, three, longWord, nested]) await rm(join(routebook.content, ".."), { recursive: true, force: true });
}
