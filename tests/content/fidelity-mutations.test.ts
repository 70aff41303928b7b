// Each kind of change of meaning fails the fidelity checks: the first change the bench's generator makes of each
// kind (deterministic), in a tool and in a summary routebook, applied alone to a temporary copy of its routebook.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fidelityProblems } from "../fidelity/check.ts";
import { isolatedCopy } from "../fidelity/mutations/copy.ts";
import { generateMutations } from "../fidelity/mutations/generate.ts";
import { MUTATION_KINDS } from "../fidelity/mutations/types.ts";
import { SOURCES } from "../fidelity/sources.ts";

const mutations = await generateMutations("content");
const sourceKind = (id: string) => SOURCES.find((source) => source.id === id)?.kind;
/** The first change of each kind in a tool and in a summary routebook, where the content has one. */
const cases = MUTATION_KINDS.flatMap((kind) =>
  (["tool", "summary"] as const).flatMap((sort) => {
    const first = mutations.find((mutation) => mutation.kind === kind && sourceKind(mutation.routebook) === sort);
    return first ? [first] : [];
  }),
);

describe("a change of each kind is caught", () => {
  const work = mkdtemp(join(tmpdir(), "routeboek-mutations-"));
  // One copy per routebook, made when a test first needs it; each change is undone before the next.
  const copies = new Map<string, Promise<string>>();
  const copyOf = (id: string) => {
    if (!copies.has(id))
      copies.set(
        id,
        work.then((dir) => isolatedCopy("content", id, join(dir, id)).then(() => join(dir, id))),
      );
    return copies.get(id)!;
  };
  afterAll(async () => rm(await work, { recursive: true, force: true }));

  it("has a change of every kind to test", () => {
    expect(MUTATION_KINDS.filter((kind) => !cases.some((mutation) => mutation.kind === kind))).toEqual([]);
  });

  it.each(cases.map((mutation) => [mutation.kind, mutation.routebook, mutation.description, mutation] as const))(
    "%s: %s/%s",
    async (_kind, _routebook, _description, mutation) => {
      const root = await copyOf(mutation.routebook);
      const path = join(root, mutation.routebook, mutation.file);
      const original = await readFile(path, "utf8");
      await writeFile(path, mutation.apply(original));
      try {
        const problems = await fidelityProblems(root, [mutation.routebook]);
        expect(problems.length, `went through: ${mutation.routebook}/${mutation.description}`).toBeGreaterThan(0);
      } finally {
        await writeFile(path, original);
      }
    },
  );
});
