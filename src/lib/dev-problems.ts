import type { Problem } from "../../pipeline/index.ts";

/**
 * The content problems of the dev server's last reload, for the page banner and the
 * browser overlay (src/integrations/content-problems.ts). `astro dev` keeps serving the
 * last good content when an edit breaks it; without these the browser would say nothing.
 *
 * Held on globalThis: the content loader, the pages and the integration are loaded by
 * different module graphs in one process, each with its own copy of this module.
 */
interface DevProblems {
  problems: Problem[];
  listeners: Set<(problems: readonly Problem[]) => void>;
}

const KEY = Symbol.for("routeboek.devContentProblems");

function state(): DevProblems {
  const holder = globalThis as unknown as Record<symbol, DevProblems | undefined>;
  holder[KEY] ??= { problems: [], listeners: new Set() };
  return holder[KEY];
}

/** The problems of the last reload; empty when it succeeded. */
export const devContentProblems = (): readonly Problem[] => state().problems;

/** Records the outcome of a reload (no problems: it succeeded) and tells the listeners. */
export function setDevContentProblems(problems: readonly Problem[]): void {
  const current = state();
  current.problems = [...problems];
  for (const listener of current.listeners) listener(current.problems);
}

/** Calls `listener` after each reload; returns how to stop. */
export function onDevContentProblems(listener: (problems: readonly Problem[]) => void): () => void {
  const current = state();
  current.listeners.add(listener);
  return () => current.listeners.delete(listener);
}
