import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

/** The Markdown a maintainer reads: the README and everything under docs/. */
const files = [
  "README.md",
  ...(await readdir("docs", { recursive: true })).filter((name) => name.endsWith(".md")).map((name) => join("docs", name)),
];
const texts = new Map(await Promise.all(files.map(async (file) => [file, await readFile(file, "utf8")] as const)));
const scripts = Object.keys((JSON.parse(await readFile("package.json", "utf8")) as { scripts: object }).scripts);

/** The targets of a text's Markdown links that point into the repository: no web or mail address, no anchor alone. */
const localLinks = (text: string) =>
  [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target]) => target!.split("#")[0]!)
    .filter((target) => target && !/^[a-z]+:/i.test(target));

describe("the README and docs/", () => {
  it("are read", () => {
    expect(files.length).toBeGreaterThan(5);
    expect(localLinks("[a](docs/x.md#y) [b](https://example.org) [c](#z)")).toEqual(["docs/x.md"]);
  });

  it.each(files)("%s links only to files that exist", (file) => {
    const missing = localLinks(texts.get(file)!).filter((target) => !existsSync(join(dirname(file), target)));
    expect(missing).toEqual([]);
  });

  it.each(files)("%s names only npm scripts that exist", (file) => {
    const named = [...texts.get(file)!.matchAll(/npm run ([a-z][\w:-]*)/g)].map(([, name]) => name!);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});
