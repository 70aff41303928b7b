import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CHAPTER_PAGE_SOURCE,
  chapterUrl,
  LINKED_PAGES,
  pdfUrl,
  ROUTEBOOK_PAGES,
  routebookPageTitle,
  routebookUrl,
  SITE_PAGES,
  stepUrl,
} from "../../pipeline/urls/scheme.ts";
import { routebookClaims, siteClaims, urlCollisions } from "../../pipeline/urls/site-urls.ts";

const filesUnder = async (root: string) =>
  (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

describe("the site's own URLs", () => {
  it("are listed for every page in src/pages and every file in public, so a new page cannot escape the check", async () => {
    const pages = [...(await filesUnder("src/pages")), ...(await filesUnder("public"))].sort();
    const listed = [...SITE_PAGES, ...ROUTEBOOK_PAGES].map((page) => page.source).filter((source) => /^(src\/pages|public)\//.test(source));
    expect([...listed, CHAPTER_PAGE_SOURCE].sort()).toEqual(pages);
  });

  it("put each routebook page at the path its file name gives", () => {
    for (const page of ROUTEBOOK_PAGES) {
      const name = page.source.replace("src/pages/[routebook]/", "").replace(/\.(astro|ts)$/, "");
      // A file under a dynamic segment makes a folder of pages; any other file its own page.
      const segments = name.split("/");
      const dynamic = segments.findIndex((segment) => segment.startsWith("["));
      const expected =
        name === "index" ? "" : dynamic >= 0 ? `${segments.slice(0, dynamic).join("/")}/` : name.includes(".") ? name : `${name}/`;
      expect(page.path, page.source).toBe(expected);
    }
  });
});

describe("URL collisions", () => {
  const place = (line: number) => ({ file: "content/proef/routeboek.md", line, column: 12 });
  const book = (documents: { alias: string; slug: string }[], steps: string[] = []) => ({
    id: "proef",
    place: place(2),
    documents: documents.map((document, index) => ({ ...document, place: place(8 + 2 * index), pdf: true, chapters: [] })),
    steps: steps.map((id, index) => ({ id, place: { file: "content/proef/flow.md", line: 5 + index, column: 1 } })),
  });

  it("finds none in a routebook whose names are all its own", () => {
    expect(
      urlCollisions([...siteClaims(["proef"]), ...routebookClaims(book([{ alias: "Werkwijze", slug: "werkwijze" }], ["start", "einde"]))]),
    ).toEqual([]);
  });

  it("reports a document named like a routebook page once, not once per chapter or PDF", () => {
    const problems = urlCollisions([...siteClaims(["proef"]), ...routebookClaims(book([{ alias: "Kaart", slug: "kaart" }]))]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe(
      'the document "Kaart" would be published at /proef/kaart/, which is the routebook\'s map page (src/pages/[routebook]/kaart.astro)',
    );
  });

  it("treats /404/ and /404.html as one address", () => {
    const problems = urlCollisions([...siteClaims(["404"]), ...routebookClaims({ ...book([]), id: "404" })]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'the routebook "404" would be published at /404/, which is the page-not-found page (src/pages/404.astro)',
    ]);
  });

  it("leaves a step id used twice to the flow's own check", () => {
    expect(urlCollisions(routebookClaims(book([], ["start", "start"])))).toEqual([]);
  });
});

describe("the URL scheme", () => {
  /** A routebook address built by hand: a template that starts with `/${…}`. */
  const HAND_BUILT = /`\/\$\{/;

  it("is written once: no code outside pipeline/urls/ builds an address by hand", async () => {
    const code = (
      await Promise.all(
        ["src", "tools", "shared", "pipeline"].map(async (root) =>
          (await filesUnder(root)).filter((file) => /\.(ts|astro)$/.test(file) && !file.startsWith("pipeline/urls/")),
        ),
      )
    ).flat();
    const built: string[] = [];
    for (const file of code) if (HAND_BUILT.test(await readFile(file, "utf8"))) built.push(file);
    expect(built).toEqual([]);
    expect(HAND_BUILT.test(["const url = `/$", "{routebook.id}/stap/`;"].join(""))).toBe(true);
  });

  it("gives the pages the addresses the collision check claims", () => {
    const claimed = routebookClaims({
      id: "proef",
      place: { file: "content/proef/routeboek.md" },
      documents: [
        {
          alias: "Werkwijze",
          slug: "werkwijze",
          place: { file: "x" },
          pdf: true,
          chapters: [{ slug: "h1", title: "1", place: { file: "x" } }],
        },
      ],
      steps: [{ id: "start", place: { file: "x" } }],
    }).map((claim) => claim.url);
    expect(claimed).toEqual([
      routebookUrl("proef"),
      "/proef/werkwijze/",
      pdfUrl("proef", "werkwijze"),
      chapterUrl("proef", "werkwijze", "h1"),
      stepUrl("proef", "start"),
    ]);
    expect(stepUrl("proef", "start")).toBe("/proef/stap/start/");
    expect(routebookPageTitle("kaart")).toBe("Kaart van de route");
    // Every page content may link to has a title of its own, which its heading and search both use.
    for (const page of LINKED_PAGES) expect(page.title, page.path).toMatch(/^\p{Lu}/u);
    expect(pdfUrl("proef", "werkwijze", 3)).toBe("/proef/bronnen/werkwijze.pdf#page=3");
  });
});
