/**
 * A Markdown document folder that cannot be read (EACCES) is one problem line in
 * the content check and a refusal in the build's fingerprint, never a stack trace.
 * The tests run as root here, so the refusal comes from a stand-in `readdir`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildFingerprint } from "../../tools/build/fingerprint.ts";
import { readContent } from "../../pipeline/content.ts";
import { formatProblem } from "../../pipeline/problems/problems.ts";
import { tempRoutebook } from "../support/hostile.ts";

const LOCKED = "hoofdstukken";

vi.mock("node:fs/promises", async (original) => {
  const real = await original<typeof import("node:fs/promises")>();
  const readdir = ((path: string, ...rest: unknown[]) =>
    String(path).endsWith(LOCKED)
      ? Promise.reject(Object.assign(new Error("permission denied"), { code: "EACCES" }))
      : (real.readdir as (...args: unknown[]) => Promise<unknown>)(path, ...rest)) as typeof real.readdir;
  return { ...real, default: { ...real, readdir }, readdir };
});

async function lockedFolder() {
  const documents = `  - alias: Werkwijze\n    title: Werkwijze\n    markdown: bronnen/${LOCKED}\n`;
  const { content, dir } = await tempRoutebook({ documents });
  await mkdir(join(dir, "bronnen", LOCKED));
  await writeFile(join(dir, "bronnen", LOCKED, "01.md"), "# Een\n\nTekst.\n");
  return content;
}

describe("a Markdown document folder that cannot be read", () => {
  it("is one problem in the content check, naming the folder", async () => {
    const content = await lockedFolder();
    const problems = (await readContent(content)).problems.map(formatProblem);
    expect(problems.join("\n")).toContain(`the Markdown document`);
    expect(problems.join("\n")).toContain(`${LOCKED} cannot be read: permission denied`);
  });

  it("is hashed by its refusal in the build's fingerprint", async () => {
    const content = await lockedFolder();
    const fingerprint = await buildFingerprint(content, [], { day: "1" });
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await buildFingerprint(content, [], { day: "1" })).toBe(fingerprint);
  });
});
