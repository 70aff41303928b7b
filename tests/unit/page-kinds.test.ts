import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_KINDS } from "../support/page-kinds.ts";

describe("the page kinds the browser tests visit", () => {
  it("are every HTML page file in src/pages, each once", async () => {
    const entries = await readdir("src/pages", { recursive: true, withFileTypes: true });
    const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".astro"));
    const files = pages.map((entry) => join(entry.parentPath, entry.name)).toSorted();
    expect(PAGE_KINDS.map((kind) => kind.source).toSorted()).toEqual(files);
  });
});
