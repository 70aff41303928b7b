import type { Root } from "mdast";
import { LineCounter, parseDocument, isNode } from "yaml";
import type { Problem } from "../problems.ts";
import type { Place } from "../schema/place.ts";

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
  const firstLine = node.position.start.line + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(node.value, { lineCounter, prettyErrors: false });
  const toPlace = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };
  const problems: Problem[] = document.errors.map((error) => ({
    file,
    ...toPlace(error.pos[0]),
    message: `the frontmatter is not valid YAML: ${error.message.split("\n")[0]}`,
    hint: "check indentation and quote values that contain a colon",
  }));
  const placeOf = (path: readonly PropertyKey[]): Place => {
    for (let length = path.length; length > 0; length--) {
      const found = document.getIn(path.slice(0, length) as unknown[], true);
      if (isNode(found) && found.range) return toPlace(found.range[0]);
    }
    return { line: firstLine, column: 1 };
  };
  return { data: problems.length ? undefined : document.toJS(), placeOf, problems };
}
