import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { checkInternalLinks, formatBrokenLinks } from "../../tools/links/internal.ts";

const siteDir = inject("siteDir");

describe("internal link check", () => {
  it("passes on the site built from the real content", async () => {
    expect(await checkInternalLinks(siteDir)).toEqual([]);
  });

  it("finds a planted broken link and a missing anchor, naming page, link and reason", async () => {
    const copy = await mkdtemp(join(tmpdir(), "routeboek-site-"));
    await cp(siteDir, copy, { recursive: true });
    const pagePath = join(copy, "sppoh-po", "stap", "welk-verzuim", "index.html");
    const html = await readFile(pagePath, "utf8");
    const planted = html.replace(
      "</main>",
      '<a href="/sppoh-po/stap/bestaat-niet/">kapot</a><a href="/sppoh-po/stap/ziekteverzuim/#geen-anker">anker</a></main>',
    );
    await writeFile(pagePath, planted);

    const broken = await checkInternalLinks(copy);
    expect(broken).toEqual([
      { page: "/sppoh-po/stap/welk-verzuim/", link: "/sppoh-po/stap/bestaat-niet/", reason: "HTTP 404" },
      {
        page: "/sppoh-po/stap/welk-verzuim/",
        link: "/sppoh-po/stap/ziekteverzuim/#geen-anker",
        reason: expect.stringContaining("geen-anker"),
      },
    ]);
    // The build prints this list: page → link: why.
    expect(formatBrokenLinks(broken).split("\n")[0]).toBe("  /sppoh-po/stap/welk-verzuim/ → /sppoh-po/stap/bestaat-niet/: HTTP 404");
  });
});
