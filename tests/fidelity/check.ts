// Runs every fidelity check on the routebooks of a content folder: the one entry point for the
// tests (tests/content/fidelity.test.ts) and the content-mutation bench (bench/mutations.ts).
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { readContent } from "../../pipeline/content.ts";
import { claims } from "./checks/claims.ts";
import { corrections } from "./checks/corrections.ts";
import { factsNotes } from "./checks/facts-notes.ts";
import { factsNumbers } from "./checks/facts-numbers.ts";
import { factsRoles } from "./checks/facts-roles.ts";
import { intro } from "./checks/intro.ts";
import { linkLabels } from "./checks/link-labels.ts";
import { omissions } from "./checks/omissions.ts";
import { references } from "./checks/references.ts";
import { said } from "./checks/said.ts";
import { tableCells } from "./checks/table-cells.ts";
import { toolText } from "./checks/tool-text.ts";
import { wiring } from "./checks/wiring.ts";
import { SOURCES, sourceOf } from "./sources.ts";
import type { FidelityCheck, FidelityInput, FidelityProblem } from "./types.ts";

/**
 * Every check, in the order its problems are listed, by the name its problems carry (facts: numbers' also carry
 * "facts: thresholds" and "facts: table cells"). Add a check here.
 */
export const CHECKS: readonly { name: string; check: FidelityCheck }[] = [
  { name: "tool text", check: toolText },
  { name: "wiring", check: wiring },
  { name: "references", check: references },
  { name: "omissions", check: omissions },
  { name: "corrections", check: corrections },
  { name: "facts: roles and negations", check: factsRoles },
  { name: "facts: notes", check: factsNotes },
  { name: "intro", check: intro },
  { name: "facts: numbers", check: factsNumbers },
  { name: "claims", check: claims },
  { name: "said", check: said },
  { name: "link labels", check: linkLabels },
  { name: "table cells", check: tableCells },
];

/** The text files of a routebook's folder, by their path relative to it. */
export async function contentFiles(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => /\.(md|ya?ml)$/.test(name)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), "utf8")] as const)));
}

/**
 * Every problem of fidelity in the routebooks under `root` (all, or those named), as one list:
 * the content's own problems first (a mutation that breaks the content counts as caught),
 * then each check's (of all, or of those given). An empty list means faithful to the sources and the reviewed records.
 */
export async function fidelityProblems(
  root: string,
  ids?: readonly string[],
  checks: readonly { name: string; check: FidelityCheck }[] = CHECKS,
): Promise<FidelityProblem[]> {
  const content = await readContent(root);
  const problems: FidelityProblem[] = [...content.problems, ...content.warnings].map((problem) => ({
    check: "content",
    file: problem.file,
    where: String(problem.line ?? ""),
    message: problem.message,
  }));
  const wanted = content.routebooks.filter((book) => !ids || ids.includes(book.id));
  for (const id of ids ?? []) {
    if (!content.routebooks.some((book) => book.id === id))
      problems.push({ check: "content", file: join(root, id), where: "", message: `routebook ${id} was not read` });
  }
  for (const routebook of wanted) {
    if (!SOURCES.some((candidate) => candidate.id === routebook.id)) {
      problems.push({
        check: "sources",
        file: "tests/fidelity/sources.ts",
        where: routebook.id,
        message: "no source text for this routebook: add its seed to SOURCES",
      });
      continue;
    }
    const source = sourceOf(routebook.id);
    const seed = await readFile(source.seedFile, "utf8");
    const input: FidelityInput = {
      root,
      routebook,
      source,
      seed,
      pages: source.pages(seed),
      files: await contentFiles(join(root, routebook.id)),
    };
    for (const { check } of checks) problems.push(...check(input));
  }
  return problems.map((problem) => ({
    ...problem,
    file: problem.file.startsWith(root) ? join("content", relative(root, problem.file)) : problem.file,
  }));
}

/** One line per problem, for an assertion message or the bench's list of what went through. */
export const describeProblems = (problems: readonly FidelityProblem[]) =>
  problems
    .map((problem) => `${problem.file}${problem.where ? ` (${problem.where})` : ""}: [${problem.check}] ${problem.message}`)
    .join("\n");
