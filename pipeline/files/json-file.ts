import type { z } from "zod";
import type { Problem } from "../problems/problems.ts";
import { parseWithProblems } from "../schema/friendly.ts";
import { readContentText, refusalProblem } from "./content-file.ts";

/** A JSON file read as a content file and validated: its value, or one problem per fault; `missing` when nothing is there. */
export type JsonRead<T> = { value: T; problems: []; missing?: undefined } | { value?: undefined; problems: Problem[]; missing?: true };

/**
 * Reads a JSON file like every content file (a regular file, within `within` when given, within its size limit)
 * and validates it. JSON has no lines to point at: each problem names the field's path, after `what` ("is not
 * an edition"), with `hint` as what to do.
 */
export async function readJsonFile<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  options: { within?: string; what: string; hint: string },
): Promise<JsonRead<z.infer<Schema>>> {
  const read = await readContentText(file, options.within ? { kind: "json", within: options.within } : { kind: "json" });
  if (!read.ok) {
    const problems = [{ ...refusalProblem(read.refusal, file), hint: read.refusal.hint }];
    return read.refusal.fault === "missing" ? { problems, missing: true } : { problems };
  }
  let data: unknown;
  try {
    data = JSON.parse(read.value);
  } catch (error) {
    return { problems: [{ file, message: `is not valid JSON (${(error as Error).message})`, hint: options.hint }] };
  }
  const parsed = parseWithProblems(schema, data, file, () => ({}));
  if (!parsed.data) {
    return {
      problems: parsed.problems.map((problem) => ({ ...problem, message: `${options.what}: ${problem.message}`, hint: options.hint })),
    };
  }
  return { value: parsed.data as z.infer<Schema>, problems: [] };
}
