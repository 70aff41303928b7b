/**
 * The content-mutation bench (`npm run bench -- --only mutations`): a fixed, seeded set of single changes of
 * meaning, generated from the content (tests/fidelity/mutations/), each applied alone to a copy of its
 * routebook; a change is caught when the fidelity checks report any problem on that copy. Prints the share
 * caught per kind, per routebook and overall, and every change that went through. A score, never an exit code.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describeProblems, fidelityProblems } from "../tests/fidelity/check.ts";
import { isolatedCopy } from "../tests/fidelity/mutations/copy.ts";
import { DEFAULT_PER_KIND, DEFAULT_SEED, generateMutations, routebookIds } from "../tests/fidelity/mutations/generate.ts";
import { MUTATION_KINDS, type Mutation } from "../tests/fidelity/mutations/types.ts";
import { table } from "./measure.ts";

const CONTENT = "content";
/** Another sample than the fixed one, so that no check is tuned to it: `ROUTEBOEK_MUTATION_SEED=7`. */
const SEED = Number(process.env.ROUTEBOEK_MUTATION_SEED) || DEFAULT_SEED;
const PER_KIND = Number(process.env.ROUTEBOEK_MUTATIONS_PER_KIND) || DEFAULT_PER_KIND;

interface Outcome {
  mutation: Mutation;
  /** The check of the first problem found, or undefined when the change went through. */
  caughtBy?: string;
}

const share = (caught: number, all: number) => (all ? `${((100 * caught) / all).toFixed(0)} %` : "–");

/** "tool text 12, content 3": which checks caught the changes of a group, by their first problem. */
function byCheck(outcomes: readonly Outcome[]): string {
  const counts = new Map<string, number>();
  for (const { caughtBy } of outcomes) if (caughtBy) counts.set(caughtBy, (counts.get(caughtBy) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([check, count]) => `${check} ${count}`)
    .join(", ");
}

function rows(groups: readonly (readonly [string, readonly Outcome[]])[]): string[][] {
  return groups.map(([name, outcomes]) => {
    const caught = outcomes.filter((outcome) => outcome.caughtBy).length;
    return [name, String(outcomes.length), String(caught), share(caught, outcomes.length), byCheck(outcomes)];
  });
}

export async function mutationBench(): Promise<void> {
  const started = performance.now();
  console.log("\n## Content mutations\n");
  await mkdir(".build", { recursive: true });
  const work = await mkdtemp(".build/bench-mutations-");
  try {
    const ids = await routebookIds(CONTENT);
    // Each routebook in a content folder of its own, with the shared glossary:
    // the pipeline then reads one routebook per change, not all of them.
    const roots = new Map(ids.map((id) => [id, join(work, id)]));
    for (const [id, root] of roots) await isolatedCopy(CONTENT, id, root);
    for (const [id, root] of roots) {
      const problems = await fidelityProblems(root, [id]);
      if (problems.length) {
        const listed = describeProblems(problems);
        console.log(`The content of ${id} is not faithful as it stands, so no change can be measured:\n${listed}`);
        return;
      }
    }
    const generation = performance.now();
    const mutations = await generateMutations(CONTENT, { ids, seed: SEED, perKind: PER_KIND });
    const generated = performance.now() - generation;
    console.log(
      `Seed ${SEED}, at most ${PER_KIND} changes per kind and routebook, ${mutations.length} in all, ` +
        `generated from ${CONTENT}/ in ${(generated / 1000).toFixed(1)} s. Each is applied alone to a copy of its ` +
        "routebook (its folder and the shared files of content/); it counts as caught when `fidelityProblems` " +
        "reports anything.\n",
    );
    const outcomes: Outcome[] = [];
    for (const mutation of mutations) {
      const path = join(roots.get(mutation.routebook)!, mutation.routebook, mutation.file);
      const original = await readFile(path, "utf8");
      await writeFile(path, mutation.apply(original));
      try {
        const problems = await fidelityProblems(roots.get(mutation.routebook)!, [mutation.routebook]);
        outcomes.push({ mutation, caughtBy: problems[0]?.check });
      } catch (error) {
        // A change the pipeline cannot read at all stops a build too, but not with a line naming the place.
        outcomes.push({ mutation, caughtBy: `error (${(error as Error).message.split("\n")[0]})` });
      } finally {
        await writeFile(path, original);
      }
    }
    const headers = ["", "generated", "caught", "share", "caught by (first problem's check)"];
    const perKind = MUTATION_KINDS.map((kind) => [kind, outcomes.filter((outcome) => outcome.mutation.kind === kind)] as const);
    console.log(table(["kind", ...headers.slice(1)], rows([...perKind, ["all", outcomes]])));
    const perBook = ids.map((id) => [id, outcomes.filter((outcome) => outcome.mutation.routebook === id)] as const);
    console.log(`\n${table(["routebook", ...headers.slice(1)], rows(perBook))}`);
    const through = outcomes.filter((outcome) => !outcome.caughtBy);
    console.log(`\nWent through (${through.length}):\n`);
    for (const { mutation } of through) console.log(`- ${mutation.kind} · ${mutation.routebook}/${mutation.description}`);
    const errors = outcomes.filter((outcome) => outcome.caughtBy?.startsWith("error"));
    if (errors.length) {
      console.log(`\nCounted as caught, but the pipeline threw (${errors.length}):\n`);
      for (const { mutation, caughtBy } of errors)
        console.log(`- ${mutation.kind} · ${mutation.routebook}/${mutation.description}: ${caughtBy}`);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`\nWall time: ${seconds.toFixed(1)} s for ${outcomes.length} changes.`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
