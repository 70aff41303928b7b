import { isNode, LineCounter, parseDocument, visit } from "yaml";
import type { Problem } from "../problems/problems.ts";
import type { Place } from "../schema/place.ts";
import { yamlMistake } from "./yaml-errors.ts";

export interface YamlText {
  /** The parsed value, or undefined when the text is not valid YAML. */
  data: unknown;
  /** Where the value at a path stands in the file; the first line when unknown. */
  placeOf(path: readonly PropertyKey[]): Place;
  problems: Problem[];
}

/**
 * Parses YAML and keeps the place of every value, so schema problems can name
 * file:line:column. `firstLine` is the file line the text starts on (frontmatter
 * starts below its `---`); `what` names the text in messages ("the frontmatter").
 */
export function parseYamlWithPlaces(text: string, file: string, what: string, firstLine = 1): YamlText {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const toPlace = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };
  // The first error only: the others follow from it (see yamlMistake).
  // A tag the format does not know (`!!js/function`) is published as plain text by the library: refused instead.
  const faults = [...document.errors, ...document.warnings.filter((warning) => warning.code === "TAG_RESOLVE_FAILED")];
  const problems: Problem[] = faults.slice(0, 1).map((error) => {
    const mistake = yamlMistake(error, text);
    return { file, ...toPlace(mistake.offset), message: `${what} is not valid YAML: ${mistake.message}`, hint: mistake.hint };
  });
  const placeOf = (path: readonly PropertyKey[]): Place => {
    for (let length = path.length; length > 0; length--) {
      const found = document.getIn(path.slice(0, length) as unknown[], true);
      if (isNode(found) && found.range) return toPlace(found.range[0]);
    }
    return { line: firstLine, column: 1 };
  };
  if (problems.length) return { data: undefined, placeOf, problems };
  try {
    return { data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), placeOf, problems };
  } catch (error) {
    // yaml refuses an alias that would expand past the count (a "billion laughs" file) with a ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    return {
      data: undefined,
      placeOf,
      problems: [
        {
          file,
          ...toPlace(firstAlias(document) ?? 0),
          message: `${what} repeats its aliases (*name) too often to be read`,
          hint: "write the values out instead of repeating them with YAML anchors (&name) and aliases (*name)",
        },
      ],
    };
  }
}

/** How often the values behind aliases may be copied: plenty for a hand-written file, far too few for a file built to blow up. */
const MAX_ALIAS_COUNT = 100;

/** Where the first alias stands, to point at. */
function firstAlias(document: ReturnType<typeof parseDocument>): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}
