import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { formatProblem, type Problem } from "../../pipeline/problems/problems.ts";
import { resolveInternalLinks } from "../../pipeline/references/resolve-links.ts";
import type { Inline } from "../../pipeline/schema/rich.ts";

const FILES = {
  flow: "content/proef/flow.md",
  meta: "content/proef/routeboek.md",
  signals: "content/proef/signalen.yml",
};
const ALL_PAGES = "pagina:begrippen, pagina:kaart, pagina:signalen, pagina:verantwoording and pagina:wijzigingen";
const NO_THRESHOLDS =
  'the link "pagina:signalen" leads to the thresholds page, which this routebook does not have: ' + "it has no thresholds in signalen.yml";

/** A one-step flow whose redactie notice holds `links`, resolved as `routeboek check` does. */
function resolved(links: string, thresholds: boolean) {
  const source = `---\ntitle: T\n---\n\n## Welk verzuim? {#start}\n\n:::redactie\nZie ${links}.\n:::\n\n**Einde**\n`;
  const parsed = parseFlow(source, FILES.flow);
  expect(parsed.problems).toEqual([]);
  const flow = parsed.flow!;
  const problems: Problem[] = [];
  const content = { flow, description: { blocks: [], footnotes: [] }, documents: [], signals: [], thresholds };
  resolveInternalLinks(content, FILES, problems);
  const found: Extract<Inline, { type: "internalLink" }>[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      if ((value as Inline).type === "internalLink") found.push(value as Extract<Inline, { type: "internalLink" }>);
      Object.values(value).forEach(walk);
    }
  };
  walk(flow.steps);
  return { links: found, problems };
}

describe("links to a routebook's own pages: `pagina:<name>`", () => {
  it("resolve to the thresholds page, the glossary, the map and the Verantwoording", () => {
    const { links, problems } = resolved(
      "[drempels](pagina:signalen), [begrippen](pagina:begrippen), [kaart](pagina:kaart) " + "en [bronnen](pagina:verantwoording)",
      true,
    );
    expect(problems).toEqual([]);
    expect(links.map((link) => link.target)).toEqual([
      { kind: "page", page: "signalen" },
      { kind: "page", page: "begrippen" },
      { kind: "page", page: "kaart" },
      { kind: "page", page: "verantwoording" },
    ]);
  });

  it("report an unknown page at file:line:column, with the nearest name and every valid one", () => {
    const { links, problems } = resolved("[drempels](pagina:singalen)", true);
    expect(links[0]!.target).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILES.flow, line: 8, column: 5 });
    expect(problems[0]!.message).toBe('the link "pagina:singalen" leads to no page of this routebook');
    expect(problems[0]!.hint).toBe(`did you mean "pagina:signalen"? a routebook's pages are ${ALL_PAGES}`);
    expect(formatProblem(problems[0]!).split("\n")[0]).toBe(
      'content/proef/flow.md:8:5: the link "pagina:singalen" leads to no page of this routebook',
    );
  });

  it("list the valid names without a guess when nothing is near", () => {
    const { problems } = resolved("[pdf](pagina:bronnen)", true);
    expect(problems.map((problem) => problem.hint)).toEqual([`a routebook's pages are ${ALL_PAGES}`]);
  });

  it("report the thresholds page in a routebook without thresholds, naming the pages it does have", () => {
    const { links, problems } = resolved("[drempels](pagina:signalen) en [kaart](pagina:kaart)", false);
    expect(links.map((link) => link.target)).toEqual([undefined, { kind: "page", page: "kaart" }]);
    expect(problems).toEqual([
      {
        file: FILES.flow,
        line: 8,
        column: 5,
        message: NO_THRESHOLDS,
        hint: "add the thresholds to signalen.yml, or link to pagina:begrippen, pagina:kaart, pagina:verantwoording or pagina:wijzigingen",
      },
    ]);
  });
});

describe("`routeboek check` of a routebook whose document links to `pagina:signalen`", () => {
  /** The test routebook, with the link to a step in its Markdown document turned into one to the thresholds page. */
  async function withPageLink(keepThresholds: boolean): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), "routeboek-pagina-"));
    await cp("tests/fixtures/content", root, { recursive: true });
    const document = join(root, "proef-po/bronnen/werkwijze.md");
    const text = await readFile(document, "utf8");
    expect(text).toContain("(stap:verzuim)");
    await writeFile(document, text.replace("(stap:verzuim)", "(pagina:signalen)"));
    if (!keepThresholds) await rm(join(root, "proef-po/signalen.yml"));
    return root;
  }

  it("passes when the routebook has thresholds", async () => {
    const { problems } = await readContent(await withPageLink(true));
    expect(problems).toEqual([]);
  });

  it("fails at the link's file:line:column when signalen.yml is gone", async () => {
    const root = await withPageLink(false);
    const { problems } = await readContent(root);
    const place = (problem: (typeof problems)[number]) => `${problem.file.replace(root, "")}:${problem.line}:${problem.column}`;
    expect(problems.map((problem) => `${place(problem)}: ${problem.message}`)).toEqual([
      `/proef-po/bronnen/werkwijze.md:45:22: ${NO_THRESHOLDS}`,
    ]);
  });
});
