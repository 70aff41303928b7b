#!/usr/bin/env node
// The `routeboek` command. It loads only the command table at start-up; each
// command imports its own modules when it runs (see cli/commands.ts).
import { enableCompileCache } from "node:module";
import { parseCommandArgs } from "./cli/args.ts";
import { COMMANDS } from "./cli/commands.ts";
import { InputError, UsageError } from "./cli/errors.ts";
import { commandHelp, toolHelp, usageError } from "./cli/help.ts";
import { closest } from "../pipeline/problems/suggest.ts";

// Node keeps the compiled (and type-stripped) modules in its cache folder in
// the temp directory, which makes the next run's imports cheap: a repeated
// `check` starts in about two thirds of the time. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
enableCompileCache();

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || (name === "help" && args.length === 0)) {
    console.log(toolHelp(COMMANDS));
    return 0;
  }
  if (name === "help") return main([args[0]!, "--help", ...args.slice(1)]);
  const command = name === undefined ? undefined : COMMANDS[name];
  if (name === undefined || !command) {
    const near = name === undefined ? undefined : closest(name, Object.keys(COMMANDS));
    const problem = name === undefined ? "" : `Unknown command "${name}".${near ? ` Did you mean "${near}"?` : ""}\n\n`;
    console.error(`${problem}${toolHelp(COMMANDS)}`);
    return 2;
  }
  try {
    const parsed = parseCommandArgs(args, command.flags, command.positionals);
    if (parsed.values.help) {
      console.log(commandHelp(name, command));
      return 0;
    }
    return await command.run(parsed);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(usageError(error.message, name, command));
      return 2;
    }
    if (error instanceof InputError) {
      console.error(`${error.message}\n    → ${error.hint}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
if (COMMANDS[process.argv[2] ?? ""]?.endsProcess) process.exit();
