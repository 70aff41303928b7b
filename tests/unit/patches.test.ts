import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

/**
 * A patch-package patch edits one exact release: under a range, `npm install` may bring
 * a later version that the patch no longer fits, or fits silently wrong. So each patch in
 * patches/ must name a dependency pinned to exactly that version, installed at it, and
 * patches/README.md must say why it is carried and where its upstream text is.
 */
describe("patches we carry for dependencies", async () => {
  const patches = (await readdir("patches")).filter((name) => name.endsWith(".patch"));
  const manifest = JSON.parse(await readFile("package.json", "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const lock = JSON.parse(await readFile("package-lock.json", "utf8")) as {
    packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
  };
  const readme = await readFile("patches/README.md", "utf8").catch(() => "");

  it("has patches to check", () => {
    expect(patches.length).toBeGreaterThan(0);
  });

  it.each(patches)("%s is on an exactly pinned, installed version and has its reason written down", async (patch) => {
    const [, name, version] = /^(.+)\+(\d+\.\d+\.\d+[^+]*)\.patch$/.exec(patch) ?? [];
    expect(name, "a patch-package file name: <name>+<version>.patch").toBeDefined();
    const wanted = manifest.dependencies?.[name!] ?? manifest.devDependencies?.[name!];
    expect(wanted, `package.json pins ${name} exactly`).toBe(version);
    expect(lock.packages[""]?.dependencies?.[name!] ?? wanted, "package-lock.json agrees with package.json").toBe(version);
    expect(lock.packages[`node_modules/${name}`]?.version).toBe(version);
    const installed = JSON.parse(await readFile(`node_modules/${name}/package.json`, "utf8")) as { version: string };
    expect(installed.version).toBe(version);
    expect(readme, `patches/README.md names ${patch}`).toContain(patch);
  });

  it("lists in patches/README.md's table only patches that are there", () => {
    const rows = [...readme.matchAll(/^\| `([^`]+\.patch)` \|/gm)].map((match) => match[1]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.toSorted()).toEqual(patches.toSorted());
  });
});

/**
 * A dependency is changed only by a patch in patches/, never at run time: no code of ours assigns to a prototype,
 * redefines a property of another module's object, or reaches into a frozen processor's extension lists to swap a
 * library's transform (as a guard once found remark-gfm's by its function name).
 */
describe("no dependency patched at run time", async () => {
  const RUN_TIME_PATCHES = [
    { what: "an assignment to a prototype", pattern: /\.prototype\.[\w$]+\s*=(?!=)/ },
    { what: "a property redefined on another object", pattern: /Object\.(?:defineProperty|setPrototypeOf)\(/ },
    { what: "a processor's extension lists read", pattern: /\.data\(\s*["'](?:from|to)MarkdownExtensions["']/ },
  ];
  const folders = ["pipeline", "shared", "tools", "src", "bench"];
  const listed = await Promise.all(
    folders.map(async (folder) => (await readdir(folder, { recursive: true })).map((path) => `${folder}/${path}`)),
  );
  const code = listed
    .flat()
    .filter((path) => /\.(?:ts|mjs|astro)$/.test(path))
    .toSorted();

  it("has code to search", () => {
    expect(code).toContain("pipeline/markdown/parse.ts");
  });

  it.each(RUN_TIME_PATCHES)("no code has $what", async ({ pattern }) => {
    const found: string[] = [];
    for (const path of code) {
      const lines = (await readFile(path, "utf8")).split("\n");
      for (const [index, line] of lines.entries()) {
        if (pattern.test(line)) found.push(`${path}:${index + 1}: ${line.trim()}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("would find each kind", () => {
    const samples = [
      "EditMap.prototype.consume = linearConsume;",
      "Object.defineProperty(gfm, 'x', {})",
      'processor.data("fromMarkdownExtensions")',
    ];
    expect(RUN_TIME_PATCHES.map(({ pattern }, index) => pattern.test(samples[index]!))).toEqual([true, true, true]);
  });
});
