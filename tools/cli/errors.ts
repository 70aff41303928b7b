/**
 * The two ways a command ends early without a stack trace.
 * The entry point prints them and sets the exit code, so commands only throw.
 */

/** The command line itself is wrong: exit 2 with the command's usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A file or folder the command was given cannot be used: exit 1 with a hint. */
export class InputError extends Error {
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.name = "InputError";
    this.hint = hint;
  }
}
