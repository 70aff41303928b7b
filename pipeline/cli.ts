#!/usr/bin/env node
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readContent } from "./content.ts";
import { reportMarkdown } from "./links/report.ts";
import { runLinkReport } from "./links/run.ts";
import { PdfError } from "./pdf/errors.ts";
import { extractPdf } from "./pdf/extract.ts";
import { formatProblem, formatProblems, formatUnverified } from "./problems.ts";
import { frontmatterJsonSchemas } from "./schema/json-schema.ts";
import type { LinkReport } from "./schema/link-report.ts";
import { importTool } from "./tool/import.ts";
import { flowToMarkdown, importReport } from "./tool/to-markdown.ts";

const USAGE = `Usage: routeboek <command>

Commands:
  check [--content <dir>]    validate all content; exit 1 with every problem listed
  extract <file.pdf> [--json] headings, chapters, clean text and links of a PDF
  import-tool <file.pdf> --json | --out <dir>
                             a clickable tool PDF as Flow JSON, or as flow.md + import-report.md
  links [--content <dir>] [--report <dir>] [--fail-on broken|moved|any]
        [--per-host <n>] [--timeout <s>] [--max-time <s>] [--rewrite <from>=<to>]
                             check every external URL once; write report.json and report.md
  schemas --out <dir>        write JSON Schemas of the frontmatter for editors
`;

/** Reads `--name value` from the arguments. */
function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** Every value of a repeatable `--name value`. */
function options(args: string[], name: string): string[] {
  return args.flatMap((arg, index) => (arg === name && args[index + 1] !== undefined ? [args[index + 1]!] : []));
}

async function check(args: string[]): Promise<number> {
  const root = option(args, "--content") ?? "content";
  const { routebooks, problems, warnings, unverified } = await readContent(root);
  for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
  if (unverified.length) console.warn(formatUnverified(unverified));
  if (problems.length) {
    console.error(`${formatProblems(problems)}\n\n${problems.length} problem${problems.length === 1 ? "" : "s"} found.`);
    return 1;
  }
  const steps = routebooks.reduce((sum, routebook) => sum + routebook.flow.steps.length, 0);
  console.log(`All content is valid: ${routebooks.length} routebook(s), ${steps} steps.`);
  return 0;
}

/** Runs a command on a PDF argument, turning unreadable PDFs into a message and exit code 1. */
async function withPdf(args: string[], run: (path: string, bytes: Uint8Array) => Promise<number>): Promise<number> {
  const path = args.find((arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--out"));
  if (!path) {
    console.error(USAGE);
    return 2;
  }
  try {
    return await run(path, new Uint8Array(await readFile(path)));
  } catch (error) {
    if (error instanceof PdfError) {
      console.error(`${error.message}\n    → ${error.hint}`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    const reason = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a folder, not a PDF" : `cannot be read (${code})`;
    console.error(`${path}: ${reason}\n    → give the path of a PDF file`);
    return 1;
  }
}

async function importToolCommand(args: string[]): Promise<number> {
  const out = option(args, "--out");
  if (!out && !args.includes("--json")) {
    console.error(USAGE);
    return 2;
  }
  return withPdf(args, async (path, bytes) => {
    const { flow, notes } = await importTool(bytes, path);
    if (!out) {
      console.log(JSON.stringify(flow, null, 2));
      for (const note of notes) console.warn(`note: ${path}, page ${note.page}: ${note.message}`);
      return 0;
    }
    await mkdir(out, { recursive: true });
    await writeFile(join(out, "flow.md"), flowToMarkdown(flow, path));
    const report = importReport(flow, notes, path);
    await writeFile(join(out, "import-report.md"), report);
    console.log(`Wrote ${join(out, "flow.md")} and ${join(out, "import-report.md")}.\n\n${report}`);
    return 0;
  });
}

async function extract(args: string[]): Promise<number> {
  return withPdf(args, async (path, bytes) => {
    const document = await extractPdf(bytes, { file: path });
    for (const warning of document.warnings) console.warn(`warning: ${path}, page ${warning.page}: ${warning.message}`);
    if (args.includes("--json")) {
      console.log(JSON.stringify(document, null, 2));
    } else {
      console.log(`${document.title} (${document.pageCount} pages, headings from ${document.headingSource})`);
      for (const heading of document.headings) console.log(`${"  ".repeat(heading.level - 1)}${heading.title} … ${heading.page}`);
    }
    return 0;
  });
}

/** Which statuses make `links --fail-on <level>` exit 1. */
const FAIL_LEVELS: Record<string, (report: LinkReport) => boolean> = {
  broken: (report) => report.summary.byStatus.broken + report.summary.byStatus.unreachable > 0,
  moved: (report) => FAIL_LEVELS.broken!(report) || report.summary.byStatus.moved + report.summary.flagged > 0,
  any: (report) => report.links.some((link) => link.status !== "ok" || link.flags.length > 0),
};

async function links(args: string[]): Promise<number> {
  const failOn = option(args, "--fail-on");
  if (failOn && !FAIL_LEVELS[failOn]) {
    console.error(`--fail-on takes ${Object.keys(FAIL_LEVELS).join(", ")}`);
    return 2;
  }
  const { routebooks, problems } = await readContent(option(args, "--content") ?? "content");
  if (problems.length) {
    console.error(formatProblems(problems));
    return 1;
  }
  const numbers = { "--per-host": 1, "--timeout": 1000, "--max-time": 1000 } as const;
  const given: Partial<Record<keyof typeof numbers, number>> = {};
  for (const [name, scale] of Object.entries(numbers) as [keyof typeof numbers, number][]) {
    const value = option(args, name);
    if (value === undefined) continue;
    if (!(Number(value) > 0)) {
      console.error(`${name} takes a positive number, not "${value}"`);
      return 2;
    }
    given[name] = Number(value) * scale;
  }
  const rewrites = [];
  for (const rule of options(args, "--rewrite")) {
    const split = rule.indexOf("=");
    const [from, to] = [rule.slice(0, split), rule.slice(split + 1)];
    if (split < 1 || !URL.canParse(to)) {
      console.error(`--rewrite takes <from>=<to> with a URL prefix after "=", not "${rule}"`);
      return 2;
    }
    rewrites.push({ from, to });
  }
  const report = await runLinkReport(routebooks, {
    ...(given["--per-host"] ? { perHost: given["--per-host"] } : {}),
    ...(given["--timeout"] ? { requestTimeoutMs: given["--timeout"] } : {}),
    ...(given["--max-time"] ? { runTimeoutMs: given["--max-time"] } : {}),
    rewrites,
  });
  const markdown = reportMarkdown(report);
  const out = option(args, "--report");
  if (out) {
    await mkdir(out, { recursive: true });
    await writeFile(join(out, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(out, "report.md"), markdown);
  }
  console.log(markdown.split("\n").slice(0, 3).join("\n").trim());
  if (out) console.log(`\nWrote ${join(out, "report.json")} and ${join(out, "report.md")}.`);
  return failOn && FAIL_LEVELS[failOn]!(report) ? 1 : 0;
}

async function schemas(args: string[]): Promise<number> {
  const out = option(args, "--out") ?? "schemas";
  await mkdir(out, { recursive: true });
  for (const [name, schema] of Object.entries(frontmatterJsonSchemas())) {
    await writeFile(join(out, name), `${JSON.stringify(schema, null, 2)}\n`);
    console.log(`Wrote ${join(out, name)}`);
  }
  return 0;
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { check, extract, "import-tool": importToolCommand, links, schemas };

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "help") {
    console.log(USAGE);
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(name ? `Unknown command "${name}".\n\n${USAGE}` : USAGE);
    return 2;
  }
  return command(args);
}

process.exitCode = await main(process.argv.slice(2));
// A link check may leave sockets to slow hosts open after its time limit; the result is final.
if (process.argv[2] === "links") process.exit();
