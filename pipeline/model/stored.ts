import { isDeepStrictEqual } from "node:util";
import { type Routebook, RoutebookSchema } from "./model.ts";

/** The first path where two JSON values differ, for the message. */
function firstDifference(read: unknown, stored: unknown, path: string): string | undefined {
  if (isDeepStrictEqual(read, stored)) return undefined;
  if (typeof read !== "object" || typeof stored !== "object" || read === null || stored === null) return path || "(the whole value)";
  const keys = new Set([...Object.keys(read), ...Object.keys(stored)]);
  for (const key of keys) {
    const found = firstDifference((read as Record<string, unknown>)[key], (stored as Record<string, unknown>)[key], `${path}.${key}`);
    if (found) return found;
  }
  return path;
}

/**
 * A routebook read back from where the build stored it as plain JSON (a file, Astro's data store): through the
 * model's schema, and refused when the schema would drop a field the pipeline wrote. Either way pipeline and site
 * have drifted apart, and a page would silently lose what the pipeline derived.
 */
export function readStoredRoutebook(stored: unknown): Routebook {
  const routebook = RoutebookSchema.parse(stored);
  const dropped = firstDifference(JSON.parse(JSON.stringify(routebook)), stored, "");
  if (dropped)
    throw new Error(`the stored routebook has a field the model's schema does not know: ${dropped.slice(1)} (pipeline/model/model.ts)`);
  return routebook;
}
