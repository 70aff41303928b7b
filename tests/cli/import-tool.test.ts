import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import type { Flow } from "../../pipeline/schema/flow.ts";
import { importTool } from "../../pipeline/pdf-jobs/import-tool.ts";
import { flowToMarkdown } from "../../pipeline/tool/to-markdown.ts";
import type { ImportedFlow, ImportNote } from "../../pipeline/tool/types.ts";
import { expectedTool, NO_LINKS_EXPECTED, TOOL_FILES } from "../fixtures/tool/expected.ts";

const OUT = "tests/fixtures/tool/out";
const FLOW = "content/sppoh-po/flow.md";

/** The parts of a step a round trip must keep, with targets as original step ids. */
const shape = (step: Flow["steps"][number] | ImportedFlow["steps"][number], idOf: (id: string) => string) => ({
  title: step.title,
  phase: step.phase ? { name: step.phase.name, duration: step.phase.duration } : undefined,
  options: step.options.map((option) => ({ label: option.label, to: idOf(option.to) })),
  actions: step.actions,
  references: step.references.map((r) => ({ document: r.document, chapter: r.chapter })),
  links: step.links.map((link) => ({ label: link.label, url: link.url })),
  end: step.end,
  endText: step.endText,
});

describe.each(Object.entries(TOOL_FILES))("importing the %s SPPOH tool", (variant, file) => {
  let original: Flow;
  let imported: ImportedFlow;
  let notes: ImportNote[];
  beforeAll(async () => {
    original = parseFlow(await readFile(FLOW, "utf8"), FLOW).flow!;
    ({ flow: imported, notes } = await importTool(new Uint8Array(await readFile(join(OUT, file))), file));
  });

  it("recovers every step, its options with their labels, phases, actions, references, links and ends", () => {
    const expected = expectedTool(original, variant as "portrait" | "landscape");
    const stepOfPage = new Map(Object.entries(expected.pageOfStep).map(([step, page]) => [page, step]));
    const originalIdOf = new Map(imported.steps.map((step) => [step.id, stepOfPage.get(step.page)!]));
    expect(imported.steps.map((step) => stepOfPage.get(step.page))).toEqual(original.steps.map((step) => step.id));
    expect(originalIdOf.get(imported.start)).toBe(original.start);
    imported.steps.forEach((step, index) => {
      expect(
        shape(step, (id) => originalIdOf.get(id)!),
        step.title,
      ).toEqual(shape(original.steps[index]!, (id) => id));
    });
  });

  it("reports duplicate pages instead of importing them", () => {
    const expected = expectedTool(original, variant as "portrait" | "landscape");
    expect(notes).toEqual(
      expected.duplicatePages.map(({ page, sameAs }) => ({
        page,
        message: `repeats page ${sameAs}; it was not imported as a step of its own`,
      })),
    );
  });

  it("writes Markdown that routeboek check accepts next to the routebook's metadata and PDFs", async () => {
    expect(parseFlow(flowToMarkdown(imported, file), "flow.md").problems).toEqual([]);
    const content = await mkdtemp(join(tmpdir(), "routeboek-import-"));
    await cp("content/sppoh-po", join(content, "sppoh-po"), { recursive: true, filter: (path) => !path.endsWith("flow.md") });
    const out = join(content, "sppoh-po");
    const run = spawnSync("node", ["tools/cli.ts", "import-tool", join(OUT, file), "--out", out], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(await readFile(join(out, "import-report.md"), "utf8")).toContain("26 steps, 35 options, 7 end steps.");
    // The phases the steps name are listed by name, for the maintainer to describe; so check does not warn about them.
    expect(await readFile(join(out, "flow.md"), "utf8")).toMatch(/\nphases:\n {2}- name: "2"\n {2}- name: 3a\n {2}- name: 3b\n/);
    await cp("content/begrippen.yml", join(content, "begrippen.yml"));
    const check = spawnSync("node", ["tools/cli.ts", "check", "--content", content], { encoding: "utf8" });
    // The references are counted as not verified (SPPOH's documents have no file); nothing else may be said.
    expect(check.stderr).toMatch(
      /^\d+ references are not verified: their documents have no file in the content \(details: routeboek check --verbose\)\n$/,
    );
    expect(check.status).toBe(0);
  });
});

describe("import-tool on other PDFs", () => {
  it("refuses a PDF without links between its pages as not a clickable tool", () => {
    const run = spawnSync("node", ["tools/cli.ts", "import-tool", join(OUT, NO_LINKS_EXPECTED.file), "--json"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no-links\.pdf: is not a clickable tool: none of its pages links to another page\n {4}→ /);
  });

  it("gives the extraction errors for a PDF that cannot be read", () => {
    const run = spawnSync("node", ["tools/cli.ts", "import-tool", "tests/fixtures/pdf/out/bad/encrypted-user.pdf", "--json"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/encrypted-user\.pdf: needs a password to open/);
  });
});

describe("the committed tool fixtures", () => {
  it("are what the generator makes from the current SPPOH flow (run `npm run fixtures` after editing the flow)", async () => {
    const { loadFlow, renderTool } = await import("../fixtures/tool/generate.ts");
    const flow = await loadFlow();
    for (const [variant, file] of Object.entries(TOOL_FILES)) {
      const committed = new Uint8Array(await readFile(join(OUT, file)));
      expect(Buffer.from(await renderTool(flow, variant as "portrait" | "landscape")).equals(Buffer.from(committed)), file).toBe(true);
    }
  });
});
