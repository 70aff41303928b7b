import { beforeAll, describe, expect, it } from "vitest";
import { describeProblems, fidelityProblems } from "../fidelity/check.ts";
import { SOURCES } from "../fidelity/sources.ts";
import type { FidelityProblem } from "../fidelity/types.ts";

describe("every routebook against its source and its reviewed records", () => {
  let problems: FidelityProblem[];
  beforeAll(async () => {
    problems = await fidelityProblems("content");
  });

  it("has a source for every routebook under content/", async () => {
    const { readdir } = await import("node:fs/promises");
    const folders = (await readdir("content", { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(SOURCES.map((source) => source.id).sort()).toEqual(folders.sort());
  });

  it("finds no problem of fidelity", () => {
    expect(problems, describeProblems(problems)).toEqual([]);
  });
});
