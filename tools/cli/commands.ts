import type { Flags, Parsed } from "./args.ts";
import { UsageError } from "./errors.ts";
import { FAIL_ON } from "./fail-on.ts";
import { LIMITS } from "../links/limits.ts";
import { CONTENT_DIR } from "../../pipeline/settings.ts";
import { oneOf, ranged, rewriteRule } from "./values.ts";
import { FORMATS } from "../../pipeline/editions/format.ts";

/**
 * Every command: its usage, options and positional arguments, and how to run it.
 * Only this table is loaded at start-up; `run` checks the option values and
 * then imports the command's module, so `--help`, a usage error or `check`
 * never load pdf.js, the link checker or the JSON Schema writer.
 */
export interface Command {
  /** The usage after "routeboek "; a second line continues the first. */
  usage: readonly string[];
  /** What it does, in one line. */
  summary: string;
  flags: Flags;
  /** Names of the positional arguments, in order; an optional one in brackets ("[<id>]"), after the required ones. */
  positionals: readonly string[];
  run(parsed: Parsed): Promise<number>;
  /**
   * Its work may leave sockets or name lookups to slow hosts open after its time
   * limit, though its result is final: the process ends once it has that result.
   */
  endsProcess?: true;
}

const CONTENT: Flags = { content: { type: "string", value: "<dir>", help: "the content folder (default: content)" } };

const text = (parsed: Parsed, name: string) => parsed.values[name] as string | undefined;

export const COMMANDS: Record<string, Command> = {
  check: {
    usage: ["check [<routebook-id>] [--content <dir>] [--verbose] [--json]"],
    summary: "validate all content, or one routebook; exit 1 with every problem listed",
    flags: {
      ...CONTENT,
      verbose: { type: "boolean", help: "list each reference that is not verified, not only how many" },
      json: { type: "boolean", help: "print the problems as JSON (file, line, column, message, hint, severity)" },
    },
    positionals: ["[<routebook-id>]"],
    run: async (parsed) =>
      (await import("./check.ts")).check({
        content: text(parsed, "content") ?? CONTENT_DIR,
        routebook: parsed.positionals[0],
        verbose: parsed.values.verbose === true,
        json: parsed.values.json === true,
      }),
  },
  diff: {
    usage: ["diff <old> <new> [<routebook-id>] [--format text|markdown|json] [--content <dir>]"],
    summary: "what changed between two editions: edition files, built sites, content folders or git refs",
    flags: {
      format: { type: "string", value: FORMATS.join("|"), help: "text (default), Markdown for a pull request, or JSON" },
      content: { type: "string", value: "<dir>", help: "the content folder inside the repository, for git refs (default: content)" },
    },
    positionals: ["<old>", "<new>", "[<routebook-id>]"],
    run: async (parsed) => {
      const format = oneOf(text(parsed, "format"), "--format", FORMATS) ?? "text";
      const [old, next, routebook] = parsed.positionals as [string, string, string?];
      return (await import("./diff.ts")).diff({ old, next, routebook, format, content: text(parsed, "content") ?? CONTENT_DIR });
    },
  },
  extract: {
    usage: ["extract <file.pdf> [--json]"],
    summary: "headings, chapters, clean text and links of a PDF",
    flags: { json: { type: "boolean", help: "print the Document JSON instead of the heading tree" } },
    positionals: ["<file.pdf>"],
    run: async (parsed) => (await import("./extract.ts")).extract({ file: parsed.positionals[0]!, json: parsed.values.json === true }),
  },
  "import-tool": {
    usage: ["import-tool <file.pdf> --json | --out <dir>"],
    summary: "a clickable tool PDF as Flow JSON, or as flow.md + import-report.md",
    flags: {
      json: { type: "boolean", help: "print the Flow JSON" },
      out: { type: "string", value: "<dir>", help: "write flow.md and import-report.md into this folder" },
    },
    positionals: ["<file.pdf>"],
    run: async (parsed) => {
      const out = text(parsed, "out");
      if ((out === undefined) === (parsed.values.json !== true)) throw new UsageError("give either --json or --out <dir>");
      return (await import("./import-tool.ts")).importToolCommand({ file: parsed.positionals[0]!, out });
    },
  },
  links: {
    endsProcess: true,
    usage: [
      `links [--content <dir>] [--report <dir>] [--fail-on ${FAIL_ON.join("|")}]`,
      "[--per-host <n>] [--timeout <s>] [--max-time <s>] [--rewrite <from>=<to>]",
    ],
    summary: "check every external URL once; write report.json and report.md",
    flags: {
      ...CONTENT,
      report: { type: "string", value: "<dir>", help: "write report.json and report.md into this folder" },
      "fail-on": {
        type: "string",
        value: FAIL_ON.join("|"),
        help: "exit 1 on broken URLs, also on moved and flagged ones, or on anything not ok",
      },
      "per-host": { type: "string", value: "<n>", help: "requests to one host at a time, 1 to 10 (default: 2)" },
      timeout: { type: "string", value: "<s>", help: "time limit per request in seconds, 0.1 to 600 (default: 15)" },
      "max-time": { type: "string", value: "<s>", help: "time limit for the whole run in seconds, 1 to 86400 (default: 300)" },
      rewrite: {
        type: "string",
        multiple: true,
        value: "<from>=<to>",
        help: "check URLs under <from> at <to> instead; the report keeps the originals",
      },
    },
    positionals: [],
    run: async (parsed) => {
      // Every value is checked before the content is read: a typo fails at once.
      const failOn = oneOf(text(parsed, "fail-on"), "--fail-on", FAIL_ON);
      const perHost = ranged(text(parsed, "per-host"), "--per-host", LIMITS.perHost);
      const requestTimeoutMs = ranged(text(parsed, "timeout"), "--timeout", LIMITS.requestTimeoutMs, 1000);
      const runTimeoutMs = ranged(text(parsed, "max-time"), "--max-time", LIMITS.runTimeoutMs, 1000);
      const rewrites = ((parsed.values.rewrite ?? []) as string[]).map(rewriteRule);
      return (await import("./links.ts")).links({
        content: text(parsed, "content") ?? CONTENT_DIR,
        report: text(parsed, "report"),
        failOn,
        check: {
          ...(perHost ? { perHost } : {}),
          ...(requestTimeoutMs ? { requestTimeoutMs } : {}),
          ...(runTimeoutMs ? { runTimeoutMs } : {}),
          rewrites,
        },
      });
    },
  },
  schemas: {
    usage: ["schemas [--out <dir>]"],
    summary: "write JSON Schemas of the frontmatter for editors (default: into schemas/)",
    flags: { out: { type: "string", value: "<dir>", help: "the folder to write into (default: schemas)" } },
    positionals: [],
    run: async (parsed) => (await import("./schemas.ts")).schemas({ out: text(parsed, "out") }),
  },
};
