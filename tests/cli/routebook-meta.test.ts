import { spawnSync } from "node:child_process";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { parseRoutebookMeta } from "../../pipeline/routebook.ts";
import { CLI_TEST_TIMEOUT } from "../support/cli.ts";

const META = `---
id: regio-po
title: Routeboek Regio
organisation: SWV Regio
sectors: [po]
region: Regio
version: "2026"
documents:
  - alias: Routeboek
    title: Routeboek Regio PO
    url: https://example.org/routeboek.pdf
---

Een korte inleiding.
`;

const FLOW = `---
title: Tool
---

## Start? {#start}

- [Ja](#klaar)

**Lees verder:** Routeboek, Hoofdstuk 1: Inleiding

## Klaar {#klaar}

**Lees verder:** Routebok, Hoofdstuk 2: Verzuim

**Einde**
`;

describe("routeboek.md", () => {
  it("reads the metadata and the introduction", () => {
    const { meta, description, problems } = parseRoutebookMeta(META, "routeboek.md", "regio-po");
    expect(problems).toEqual([]);
    expect(meta).toMatchObject({ id: "regio-po", sectors: ["po"], documents: [{ alias: "Routeboek" }] });
    expect(description.blocks).toEqual([{ type: "paragraph", children: [{ type: "text", value: "Een korte inleiding." }] }]);
  });

  it("points at the offending value with a fix hint", () => {
    const broken = META.replace("sectors: [po]", "sectors: [hbo]").replace("region: Regio\n", "").replace("id: regio-po", "id: regio");
    const { problems } = parseRoutebookMeta(broken, "routeboek.md", "regio-po");
    expect(problems.map((p) => [p.line, p.column, p.message, p.hint])).toEqual(
      expect.arrayContaining([
        [5, 11, expect.stringContaining("`sectors[0]`"), "use one of: `po`, `vo`, `mbo`"],
        [2, 1, expect.stringContaining("`region`"), "add the field `region`"],
        [2, 5, 'the id "regio" differs from the folder name "regio-po"', "rename the folder or set `id: regio-po`"],
      ]),
    );
  });

  it("rejects duplicate document aliases", () => {
    const doubled = META.replace("---\n\nEen", "  - alias: Routeboek\n    title: Nog een\n---\n\nEen");
    const { problems } = parseRoutebookMeta(doubled, "routeboek.md", "regio-po");
    expect(problems).toEqual([expect.objectContaining({ line: 12, message: 'the document alias "Routeboek" is used twice' })]);
  });
});

describe("a content folder", () => {
  async function contentWith(files: Record<string, string>): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), "routeboek-content-"));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(root, path, ".."), { recursive: true });
      await writeFile(join(root, path), text);
    }
    return root;
  }

  it("checks that references name a document of the routebook", async () => {
    const root = await contentWith({ "regio-po/routeboek.md": META, "regio-po/flow.md": FLOW });
    const { problems } = await readContent(root);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 13,
        column: 1,
        message: 'the reference names the document "Routebok", which routeboek.md does not list',
        hint: 'did you mean "Routeboek"? Write references as "<document>, <chapter>"',
      }),
    ]);
  });

  it("names a missing flow file", async () => {
    const root = await contentWith({ "regio-po/routeboek.md": META });
    const { problems } = await readContent(root);
    expect(problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/regio-po\/flow\.md$/), message: "the routebook's flow is missing" }),
    ]);
  });

  it(
    "makes `routeboek check` list every problem and exit 1",
    async () => {
      const root = await contentWith({
        "regio-po/routeboek.md": META.replace("sectors: [po]", "sectors: [hbo]"),
        "regio-po/flow.md": FLOW.replace("(#klaar)", "(#klar)"),
      });
      const run = spawnSync("node", ["tools/cli.ts", "check", "--content", root], { encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/regio-po\/routeboek\.md:5:11: `sectors\[0\]` .*\n {4}→ use one of: `po`, `vo`, `mbo`/);
      expect(run.stderr).toMatch(
        /regio-po\/flow\.md:7:3: option "Ja" leads to step "klar", which does not exist\n {4}→ did you mean "klaar"\?/,
      );
      expect(run.stderr).toContain("problems found.");
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    "makes `routeboek check` pass on the real content",
    () => {
      const run = spawnSync("node", ["tools/cli.ts", "check"], { encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/All content is valid: \d+ routebook\(s\), \d+ steps\./);
    },
    CLI_TEST_TIMEOUT,
  );
});
