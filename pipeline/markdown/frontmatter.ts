import type { Root } from "mdast";
import type { Problem } from "../problems.ts";
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
    return {
      data: undefined,
      placeOf: () => ({ line: 1, column: 1 }),
      problems: [
        {
          file,
          line: 1,
          column: 1,
          message: "the file has no frontmatter",
          hint: "start the file with a block between two `---` lines holding its metadata",
        },
      ],
    };
  }
  // The YAML text starts on the line after the opening `---`.
  return parseYamlWithPlaces(node.value, file, "the frontmatter", node.position.start.line + 1);
}
