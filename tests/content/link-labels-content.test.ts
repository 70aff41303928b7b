import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import type { Flow } from "../../pipeline/schema/flow.ts";
import { labelMismatches, uploadFolder } from "../fidelity/checks/link-labels.ts";

/**
 * Where a label names when its file is from and the address says when it was uploaded, the two
 * must agree (the rule is the fidelity check's, tests/fidelity/checks/link-labels.ts).
 */
const mismatches = (labelled: readonly { where: string; label: string; url: string }[]): string[] =>
  labelled.flatMap(({ where, label, url }) => labelMismatches(label, url).map((message) => `${where}: "${label}" ${message}`));

const flowLinks = (id: string, flow: Flow) =>
  flow.steps.flatMap((step) => step.links.map((link) => ({ where: `${id}/${step.id}`, label: link.label, url: link.url })));

describe("the year and month in a link's label", () => {
  let routebooks: Routebook[];
  beforeAll(async () => {
    ({ routebooks } = await readContent("content"));
  });

  it("match the upload folder of the address, for every dated link of every flow and every document's version", () => {
    const links = routebooks.flatMap((book) => flowLinks(book.id, book.flow));
    const dated = links.filter((link) => uploadFolder(link.url) && /\b20\d{2}\b/.test(link.label));
    // SPPOH's and SWV's links name their editions: 2024 and 2025 files side by side.
    expect(dated.length).toBeGreaterThan(10);
    const documents = routebooks.flatMap((book) =>
      book.documents.flatMap((source) =>
        source.url && source.version ? [{ where: `${book.id}: ${source.alias}`, label: source.version, url: source.url }] : [],
      ),
    );
    expect(mismatches([...links, ...documents])).toEqual([]);
  });

  it("fail when a 2024 file is labelled as the September 2025 edition", async () => {
    const file = "content/sppoh-po/flow.md";
    const text = await readFile(file, "utf8");
    const changed = text.replace(
      "[Routeboek Verzuim & Thuiszitters PO, oude versie (2024)]",
      "[Routeboek Verzuim & Thuiszitters PO, september 2025]",
    );
    expect(changed).not.toBe(text);
    const { flow } = parseFlow(changed, file);
    expect(mismatches(flowLinks("sppoh-po", flow!))).toEqual([
      'sppoh-po/ziekteverzuim: "Routeboek Verzuim & Thuiszitters PO, september 2025" names 2025, the address is from 2024',
    ]);
  });
});
