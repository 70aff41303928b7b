import { resolve, sep } from "node:path";
import type { ContentResult } from "../../pipeline/content.ts";
import { formatProblem, formatProblemsWithCount, formatUnverified, type Problem, sortProblems } from "../../pipeline/problems/problems.ts";

/** What `routeboek check` prints and how it ends; pure, so the wording is tested without a process. */
export interface CheckOutput {
  stdout: string;
  stderr: string;
  code: number;
}

/** How much a problem matters: an error stops the build, a warning does not, a note is for information. */
export type Severity = "error" | "warning" | "note";

/** One problem in `check --json`: every field present, null where the problem has no such place. */
export interface ProblemRecord {
  severity: Severity;
  file: string;
  line: number | null;
  column: number | null;
  page: number | null;
  message: string;
  hint: string | null;
}

const record =
  (severity: Severity) =>
  (problem: Problem): ProblemRecord => ({
    severity,
    file: problem.file,
    line: problem.line ?? null,
    column: problem.line !== undefined ? (problem.column ?? 1) : null,
    page: problem.page ?? null,
    message: problem.message,
    hint: problem.hint ?? null,
  });

/**
 * The result narrowed to one routebook: the problems in its folder and in the content's
 * shared files (such as the shared glossary), which every routebook uses; not those of the
 * other routebooks' folders.
 */
export function forRoutebook(result: ContentResult, root: string, id: string, folders: readonly string[]): ContentResult {
  const inFolder = (file: string, folder: string) => {
    const base = resolve(root, folder);
    const path = resolve(file);
    return path === base || path.startsWith(base + sep);
  };
  const ours = (problem: Problem) => inFolder(problem.file, id) || !folders.some((folder) => inFolder(problem.file, folder));
  return {
    routebooks: result.routebooks.filter((book) => book.id === id),
    problems: result.problems.filter(ours),
    warnings: result.warnings.filter(ours),
    unverified: result.unverified.filter(ours),
  };
}

/** The text or JSON `check` prints for a content result. */
export function checkReport(
  result: ContentResult,
  options: { routebook?: string | undefined; verbose: boolean; json: boolean },
): CheckOutput {
  const { routebooks, problems, warnings, unverified } = result;
  const code = problems.length ? 1 : 0;
  const steps = routebooks.reduce((sum, routebook) => sum + routebook.flow.steps.length, 0);
  if (options.json) {
    const records = [
      ...sortProblems(problems).map(record("error")),
      ...sortProblems(warnings).map(record("warning")),
      ...sortProblems(unverified).map(record("note")),
    ];
    const json = {
      valid: code === 0,
      ...(options.routebook ? { routebook: options.routebook } : {}),
      routebooks: routebooks.length,
      steps,
      problems: records,
    };
    return { stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: "", code };
  }
  const stderr = [
    ...warnings.map((warning) => `warning: ${formatProblem(warning)}`),
    ...(unverified.length ? [formatUnverified(unverified, options.verbose)] : []),
    ...(problems.length ? [formatProblemsWithCount(problems)] : []),
  ];
  const valid = options.routebook
    ? `Routebook "${options.routebook}" is valid: ${steps} steps.`
    : `All content is valid: ${routebooks.length} routebook(s), ${steps} steps.`;
  return { stdout: code ? "" : `${valid}\n`, stderr: stderr.length ? `${stderr.join("\n")}\n` : "", code };
}
