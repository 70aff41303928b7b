import { readdir, readFile } from "node:fs/promises";
import { dirname, join, normalize, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

/** Relative imports of every source file of the pipeline, the site and the scripts, type-only ones included. */
async function importGraph(): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  for (const root of ["pipeline", "src", "scripts"]) {
    const files = (await readdir(root, { recursive: true })).filter((file) => /\.(ts|astro)$/.test(file)).map((file) => join(root, file));
    for (const file of files) {
      const text = await readFile(file, "utf8");
      const targets = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^;]*?from\s+"(\.{1,2}\/[^"]+)"/g)].map((match) =>
        normalize(join(dirname(file), match[1]!)),
      );
      graph.set(file, targets);
    }
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    indices.set(file, index);
    low.set(file, index++);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!indices.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(file, Math.min(low.get(file)!, indices.get(next)!));
      }
    }
    if (low.get(file) === indices.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || graph.get(file)!.includes(file)) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!indices.has(file)) visit(file);
  return found;
}

/** Where browser scripts enter the pipeline: the pages' tools, and the search page (a door of its own keeps its chunk small). */
const BROWSER_DOORS = ["pipeline/browser.ts", "pipeline/browser-search.ts"];

describe("the import graph", () => {
  let graph: Map<string, string[]>;
  beforeAll(async () => {
    graph = await importGraph();
  });

  it("is read from the real files", () => {
    expect(graph.get("pipeline/content.ts")).toContain("pipeline/model.ts");
  });

  it("has no cycle", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    expect(
      cycles(
        new Map([
          ["a.ts", ["b.ts"]],
          ["b.ts", ["a.ts"]],
          ["c.ts", ["a.ts"]],
        ]),
      ),
    ).toEqual([["a.ts", "b.ts"]]);
  });

  it("lets the site and the scripts into the pipeline only through pipeline/index.ts, and browser scripts through pipeline/browser.ts", () => {
    // The search page's scripts have a door of their own (pipeline/browser-search.ts), held to the same rule.
    const doors = (file: string) => (file.startsWith("src/elements/") ? BROWSER_DOORS : ["pipeline/index.ts"]);
    const outside = [...graph].flatMap(([file, targets]) =>
      file.startsWith("pipeline/")
        ? []
        : targets
            .filter((target) => target.startsWith("pipeline/") && !doors(file).includes(target))
            .map((target) => `${file} → ${target}`),
    );
    expect(outside).toEqual([]);
  });

  it("keeps the browser's doors free of Node", async () => {
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const next of graph.get(file) ?? []) walk(next);
    };
    for (const door of BROWSER_DOORS) walk(door);
    for (const file of reached) expect(await readFile(file, "utf8"), file).not.toMatch(/from "node:/);
  });

  it("keeps the pipeline free of the site and of Astro", async () => {
    const intoSite = [...graph].flatMap(([file, targets]) =>
      file.startsWith("pipeline/")
        ? targets.filter((target) => !target.startsWith("pipeline/")).map((target) => `${file} → ${relative(".", target)}`)
        : [],
    );
    expect(intoSite).toEqual([]);
    for (const file of [...graph.keys()].filter((name) => name.startsWith("pipeline/"))) {
      expect(await readFile(file, "utf8"), file).not.toMatch(/from "astro/);
    }
  });
});
