import type { z } from "zod";
import type { Place } from "./place.ts";
import type { Problem } from "../problems.ts";

/** A zod issue path in the words a maintainer reads: `steps[3].links[0].url`. */
function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index ? "." : ""}${String(key)}`))
    .join("");
}

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `add the field \`${String(issue.path.at(-1))}\``
        : `use a value of type ${issue.expected}`;
    case "unrecognized_keys":
      return `remove or correct ${issue.keys.map((k) => `\`${k}\``).join(", ")}; check the spelling against the README`;
    case "invalid_value":
      return `use one of: ${issue.values.map((v) => `\`${String(v)}\``).join(", ")}`;
    case "custom":
      // A refinement can name its own fix: `.refine(check, { message, params: { hint } })`.
      return typeof issue.params?.hint === "string" ? issue.params.hint : undefined;
    default:
      return undefined;
  }
}

/**
 * Validates data with a schema and turns every zod issue into a Problem that
 * names the file, the line:column of the offending value and a fix hint.
 */
export function parseWithProblems<T>(
  schema: z.ZodType<T>,
  data: unknown,
  file: string,
  placeOf: (path: readonly PropertyKey[]) => Place,
): { data?: T; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: issueProblems(result.error.issues, file, placeOf) };
}

/** Zod issues as Problems: the file, the line:column of the offending value, the path and a fix hint. */
export function issueProblems(issues: readonly z.core.$ZodIssue[], file: string, placeOf: (path: readonly PropertyKey[]) => Place): Problem[] {
  return issues.map((issue): Problem => {
    const where = issue.path.length ? `\`${describePath(issue.path)}\` ` : "";
    return { file, ...placeOf(issue.path), message: `${where}${issue.message}`, hint: hintFor(issue) };
  });
}

/** Finds the place of a path in data whose objects carry `place` fields (the parsed flow). */
export function nearestPlace(data: unknown, path: readonly PropertyKey[], fallback: Place): Place {
  let place = fallback;
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== "object") break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const candidate = (node as { place?: Place } | undefined)?.place;
    if (candidate && typeof candidate.line === "number") place = candidate;
  }
  return place;
}
