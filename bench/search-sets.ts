/**
 * The search bench's query sets and its scores, pure so they can be tested: which files are read, in what order and
 * under what title; recall, precision and reciprocal rank of one query; and which queries returned nothing at all.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const QueryShape = z.object({
  category: z.string().min(1),
  query: z.string().min(1),
  expect: z.array(z.string().startsWith("/")).min(1),
  /** Why an expectation was corrected after it was written down, if it was. */
  correction: z.string().optional(),
});
const QuerySetShape = z.object({ about: z.string().optional(), queries: z.array(QueryShape).min(1) });
export type Query = z.infer<typeof QueryShape>;

/**
 * tuning: the set the ranking was tuned on. questions: questions and paraphrases a coordinator types, written from
 * the sources by someone who had not seen the ranking code (issue 22), before the changes measured on it.
 * held-out: single words and short phrases written later and never tuned on. A gap between the tuning set and
 * the others shows fitting.
 */
export type SetKind = "tuning" | "questions" | "held-out";
export interface QuerySetFile {
  file: string;
  kind: SetKind;
  title: string;
}

const KINDS: { kind: SetKind; pattern: RegExp; title: (file: string) => string }[] = [
  { kind: "tuning", pattern: /^search-queries\.json$/, title: (file) => `Tuning set (bench/${file})` },
  {
    kind: "questions",
    pattern: /^search-questions\.json$/,
    // Written before tuning; issue 22's changes to search were measured on it, so it now flatters a little.
    title: (file) => `Questions and paraphrases (bench/${file}, written before tuning, measured while tuning)`,
  },
  {
    kind: "held-out",
    pattern: /^search-holdout.*\.json$/,
    title: (file) => `Held-out set (bench/${file}, never tuned on)`,
  },
];

/** The query sets among the files of bench/, tuning set first, then the questions, then the held-out sets by name. */
export function querySets(files: readonly string[]): QuerySetFile[] {
  return KINDS.flatMap(({ kind, pattern, title }) =>
    files
      .filter((file) => pattern.test(file))
      .sort()
      .map((file) => ({ file, kind, title: title(file) })),
  );
}

/** The queries of one set file; a file that is not a query set stops the bench with its name and what is wrong. */
export function readQuerySet(path: string): Query[] {
  const parsed = QuerySetShape.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join(".") || "the file"}: ${issue.message}; write it as {"queries": [...]}`);
  }
  return parsed.data.queries;
}

export interface Scores {
  recall: number;
  precision: number;
  reciprocalRank: number;
}

/** One query through our search and through plain Pagefind: scores, our first result and how many results each had. */
export interface Row {
  query: Query;
  ours: Scores;
  plain: Scores;
  top: string;
  oursCount: number;
  plainCount: number;
}

const pathOf = (url: string) => new URL(url, "http://site").pathname;

/** Scores of the results shown (their addresses, best first) against the pages a query must find. */
export function score(found: readonly string[], expected: readonly string[]): Scores {
  const paths = found.map(pathOf);
  const hits = paths.filter((path) => expected.includes(path)).length;
  const first = paths.findIndex((path) => expected.includes(path));
  return {
    recall: expected.length ? new Set(paths.filter((path) => expected.includes(path))).size / expected.length : 1,
    precision: paths.length ? hits / paths.length : 0,
    reciprocalRank: first === -1 ? 0 : 1 / (first + 1),
  };
}

export const mean = (scores: readonly Scores[]): Scores => ({
  recall: scores.reduce((sum, s) => sum + s.recall, 0) / scores.length,
  precision: scores.reduce((sum, s) => sum + s.precision, 0) / scores.length,
  reciprocalRank: scores.reduce((sum, s) => sum + s.reciprocalRank, 0) / scores.length,
});

/**
 * The queries that returned no result at all, ours and plain Pagefind's apart: a user who sees nothing has no page
 * to judge, which recall (a miss among other results) does not tell apart.
 */
export function withoutResults(rows: readonly Row[]): { ours: string[]; plain: string[] } {
  return {
    ours: rows.filter((row) => row.oursCount === 0).map((row) => row.query.query),
    plain: rows.filter((row) => row.plainCount === 0).map((row) => row.query.query),
  };
}
