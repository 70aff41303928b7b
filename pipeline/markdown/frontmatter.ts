import type { Root } from "mdast";
import type { Problem } from "../problems/problems.ts";
import type { Place } from "../schema/place.ts";
import { parseYamlWithPlaces } from "./yaml.ts";

export interface Frontmatter {
  /** The parsed YAML, or undefined when there is none or it does not parse. */
  data: unknown;
  /** Where the value at a path stands in the file; the frontmatter's start when unknown. */
  placeOf(path: readonly PropertyKey[]): Place;
  problems: Problem[];
}

/** Reads the YAML frontmatter of a parsed Markdown file, keeping positions for error messages. */
export function readFrontmatter(tree: Root, file: string): Frontmatter {
  const node = tree.children[0];
  if (node?.type !== "yaml" || !node.position) {
    // An opening `---` without its closing line is read as a horizontal rule: say what is missing.
    const unclosed = node?.type === "thematicBreak" && node.position?.start.line === 1;
    return {
      data: undefined,
      placeOf: () => ({ line: 1, column: 1 }),
      problems: [
        {
          file,
          line: 1,
          column: 1,
          message: unclosed ? "the frontmatter has no closing `---` line" : "the file has no frontmatter",
          hint: unclosed
            ? "end the metadata with a line `---`, before the text below it"
            : "start the file with a block between two `---` lines holding its metadata",
        },
      ],
    };
  }
  // The YAML text starts on the line after the opening `---`.
  return parseYamlWithPlaces(node.value, file, "the frontmatter", node.position.start.line + 1);
}
