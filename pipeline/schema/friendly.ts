import type { z } from "zod";
import type { Place } from "./place.ts";
import type { Problem } from "../problems/problems.ts";
import { closest } from "../problems/suggest.ts";

/** A zod issue path in the words a maintainer reads: `steps[3].links[0].url`. */
function describePath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index ? "." : ""}${String(key)}`)).join("");
}

/** The value at `path` in `data`, and whether anything is there. */
function valueAt(data: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return { found: false };
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: node };
}

type Def = {
  type: string;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  options?: Schema[];
  getter?: () => Schema;
};
type Schema = { _zod: { def: Def } };

/** The field names an object schema at `path` allows; empty when the schema is not an object there. */
function fieldsAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  const def = schema._zod.def;
  if (def.innerType) return fieldsAt(def.innerType, path);
  if (def.type === "pipe" && def.in) return fieldsAt(def.in, path);
  if (def.type === "lazy" && def.getter) return fieldsAt(def.getter(), path);
  if (def.type === "union" && def.options) return [...new Set(def.options.flatMap((option) => fieldsAt(option, path)))];
  const [key, ...rest] = path;
  if (key === undefined) return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
  if (def.type === "array" && def.element && typeof key === "number") return fieldsAt(def.element, rest);
  const field = def.type === "object" ? def.shape?.[String(key)] : undefined;
  return field ? fieldsAt(field, rest) : [];
}

const KINDS: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
};

/** What a value is, in a maintainer's words. */
function kindOf(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number") return Number.isFinite(value) ? "a number" : `${value}, not an ordinary number`;
  if (value instanceof Date) return "a date";
  return KINDS[typeof value] ?? typeof value;
}

/** A wrong or missing value, in our words rather than the library's. */
function typeMessage(expected: string, there: { found: boolean; value?: unknown }): string {
  if (!there.found) return "is missing";
  return `is ${kindOf(there.value)}, where ${KINDS[expected] ?? expected} belongs`;
}

/** A hint for a value of the wrong type, from what is there: quoting a number is not adding a field. */
function wrongTypeHint(expected: string, value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value))
    return "give an ordinary number, such as `16`; this one is too large or is not a number";
  if (expected === "string" && (typeof value === "number" || typeof value === "boolean")) {
    return `put the value in double quotes, as text: \`"${String(value)}"\``;
  }
  if (expected === "string" && value === null) return "give the field a value, or remove the line";
  if (expected === "array") return "write a list: `[a, b]` on one line, or one `- item` per line below the field";
  if (expected === "object") return "give the fields that belong here, each on its own line, indented below this one";
  if (expected === "number") return "give a number without quotes or words, such as `16`";
  return `use a value of type ${expected}`;
}

function hintFor(issue: z.core.$ZodIssue, data: unknown): string | undefined {
  switch (issue.code) {
    case "invalid_type": {
      const there = valueAt(data, issue.path);
      return there.found ? wrongTypeHint(issue.expected, there.value) : `add the field \`${String(issue.path.at(-1))}\``;
    }
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
  placeOf: (path: readonly PropertyKey[]) => Partial<Place>,
): { data?: T; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: issueProblems(result.error.issues, file, placeOf, { schema, data }) };
}

/**
 * Zod issues as Problems: the file, the line:column of the offending value, the
 * path and a fix hint. With the schema and the data, a field the schema does not
 * know is named at its own line with the field it was likely meant to be ("did
 * you mean"), and that field is then not also reported as missing.
 */
export function issueProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  placeOf: (path: readonly PropertyKey[]) => Partial<Place>,
  checked?: { schema: z.ZodType; data: unknown },
): Problem[] {
  const problems: Problem[] = [];
  const meant = new Set<string>();
  // Objects with a misspelled field: their checks across fields ran on the misspelling, and follow from it.
  const guessedIn: (readonly PropertyKey[])[] = [];
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const fields = checked ? fieldsAt(checked.schema as unknown as Schema, issue.path) : [];
    const present = valueAt(checked?.data, issue.path).value as Record<string, unknown> | undefined;
    const free = fields.filter((field) => present?.[field] === undefined);
    for (const key of issue.keys) {
      const path = [...issue.path, key];
      const guess = closest(key, free);
      if (guess) {
        meant.add(JSON.stringify([...issue.path, guess]));
        guessedIn.push(issue.path);
      }
      problems.push({
        file,
        ...placeOf(path),
        message: `\`${describePath(path)}\` is not a field ${issue.path.length ? "here" : "of this file"}`,
        hint: guess
          ? `did you mean \`${guess}\`?`
          : fields.length
            ? `remove it, or use one of: ${fields.map((field) => `\`${field}\``).join(", ")}`
            : "remove it; check the spelling against docs/content-format.md",
      });
    }
  }
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") continue;
    // The misspelled field was reported with its likely meaning: not also as missing.
    if (issue.code === "invalid_type" && meant.has(JSON.stringify(issue.path)) && !valueAt(checked?.data, issue.path).found) continue;
    if (issue.code === "custom" && guessedIn.some((object) => object.every((key, index) => issue.path[index] === key))) continue;
    const where = issue.path.length ? `\`${describePath(issue.path)}\` ` : "";
    const message =
      issue.code === "invalid_type" && checked ? typeMessage(issue.expected, valueAt(checked.data, issue.path)) : issue.message;
    problems.push({ file, ...placeOf(issue.path), message: `${where}${message}`, hint: hintFor(issue, checked?.data) });
  }
  return problems;
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
