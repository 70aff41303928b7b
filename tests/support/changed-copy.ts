// The fidelity tests' one way to prove that a check fails: copy one routebook (with the files the
// routebooks share) under the system's temporary folder, change its files, and run every check on it.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect } from "vitest";
import { CHECKS, fidelityProblems } from "../fidelity/check.ts";
import { isolatedCopy } from "../fidelity/mutations/copy.ts";
import type { FidelityProblem } from "../fidelity/types.ts";

/** A file of the routebook's folder and what to do to its text. */
export type Change = readonly [file: string, change: (text: string) => string];

/** Replaces `from` by `to`: the first of them, or, with `once`, the only one (a test that means one place says so). */
export const replacing =
  (from: string, to: string, { once = false } = {}) =>
  (text: string): string => {
    const count = text.split(from).length - 1;
    if (once) expect(count, `the file holds "${from}" once`).toBe(1);
    else expect(count, `the file holds "${from}"`).toBeGreaterThan(0);
    return text.replace(from, to);
  };

/**
 * A function that gives the checks' problems (of all, or of those named in CHECKS) in a fresh copy of routebook `id`
 * with the changes made (each must change its file); the content's own problems always come too. Call it in a test
 * file's or describe's scope: the copies go when the tests there are done.
 */
export function changedCopies(names?: readonly string[]): (id: string, ...changes: Change[]) => Promise<FidelityProblem[]> {
  const unknown = names?.filter((name) => !CHECKS.some((check) => check.name === name)) ?? [];
  if (unknown.length) throw new Error(`no check named ${unknown.join(", ")} in tests/fidelity/check.ts`);
  const checks = names ? CHECKS.filter((check) => names.includes(check.name)) : CHECKS;
  const work = mkdtemp(join(tmpdir(), "routeboek-changed-"));
  afterAll(async () => rm(await work, { recursive: true, force: true }));
  let count = 0;
  return async (id, ...changes) => {
    const root = join(await work, String(count++));
    await isolatedCopy("content", id, root);
    for (const [file, change] of changes) {
      const path = join(root, id, file);
      const text = await readFile(path, "utf8");
      const changed = change(text);
      expect(changed, `the change of ${file} changes it`).not.toBe(text);
      await writeFile(path, changed);
    }
    return fidelityProblems(root, [id], checks);
  };
}
