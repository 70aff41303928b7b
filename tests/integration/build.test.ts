import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Runs `npm run build`'s script with other content and output folders. */
function build(content: string, out: string) {
  return spawnSync("node", ["scripts/build.ts"], {
    encoding: "utf8",
    env: { ...process.env, ROUTEBOEK_CONTENT: content, ROUTEBOEK_OUT: out },
  });
}

describe("npm run build", () => {
  it("replaces the output only after a good build, and keeps the last good site when content breaks", async () => {
    const work = await mkdtemp(join(tmpdir(), "routeboek-build-"));
    const out = join(work, "dist");

    const good = build("content", out);
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain("Internal links: all resolve.");
    const builtPage = await readFile(join(out, "sppoh-po/stap/welk-verzuim/index.html"), "utf8");

    const broken = join(work, "content");
    await cp("content", broken, { recursive: true });
    const flowFile = join(broken, "sppoh-po/flow.md");
    await writeFile(flowFile, (await readFile(flowFile, "utf8")).replace("(#ziekteverzuim)", "(#ziekte-verzuim)"));

    const failed = build(broken, out);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr + failed.stdout).toMatch(/flow\.md:\d+:\d+: option .* leads to step "ziekte-verzuim", which does not exist/);
    expect(failed.stderr).toContain("dist/ was left as it was");
    expect(await readFile(join(out, "sppoh-po/stap/welk-verzuim/index.html"), "utf8")).toBe(builtPage);
    // No staging folders are left behind.
    expect((await readdir(".build")).filter((name) => name.startsWith("staging-"))).toEqual([]);
  });
});
