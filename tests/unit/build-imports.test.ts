import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** Every module `file` loads before it runs, following static imports (not `await import()`): files and packages. */
async function staticImports(file: string): Promise<{ files: Set<string>; packages: Set<string> }> {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = async (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    const text = await readFile(path, "utf8");
    // `import … from "x"` and `export … from "x"`, not type-only ones (erased when the TypeScript runs).
    for (const [, kind, specifier] of text.matchAll(/^(?:import|export) (type )?[^;]*? from "([^"]+)";/gms)) {
      if (kind || specifier === undefined) continue;
      if (specifier.startsWith(".")) await visit(resolve(dirname(path), specifier));
      else if (!specifier.startsWith("node:"))
        packages.add(
          specifier
            .split("/")
            .slice(0, specifier.startsWith("@") ? 2 : 1)
            .join("/"),
        );
    }
  };
  await visit(resolve(file));
  return { files, packages };
}

describe("the build script before it knows whether to build", () => {
  it("loads only what the fingerprint needs: no content check, schema library, Markdown parser, Astro, pdf.js or link checker", async () => {
    const { files, packages } = await staticImports("tools/build/build.ts");
    expect([...packages].sort()).toEqual(["yaml"]);
    const loaded = [...files].map((path) => path.replace(`${process.cwd()}/`, ""));
    expect(loaded).not.toContain("pipeline/content.ts");
    expect(loaded).not.toContain("tools/build/build-site.ts");
    expect(loaded.length).toBeLessThan(30);
  });

  it("would be caught loading one (the check can fail)", async () => {
    const { packages } = await staticImports("tools/build/build-site.ts");
    expect(packages).toContain("zod");
  });
});
