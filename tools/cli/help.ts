import type { Command } from "./commands.ts";

/** The help and usage texts, made from the command table so they cannot drift from what is parsed. */

/** "routeboek links [...]" with continuation lines aligned under the first option. */
function usageOf(name: string, command: Command, prefix: string): string {
  const indent = " ".repeat(prefix.length + "routeboek ".length + name.length + 1);
  return command.usage.map((line, index) => (index === 0 ? `${prefix}routeboek ${line}` : `${indent}${line}`)).join("\n");
}

/** The whole tool's help. */
export function toolHelp(commands: Record<string, Command>): string {
  const lines = Object.entries(commands).flatMap(([name, command]) => [usageOf(name, command, "  "), `      ${command.summary}`]);
  return `Usage: routeboek <command> [options]

Commands:
${lines.join("\n")}

Run "routeboek <command> --help" for a command's options.
Exit codes: 0 all is well, 1 problems in the content or an input that cannot be read, 2 a usage error.`;
}

/** One command's help, with every option. */
export function commandHelp(name: string, command: Command): string {
  const flags: [form: string, help: string][] = Object.entries(command.flags).map(([flag, { value, help }]) => [
    `--${flag}${value ? ` ${value}` : ""}`,
    help,
  ]);
  flags.push(["-h, --help", "show this help"]);
  const width = Math.max(...flags.map(([form]) => form.length)) + 2;
  return `${usageOf(name, command, "Usage: ")}

${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.

Options:
${flags.map(([form, help]) => `  ${form.padEnd(width)}${help}`).join("\n")}`;
}

/** What a usage error prints: the problem, then how the command is used. */
export function usageError(problem: string, name: string, command: Command): string {
  return `${problem}\n${usageOf(name, command, "Usage: ")}\nRun "routeboek ${name} --help" for its options.`;
}
