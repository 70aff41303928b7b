import { describe, expect, it } from "vitest";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { importTool } from "../../pipeline/pdf-jobs/import-tool.ts";
import { importReport } from "../../pipeline/tool/report.ts";
import { renderTool } from "../fixtures/tool/generate.ts";

/** Three tool pages whose buttons go round: 1 → 2 → 3 → 1, and no page ends the route. */
const CYCLE = `---
title: Rondje
---

## Eerste vraag {#een}

- [Verder](#twee)

## Tweede vraag {#twee}

- [Verder](#drie)

## Derde vraag {#drie}

- [Terug naar het begin](#een)
`;

describe("import-tool on a tool whose buttons go round without an end", () => {
  it("reports the loop for review instead of 'Nothing needed review'", async () => {
    const { draft } = parseFlow(CYCLE, "rondje.md");
    const bytes = await renderTool(draft, "landscape");
    const { flow, notes } = await importTool(bytes, "rondje.pdf");
    expect(flow.steps.filter((step) => step.end)).toEqual([]);
    const loop = notes.filter((note) => note.message.includes("no end can be reached"));
    expect(loop.map((note) => note.page)).toEqual(flow.steps.map((step) => step.page));
    const report = importReport(flow, notes, "rondje.pdf");
    expect(report).not.toContain("Nothing needed review.");
    expect(report).toMatch(/## To review\n\n- page 1: from step "[^"]+" no end can be reached — give the loop it is in \(steps /);
  });
});
