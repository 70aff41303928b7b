import { readdir, readFile } from "node:fs/promises";
import { dirname, join, normalize } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

/** The folders whose code the rules below cover; bench/ and tests/ may use anything. */
const ROOTS = ["pipeline", "shared", "tools", "src"];

/** Relative imports (static, dynamic, side-effect and type-only) and package imports of one file's text. */
function importsOf(file: string, text: string): { files: string[]; packages: string[] } {
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;"]*?from\s+"([^"]+)"/g),
    ...text.matchAll(/(?:^|\n)\s*import\s+"([^"]+)"/g),
    ...text.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
  ].map((match) => match[1]!);
  return {
    files: specifiers.filter((spec) => spec.startsWith(".")).map((spec) => normalize(join(dirname(file), spec))),
    packages: specifiers.filter((spec) => !spec.startsWith(".")),
  };
}

/** Every source file of the covered folders, with what it imports. */
async function importGraph(): Promise<Map<string, { files: string[]; packages: string[] }>> {
  const graph = new Map<string, { files: string[]; packages: string[] }>();
  for (const root of ROOTS) {
    const files = (await readdir(root, { recursive: true })).filter((file) => /\.(ts|astro)$/.test(file)).map((file) => join(root, file));
    for (const file of files) graph.set(file, importsOf(file, await readFile(file, "utf8")));
  }
  return graph;
}

/** Strongly connected components with more than one node, or a node pointing at itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)!.includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

/** The graph of folders: a folder imports another when one of its own files imports a file of the other. */
function folderGraph(files: Map<string, string[]>): Map<string, string[]> {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of files) {
    const from = dirname(file);
    if (!folders.has(from)) folders.set(from, new Set());
    for (const target of targets) if (dirname(target) !== from) folders.get(from)!.add(dirname(target));
  }
  return new Map([...folders].map(([folder, targets]) => [folder, [...targets]]));
}

/**
 * The architecture in one table: which area may import which. `shared/` is pure
 * code that the build and the browser both run; `pipeline/` turns content into
 * the validated model; `tools/` are the Node programs around the build; the
 * site renders (`src/`), and its custom elements (`src/elements/`) run in the
 * browser. Data flows one way: nothing imports the area that uses it.
 */
const AREAS = ["shared", "pipeline", "tools", "site", "elements"] as const;
type Area = (typeof AREAS)[number];
const MAY_IMPORT: Record<Area, readonly Area[]> = {
  shared: ["shared"],
  pipeline: ["pipeline", "shared"],
  tools: ["tools", "pipeline", "shared"],
  site: ["site", "elements", "pipeline", "shared"],
  elements: ["elements", "shared"],
};
const areaOf = (file: string): Area | undefined =>
  file.startsWith("src/elements/") ? "elements" : file.startsWith("src/") ? "site" : AREAS.find((area) => file.startsWith(`${area}/`));

/** Imports that cross from one area into one it may not import. */
function forbiddenImports(files: Map<string, string[]>): string[] {
  return [...files].flatMap(([file, targets]) => {
    const from = areaOf(file);
    if (!from) return [];
    return targets.filter((target) => !MAY_IMPORT[from].includes(areaOf(target) ?? from)).map((target) => `${file} → ${target}`);
  });
}

/** The one door of the pipeline for the site: the model and what pages need to show it. */
const DOOR = "pipeline/index.ts";
/** Areas whose code runs in the browser, or is bundled for it: no Node and no Astro. */
const BROWSER_AREAS: readonly Area[] = ["shared", "elements"];

describe("the architecture", () => {
  let graph: Map<string, { files: string[]; packages: string[] }>;
  let files: Map<string, string[]>;
  beforeAll(async () => {
    graph = await importGraph();
    files = new Map([...graph].map(([file, imports]) => [file, imports.files]));
  });

  it("is read from the real files, with every kind of import", () => {
    expect(files.get("pipeline/content.ts")).toContain("pipeline/model/model.ts");
    expect(importsOf("a/b.ts", 'import "./c.ts";\nconst d = await import("../d.ts");\nimport type { E } from "./e.ts";').files).toEqual([
      "a/e.ts",
      "a/c.ts",
      "d.ts",
    ]);
    expect(areaOf("src/elements/route-tool.ts")).toBe("elements");
    expect(areaOf("src/pages/index.astro")).toBe("site");
    expect(areaOf("bench/run.ts")).toBeUndefined();
  });

  it("has no cycle of files", () => {
    expect(cycles(files)).toEqual([]);
  });

  it("has no cycle of folders: no two folders import each other, directly or round about", () => {
    expect(cycles(folderGraph(files))).toEqual([]);
  });

  it("finds a cycle of folders that no cycle of files shows", () => {
    const tangled = new Map([
      ["pipeline/pdf/worker.ts", ["pipeline/tool/read.ts"]],
      ["pipeline/tool/read.ts", ["pipeline/pdf/lines.ts"]],
      ["pipeline/pdf/lines.ts", []],
    ]);
    expect(cycles(tangled)).toEqual([]);
    expect(cycles(folderGraph(tangled))).toEqual([["pipeline/pdf", "pipeline/tool"]]);
  });

  it("keeps every area to the areas it may import", () => {
    expect(forbiddenImports(files)).toEqual([]);
  });

  it("finds an import against the table", () => {
    const wrong = new Map([
      ["shared/search/rank.ts", ["pipeline/model/model.ts"]],
      ["pipeline/content.ts", ["tools/cli.ts", "shared/slug.ts"]],
      ["src/elements/route-tool.ts", ["src/lib/routebooks.ts"]],
    ]);
    expect(forbiddenImports(wrong)).toEqual([
      "shared/search/rank.ts → pipeline/model/model.ts",
      "pipeline/content.ts → tools/cli.ts",
      "src/elements/route-tool.ts → src/lib/routebooks.ts",
    ]);
  });

  it("lets the site into the pipeline only through its door", () => {
    const throughSide = [...files].flatMap(([file, targets]) =>
      areaOf(file) === "site"
        ? targets.filter((target) => areaOf(target) === "pipeline" && target !== DOOR).map((t) => `${file} → ${t}`)
        : [],
    );
    expect(throughSide).toEqual([]);
  });

  it("keeps the door narrow: it exports only what the site uses", async () => {
    const door = await readFile(DOOR, "utf8");
    const names = [...door.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((match) =>
      match[1]!
        .split(",")
        .map((name) => name.trim().replace(/^type\s+/, ""))
        .filter(Boolean),
    );
    const siteFiles = [...files].filter(([file, targets]) => areaOf(file) === "site" && targets.includes(DOOR)).map(([file]) => file);
    const site = (await Promise.all(siteFiles.map((file) => readFile(file, "utf8")))).join("\n");
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name) => !new RegExp(`\\b${name}\\b`).test(site))).toEqual([]);
  });

  it("keeps browser code free of Node and Astro, and the pipeline free of Astro", () => {
    const offending = [...graph].flatMap(([file, { packages }]) => {
      const area = areaOf(file)!;
      const banned = BROWSER_AREAS.includes(area) ? /^(node:|astro)/ : area === "pipeline" ? /^astro/ : undefined;
      return banned ? packages.filter((name) => banned.test(name)).map((name) => `${file} → ${name}`) : [];
    });
    expect(offending).toEqual([]);
  });
});
