import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { frontmatterData } from "../../pipeline/markdown/frontmatter-block.ts";
import { readFrontmatter } from "../../pipeline/markdown/frontmatter.ts";
import { parseMarkdown } from "../../pipeline/markdown/parse.ts";

/** The frontmatter as the content check reads it: the whole Markdown parsed. */
const parsed = (text: string) => {
  const read = readFrontmatter(parseMarkdown(text), "routeboek.md");
  return read.problems?.length ? undefined : read.data;
};

describe("the frontmatter read without the Markdown parser (for the build's fingerprint)", () => {
  it("is what the content check reads, for every routebook of the content and the test content", async () => {
    const files: string[] = [];
    for (const root of ["content", "tests/fixtures/content"]) {
      for (const entry of await readdir(root, { withFileTypes: true })) {
        if (entry.isDirectory()) files.push(join(root, entry.name, "routeboek.md"));
      }
    }
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = await readFile(file, "utf8").catch(() => undefined);
      if (text === undefined) continue;
      expect(frontmatterData(text), file).toEqual(parsed(text));
    }
  });

  it.each([
    ["Windows line ends", "---\r\nid: a\r\ndocuments: [x]\r\n---\r\n\nText"],
    ["an empty block", "---\n---\nText"],
    ["no frontmatter", "Text\n---\nid: a\n---\n"],
    ["an unclosed block", "---\nid: a\n"],
    ["a fence with trailing spaces", "---  \nid: a\n---\t\nText"],
    ["broken YAML", "---\nid: [a\n---\n"],
    ["a fence of four dashes", "----\nid: a\n----\n"],
  ])("agrees with the parser on %s", (_what, text) => {
    expect(frontmatterData(text)).toEqual(parsed(text));
  });
});
