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
    expect(lock.packages[""]?.dependencies?.[name!] ?? wanted, "package-lock.json agrees with package.json").toBe(
      version,
    );
    expect(lock.packages[`node_modules/${name}`]?.version).toBe(version);
    const installed = JSON.parse(await readFile(`node_modules/${name}/package.json`, "utf8")) as { version: string };
    expect(installed.version).toBe(version);
    expect(readme, `patches/README.md names ${patch}`).toContain(patch);
  });
});
