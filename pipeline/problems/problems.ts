/**
 * A problem found in the content: where it is and how to fix it.
 * Every check in the pipeline reports problems instead of throwing, so a
 * maintainer sees all of them in one run.
 */
export interface Problem {
  /** Path of the file, relative to the working directory where possible. */
  file: string;
  /** 1-based line, when the problem has a place in a text file. */
  line?: number;
  /** 1-based column, when the problem has a place in a text file. */
  column?: number;
  /** 1-based page, when the problem has a place in a PDF. */
  page?: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** A position in a source file, as unified and the YAML parser report it. */
export interface Place {
  line: number;
  column: number;
}

export function placeOf(problem: Problem): string {
  if (problem.line !== undefined) return `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  if (problem.page !== undefined) return `${problem.file}, page ${problem.page}`;
  return problem.file;
}

export function formatProblem(problem: Problem): string {
  const hint = problem.hint ? `\n    → ${problem.hint}` : "";
  return `${placeOf(problem)}: ${problem.message}${hint}`;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.page ?? 0) - (b.page ?? 0),
  );
}

/** Every problem, one per entry in reading order, for a terminal. */
export function formatProblems(problems: readonly Problem[]): string {
  return sortProblems(problems).map(formatProblem).join("\n");
}

/** The problems, then how many: what the check and the build print when content has problems. */
export const formatProblemsWithCount = (problems: readonly Problem[]): string =>
  `${formatProblems(problems)}\n\n${problems.length} problem${problems.length === 1 ? "" : "s"} found.`;

/** Thrown at the edge (CLI, Astro loader) when content has problems. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    const count = sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
    super(`The content has ${count}:\n${formatProblems(sorted)}`);
    this.name = "ContentError";
    this.problems = sorted;
  }
}

/**
 * The references that cite a document whose file is not in the content, for a terminal: one line
 * saying how many, or with `verbose` each at its place. They are expected (not every routebook's
 * documents are in the content) and the site marks them, so a list on every run would only bury the
 * problems printed after it.
 */
export function formatUnverified(unverified: readonly Problem[], verbose = false): string {
  if (unverified.length === 0) return "";
  const count = unverified.length === 1 ? "1 reference is" : `${unverified.length} references are`;
  if (!verbose) return `${count} not verified: their documents have no file in the content (details: routeboek check --verbose)`;
  return `${count} not verified (no source file):\n${sortProblems(unverified)
    .map((problem) => `  ${placeOf(problem)}: ${problem.message}`)
    .join("\n")}`;
}
