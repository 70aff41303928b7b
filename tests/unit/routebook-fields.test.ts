import { describe, expect, it } from "vitest";
import { parseRoutebookMeta } from "../../pipeline/routebook.ts";

const META = `---
id: regio-vo
title: Routeboek Regio
organisation: SWV Regio
sectors: [vo, mbo]
region: Haaglanden
municipalities: [Den Haag, Rijswijk]
date: 2025-09
documents:
  - alias: Routeboek
    title: Routeboek Regio VO
    version: september 2025
    date: 2025-09-15
  - alias: Handreiking
    title: Handreiking
---
`;

const parse = (source: string) => parseRoutebookMeta(source, "routeboek.md", "regio-vo");
const summary = (source: string) => parse(source).problems.map((p) => [p.line, p.column, p.message, p.hint]);

describe("routeboek.md metadata fields", () => {
  it("accepts several sectors, municipalities, dates and no version", () => {
    const { meta, problems } = parse(META);
    expect(problems).toEqual([]);
    expect(meta).toMatchObject({
      sectors: ["vo", "mbo"],
      municipalities: ["Den Haag", "Rijswijk"],
      date: "2025-09",
      staleAfterMonths: 36,
      documents: [{ alias: "Routeboek", version: "september 2025", date: "2025-09-15" }, { alias: "Handreiking" }],
    });
    expect(meta).not.toHaveProperty("version");
    expect(meta!.documents[1]).not.toHaveProperty("date");
  });

  it("reads staleAfterMonths and an unquoted year as a date", () => {
    const { meta, problems } = parse(META.replace("date: 2025-09\n", "date: 2022\nstaleAfterMonths: 24\n"));
    expect(problems).toEqual([]);
    expect(meta).toMatchObject({ date: "2022", staleAfterMonths: 24 });
  });

  it("explains the old `sector` key once, at its value", () => {
    expect(summary(META.replace("sectors: [vo, mbo]", "sector: vo"))).toEqual([
      [5, 9, "`sector` is now `sectors`, a list of one or more sectors", "write `sectors: [vo]`"],
    ]);
    const unknown = summary(META.replace("sectors: [vo, mbo]", "sector: hbo"));
    expect(unknown).toContainEqual([5, 9, "`sector` is now `sectors`, a list of one or more sectors", "write `sectors: [po]`"]);
    expect(summary(META.replace("sectors: [vo, mbo]", "sectors: [vo]\nsector: vo"))).toEqual([
      [6, 9, "`sector` is no longer used next to `sectors`", "remove `sector`; list every sector under `sectors`"],
    ]);
  });

  it("rejects an empty or doubled sector list", () => {
    expect(summary(META.replace("sectors: [vo, mbo]", "sectors: []"))).toEqual([[5, 10, expect.stringContaining("`sectors`"), undefined]]);
    expect(summary(META.replace("sectors: [vo, mbo]", "sectors: [vo, vo]"))).toEqual([
      [5, 10, "`sectors` lists a sector twice", "name each sector once, e.g. `sectors: [po, vo]`"],
    ]);
  });

  it("points at a malformed date with the expected format", () => {
    const problems = summary(META.replace("date: 2025-09\n", "date: 2025-13\n").replace("date: 2025-09-15", "date: september 2025"));
    expect(problems).toEqual([
      [8, 7, expect.stringMatching(/^`date` must be a date written as YYYY, YYYY-MM or YYYY-MM-DD/), undefined],
      [13, 11, expect.stringMatching(/^`documents\[0\]\.date` must be a date written as YYYY, YYYY-MM or YYYY-MM-DD/), undefined],
    ]);
  });

  it("rejects a day that the month does not have", () => {
    expect(summary(META.replace("date: 2025-09-15", "date: 2025-02-30"))).toEqual([
      [13, 11, "`documents[0].date` is not a day of the calendar", expect.stringContaining("`2025-02-28`")],
    ]);
  });

  it("reads the editors' fields, the sentence on when to use it and where a summary's original is", () => {
    const source = META.replace(
      "sectors: [vo, mbo]",
      "editorialFields: [region, edition]\npurpose: Gebruik dit bij twijfel.\nsectors: [vo, mbo]",
    ).replace(
      "  - alias: Handreiking\n    title: Handreiking\n",
      "  - alias: Handreiking\n    title: Handreiking\n    editorialFields: [title]\n    markdown: h.md\n    summary: true\n" +
        "    origin:\n      note: Niet openbaar.\n      contact: loket@example.org\n      possibleUrl: https://example.org/h.pdf\n",
    );
    const { meta, problems } = parse(source);
    expect(problems).toEqual([]);
    expect(meta).toMatchObject({
      editorialFields: ["region", "edition"],
      purpose: "Gebruik dit bij twijfel.",
      documents: [
        { alias: "Routeboek", editorialFields: [] },
        {
          alias: "Handreiking",
          editorialFields: ["title"],
          origin: { note: "Niet openbaar.", contact: "loket@example.org", possibleUrl: "https://example.org/h.pdf" },
        },
      ],
    });
  });

  it("asks a summary for its original's address or where to ask for it, and refuses a field a document does not have", () => {
    const summarised = META.replace(
      "  - alias: Handreiking\n    title: Handreiking\n",
      "  - alias: Handreiking\n    title: Handreiking\n    markdown: h.md\n    summary: true\n",
    );
    expect(summary(summarised)).toEqual([
      [
        14,
        5,
        "`documents[1].origin` a summary needs `url` or `origin`: every summary page says where the original is",
        expect.stringContaining("`origin:` with `note:`"),
      ],
    ]);
    expect(summary(summarised.replace("summary: true\n", "summary: true\n    url: https://example.org/h.pdf\n"))).toEqual([]);
    const organisation = summary(META.replace("    title: Handreiking\n", "    title: Handreiking\n    editorialFields: [organisation]\n"));
    expect(organisation).toEqual([
      [16, 23, expect.stringContaining("`documents[1].editorialFields[0]`"), "use one of: `title`, `edition`"],
    ]);
    const contact = summary(
      summarised.replace("summary: true\n", "summary: true\n    origin:\n      note: Vraag het na.\n      contact: geen adres\n"),
    );
    expect(contact).toEqual([[20, 16, expect.stringContaining("`documents[1].origin.contact`"), undefined]]);
  });

  it("rejects an empty municipality and a limit that is not a positive whole number", () => {
    const problems = summary(
      META.replace("[Den Haag, Rijswijk]", '[Den Haag, ""]').replace("date: 2025-09\n", "date: 2025-09\nstaleAfterMonths: 0\n"),
    );
    expect(problems).toEqual([
      [7, 28, expect.stringContaining("`municipalities[1]`"), undefined],
      [9, 19, expect.stringContaining("`staleAfterMonths`"), undefined],
    ]);
  });
});
