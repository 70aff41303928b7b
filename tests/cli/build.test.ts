import { spawnSync } from "node:child_process";
import { load } from "cheerio";
import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { collectExternalLinks } from "../../tools/links/collect.ts";
import { buildReport } from "../../tools/links/report.ts";

/**
 * Runs `npm run build`'s script with other content and output folders, and an Astro cache of its own beside the
 * output (other tests build at the same time).
 */
function build(content: string, out: string) {
  return spawnSync("node", ["tools/build/build.ts"], {
    encoding: "utf8",
    env: { ...process.env, ROUTEBOEK_CONTENT: content, ROUTEBOEK_OUT: out, ROUTEBOEK_ASTRO_CACHE: join(out, "..", "astro-cache") },
  });
}

/**
 * A whole build takes seconds on a quiet machine, but the tiers run side by side: on a 2-core machine with other
 * builds and Chromium beside it one has taken over 3 minutes. The limit only catches a hang.
 */
const BUILD_TIME_LIMIT = 1_200_000;

/** One build of a copy of the real content with a link report in it, shared by the tests below. */
let work: string;
let content: string;
let out: string;
let good: ReturnType<typeof build>;
let builtPage: string;
let uses: ReturnType<typeof collectExternalLinks>;
const BROKEN = "https://www.augeo.nl/nl-nl/themas/meldcode/";

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "routeboek-build-"));
  content = join(work, "content");
  out = join(work, "dist");
  await cp("content", content, { recursive: true });
  const { routebooks } = await readContent("content");
  uses = collectExternalLinks(routebooks);
  const report = buildReport({
    uses,
    checked: [...uses.keys()].map((url) =>
      url === BROKEN ? { url, status: "broken" as const, httpStatus: 404 } : { url, status: "ok" as const },
    ),
    flags: new Map(),
    durationMs: 1200,
    generatedAt: new Date("2026-11-20T06:00:00Z"),
  });
  await mkdir(join(content, "linkrapport"));
  await writeFile(join(content, "linkrapport", "report.json"), JSON.stringify(report));
  good = build(content, out);
  builtPage = await readFile(join(out, "sppoh-po/stap/welk-verzuim/index.html"), "utf8").catch(() => "");
}, BUILD_TIME_LIMIT);

describe("npm run build", () => {
  it(
    "replaces the output only after a good build, and keeps the last good site when content breaks",
    async () => {
      expect(good.status, good.stderr).toBe(0);
      expect(good.stdout).toContain("Internal links: all resolve.");
      // The content is read and checked once: Astro's loader takes what the build script checked.
      expect(good.stdout).toMatch(/content as checked by the build \(\.build\/staging-\w+\.content\.json\)/);
      expect(builtPage).toContain("<html");

      // Nothing changed: the site in the output folder is already this build's site.
      const again = build(content, out);
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toContain(`Nothing changed since ${out}/ was built`);
      expect(again.stdout).not.toContain("Content checked");
      expect(await readFile(join(out, "sppoh-po/stap/welk-verzuim/index.html"), "utf8")).toBe(builtPage);

      const flowFile = join(content, "sppoh-po/flow.md");
      await writeFile(flowFile, (await readFile(flowFile, "utf8")).replace("(#ziekteverzuim)", "(#ziekte-verzuim)"));

      const failed = build(content, out);
      expect(failed.status).not.toBe(0);
      expect(failed.stderr + failed.stdout).toMatch(/flow\.md:\d+:\d+: option .* leads to step "ziekte-verzuim", which does not exist/);
      expect(failed.stderr).toContain("dist/ was left as it was");
      expect(await readFile(join(out, "sppoh-po/stap/welk-verzuim/index.html"), "utf8")).toBe(builtPage);
      // No staging folders are left behind by these builds (named by their process id; other tests build at the same time).
      const ours = [good, again, failed].map((run) => `staging-p${run.pid}_`);
      expect((await readdir(".build")).filter((name) => ours.some((prefix) => name.startsWith(prefix)))).toEqual([]);
    },
    2 * BUILD_TIME_LIMIT,
  );
});

describe("the Linkrapport page", () => {
  it("shows the last link report from the content folder, with links to the steps that use a broken URL", async () => {
    expect(good.status, good.stderr).toBe(0);
    const $ = load(await readFile(join(out, "linkrapport/index.html"), "utf8"));
    expect($("main p").first().text()).toContain(`20 november 2026: ${uses.size} verschillende externe links`);
    const rows = $(".link-report tbody tr");
    expect(rows.length).toBe(1);
    expect(rows.find(".url").text()).toBe(BROKEN);
    expect(rows.find("td").eq(1).text().trim()).toBe("werkt niet");
    // The meldcode page is used by two routebooks; each use links to its step.
    expect(
      rows
        .find("a")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toContain("/sppoh-po/stap/opschaling-gezin/");
    // With a report in the content, every page's footer links to it (without one it does not: tests/e2e/polish.test.ts).
    for (const page of ["linkrapport/index.html", "index.html", "sppoh-po/stap/welk-verzuim/index.html", "404.html"]) {
      const footer = load(await readFile(join(out, page), "utf8"))(".site-footer a[href='/linkrapport/']");
      expect(footer.length, page).toBe(1);
    }
  });
});
