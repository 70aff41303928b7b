import type { YAMLError } from "yaml";

/** One YAML mistake in our words: what is wrong, what to do, and where in the text it starts. */
export interface YamlMistake {
  message: string;
  hint: string;
  /** Offset in the text to point at. */
  offset: number;
}

/**
 * The first YAML error as a maintainer reads it. Only the first: one slip (an
 * indentation, a missing quote) makes the parser report every line after it,
 * and those go away with the first. An unclosed bracket or quote is reported
 * where it was opened, not on the line where the parser gave up.
 */
export function yamlMistake(error: YAMLError, text: string): YamlMistake {
  const offset = error.pos[0];
  const said = error.message.split("\n")[0]!;
  const unclosed = /end with a ([\]}])/.exec(said)?.[1] ?? /Missing closing (["'])quote/.exec(said)?.[1];
  if (unclosed) {
    const opener = unclosed === "]" ? "[" : unclosed === "}" ? "{" : unclosed;
    const opened = text.lastIndexOf(opener, Math.max(0, offset - 1));
    const what = opener === "[" ? "list" : opener === "{" ? "group" : "text";
    return {
      message: `the ${what} opened with ${opener} is not closed with ${unclosed}`,
      hint: `close it with ${unclosed} on the same line${opener === "[" ? ", as in `sectors: [po, vo]`" : ""}`,
      offset: opened >= 0 ? opened : offset,
    };
  }
  if (error.code === "DUPLICATE_KEY") {
    const key = /^[^:\n]*/.exec(text.slice(offset))![0].trim();
    return { message: `the field \`${key}\` is given twice`, hint: "keep one of the two", offset };
  }
  if (error.code === "TAG_RESOLVE_FAILED") {
    const tag = /Unresolved tag: (\S+)/.exec(said)?.[1] ?? "?";
    return {
      message: `the tag ${tag.replace("tag:yaml.org,2002:", "!!")} is not part of the content format`,
      hint: "remove the tag (the word starting with !) and write the value as plain text",
      offset,
    };
  }
  const known = OWN_WORDS[error.code];
  if (known) return { ...known, offset };
  return {
    message: `this is not valid YAML (${said})`,
    hint: "compare the lines around it with the example in docs/content-format.md",
    offset,
  };
}

/** Our words for each kind of YAML error a hand-edited file runs into. */
const OWN_WORDS: Partial<Record<YAMLError["code"], Omit<YamlMistake, "offset">>> = {
  BAD_INDENT: {
    message: "this line is indented differently from the lines it belongs with",
    hint: "indent it with spaces so that it starts in the same column as the fields next to it",
  },
  BLOCK_AS_IMPLICIT_KEY: {
    message: "a value holds a colon followed by a space, which YAML reads as the start of a new field",
    hint: 'put the value in double quotes: `title: "Deel 1: Verzuim"`',
  },
  MULTILINE_IMPLICIT_KEY: {
    message: "a field's name runs over more than one line",
    hint: "write the name and a colon on one line: `name: value`",
  },
  MISSING_CHAR: {
    message: "this line is neither a field (`name: value`) nor a list item (`- …`)",
    hint: "add the colon after the field's name, or the `- ` before a list item, in the same column as the others",
  },
  TAB_AS_INDENT: { message: "this line is indented with a tab", hint: "indent with spaces; YAML does not allow tabs" },
  BAD_SCALAR_START: {
    message: "a value starts with a character YAML reserves (such as @, `, | or >)",
    hint: 'put the value in double quotes: `title: "@Home"`',
  },
  UNEXPECTED_TOKEN: {
    message: "this line has text where YAML expects none",
    hint: "check the quotes and brackets on this line and the one before",
  },
  MULTIPLE_DOCS: { message: "a line `---` starts a second block here", hint: "remove the line `---`, or the text after it" },
};
