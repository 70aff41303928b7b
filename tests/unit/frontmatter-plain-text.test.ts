import { describe, expect, it } from "vitest";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { parseRoutebookMeta } from "../../pipeline/routebook.ts";

const MARKER = '":redactie[Proef] <b>routebook</b>"';

// Each plain-text field of routeboek.md, with the line it stands on and the mechanism the hint must name.
const ROUTEBOOK = (field: string) => {
  const value = (name: string, plain: string) => (name === field ? MARKER : plain);
  return `---
id: regio-po
title: ${value("title", "Routeboek Regio")}
organisation: ${value("organisation", "SWV Regio")}
purpose: ${value("purpose", "Voor scholen in de regio.")}
sectors: [po]
region: ${value("region", "Regio")}
municipalities: [${value("municipalities", "Regio")}]
version: ${value("version", '"2026"')}
documents:
  - alias: Routeboek
    title: ${value("document title", "Routeboek Regio PO")}
    summary: true
    markdown: routeboek-tekst.md
    origin:
      note: ${value("origin note", "Vraag het bij de regio.")}
---

Een korte inleiding.
`;
};

const FLOW = (field: string) => {
  const value = (name: string, plain: string) => (name === field ? MARKER : plain);
  return `---
title: ${value("title", "Tool")}
source: ${value("source", "de klikbare tool")}
checks:
  - ${value("checks", "Fase 2 nalezen.")}
phases:
  - name: 2
    title: ${value("phase title", "Verzuim")}
    explanation: ${value("phase explanation", "De school belt.")}
    startsWith: ${value("phase startsWith", "de eerste ziektedag")}
---

## Start? {#start}

**Fase:** 2

**Einde**
`;
};

describe("plain-text frontmatter fields of routeboek.md", () => {
  it("accepts the plain fields", () => {
    expect(parseRoutebookMeta(ROUTEBOOK(""), "routeboek.md", "regio-po").problems).toEqual([]);
  });

  it.each([
    ["title", 3, 8, "`editorialFields: [title]`"],
    ["organisation", 4, 15, "`editorialFields: [organisation]`"],
    ["purpose", 5, 10, undefined],
    ["region", 7, 9, "`editorialFields: [region]`"],
    ["municipalities", 8, 18, undefined],
    ["version", 9, 10, "`editorialFields: [edition]`"],
    ["document title", 12, 12, "`editorialFields: [title]`"],
    ["origin note", 16, 13, undefined],
  ])("refuses a marker in the %s at its line and column", (field, line, column, mechanism) => {
    const { problems } = parseRoutebookMeta(ROUTEBOOK(field), "routeboek.md", "regio-po");
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect([problem.file, problem.line, problem.column]).toEqual(["routeboek.md", line, column]);
    expect(problem.message).toContain(":redactie");
    expect(problem.message).toContain("literally");
    expect(problem.hint).toContain(mechanism ?? "write the words only");
  });
});

describe("plain-text frontmatter fields of flow.md", () => {
  it("accepts the plain fields", () => {
    expect(parseFlow(FLOW(""), "flow.md").problems).toEqual([]);
  });

  it.each([
    ["title", 2, 8, undefined],
    ["source", 3, 9, undefined],
    ["checks", 5, 5, undefined],
    ["phase title", 8, 12, "`editorial: [title]`"],
    ["phase explanation", 9, 18, "`editorial: [explanation]`"],
    ["phase startsWith", 10, 17, "`editorial: [startsWith]`"],
  ])("refuses a marker in the %s at its line and column", (field, line, column, mechanism) => {
    const { problems } = parseFlow(FLOW(field), "flow.md");
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect([problem.file, problem.line, problem.column]).toEqual(["flow.md", line, column]);
    expect(problem.message).toContain(":redactie");
    expect(problem.hint).toContain(mechanism ?? "write the words only");
  });
});

describe("what is refused", () => {
  it.each([":afgeleid[gok]", "::: redactie", "Routeboek <i>PO</i>", "zie [de site](https://example.org)", "Routeboek **PO**", "het `id`"])(
    "refuses %s",
    (text) => {
      const flow = FLOW("").replace("title: Tool", `title: ${JSON.stringify(text)}`);
      expect(parseFlow(flow, "flow.md").problems.map((problem) => problem.line)).toEqual([2]);
    },
  );

  it.each(["Verzuim & Thuiszitters (PO)", "fase 3: a < b > c", "Actie 3:ga", "5 * 3", "op_maat", "[1] noot"])("accepts %s", (text) => {
    const flow = FLOW("").replace("title: Tool", `title: ${JSON.stringify(text)}`);
    expect(parseFlow(flow, "flow.md").problems).toEqual([]);
  });
});
