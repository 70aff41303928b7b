import { parseArgs } from "node:util";
import { closest } from "../../pipeline/problems/suggest.ts";
import { UsageError } from "./errors.ts";

/** One option of a command, as its help lists it. */
export interface Flag {
  type: "string" | "boolean";
  /** May be given more than once (a list of values). */
  multiple?: boolean;
  /** Placeholder for the value in the help, e.g. "<dir>". */
  value?: string;
  /** What it does, for the help. */
  help: string;
}

export type Flags = Record<string, Flag>;

/** What the command line gave, by option name (`--fail-on` → `fail-on`). */
export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * Parses a command's arguments strictly: `parseArgs` decides what is wrong,
 * and `explain` words it for a person, because Node's own messages talk
 * about "ambiguous arguments" and quoting with `--`.
 */
export function parseCommandArgs(args: string[], flags: Flags, positionals: readonly string[]): Parsed {
  const options = { ...flagOptions(flags), help: { type: "boolean", short: "h" } } as const;
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals.length > 0 });
  } catch (error) {
    if (!(error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")) throw error;
    throw new UsageError(explain(args, flags, positionals) ?? (error as Error).message);
  }
  const extra = parsed.positionals[positionals.length];
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const missing = positionals[parsed.positionals.length];
  if (missing !== undefined && !missing.startsWith("[") && !parsed.values.help) throw new UsageError(`missing argument ${missing}`);
  return parsed;
}

function flagOptions(flags: Flags) {
  return Object.fromEntries(Object.entries(flags).map(([name, flag]) => [name, { type: flag.type, multiple: flag.multiple ?? false }]));
}

/** The first problem in the arguments, found by reading them again leniently. */
function explain(args: string[], flags: Flags, positionals: readonly string[]): string | undefined {
  const { tokens } = parseArgs({ args, options: flagOptions(flags), strict: false, allowPositionals: true, tokens: true });
  let seen = 0;
  for (const token of tokens) {
    if (token.kind === "positional") {
      if (++seen > positionals.length) return `unexpected argument "${token.value}"`;
      continue;
    }
    if (token.kind !== "option" || token.name === "help" || token.name === "h") continue;
    const flag = flags[token.name];
    if (!flag) {
      const near = closest(token.name, Object.keys(flags));
      return `unknown option "${token.rawName}"${near ? ` (did you mean "--${near}"?)` : ""}`;
    }
    const form = `${token.rawName} ${flag.value ?? "<value>"}`;
    if (flag.type === "boolean" && token.value !== undefined) return `${token.rawName} takes no value, but was given "${token.value}"`;
    if (flag.type === "string" && token.value === undefined) return `${token.rawName} needs a value (${form})`;
    // parseArgs reads "--report --fail-on" as --report with the value "--fail-on"; nobody means that.
    if (flag.type === "string" && !token.inlineValue && token.value?.startsWith("-")) {
      return `${token.rawName} needs a value (${form}), but "${token.value}" follows it`;
    }
  }
  return undefined;
}
