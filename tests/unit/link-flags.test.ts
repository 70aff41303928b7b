import { describe, expect, it } from "vitest";
import type { LinkUse } from "../../tools/links/collect.ts";
import { documentWords, flagLinks } from "../../tools/links/stale.ts";

const BASE = "https://pro.sppoh.nl/wp-content/uploads/sites/3";
const use = (routebook: string): LinkUse => ({ routebook, where: "stap x", file: `content/${routebook}/flow.md`, line: 1 });

describe("link flags", () => {
  it("reads the words that name a document from its file name", () => {
    expect(documentWords(`${BASE}/2024/09/2024-Routeboek-Verzuim-en-Thuiszitters-PO-definitief.pdf`)).toEqual(
      new Set(["routeboek", "verzuim", "thuiszitters"]),
    );
  });

  it("flags an older upload of the same document and names the newer one", () => {
    const uses = new Map([
      [`${BASE}/2024/09/2024-Routeboek-Verzuim-en-Thuiszitters-PO-definitief.pdf`, [use("sppoh-po")]],
      [`${BASE}/2025/09/SPPOH053-Routeboek-Verzuim-en-Thuiszitten-PO-15-9.pdf`, [use("sppoh-po")]],
      [`${BASE}/2024/09/2024-Praktische-handreiking-Routeboek-definitief.pdf`, [use("sppoh-po")]],
      [`${BASE}/2025/09/Praktische-handreiking-11-9.pdf`, [use("sppoh-po")]],
      [`${BASE}/2024/09/2024-Tafels-voor-opschaling-PO-definitief.pdf`, [use("sppoh-po")]],
      [`${BASE}/2025/09/SPPOH053-Routeboek-Tafels-voor-opschaling0-250911-ow2-bdj.pdf`, [use("sppoh-po")]],
    ]);
    const flags = flagLinks(uses, []);
    expect(Object.fromEntries(flags)).toEqual({
      [`${BASE}/2024/09/2024-Praktische-handreiking-Routeboek-definitief.pdf`]: [
        { kind: "stale-version", newer: `${BASE}/2025/09/Praktische-handreiking-11-9.pdf` },
      ],
      [`${BASE}/2024/09/2024-Tafels-voor-opschaling-PO-definitief.pdf`]: [
        { kind: "stale-version", newer: `${BASE}/2025/09/SPPOH053-Routeboek-Tafels-voor-opschaling0-250911-ow2-bdj.pdf` },
      ],
      [`${BASE}/2024/09/2024-Routeboek-Verzuim-en-Thuiszitters-PO-definitief.pdf`]: [
        { kind: "stale-version", newer: `${BASE}/2025/09/SPPOH053-Routeboek-Verzuim-en-Thuiszitten-PO-15-9.pdf` },
      ],
    });
  });

  it("flags a link to a source document of another routebook", () => {
    const url = `${BASE}/2025/09/SPPOH053-Routeboek-Verzuim-en-Thuiszitten-PO-15-9.pdf`;
    const uses = new Map([[url, [use("zhw-vo")]]]);
    const documents = [{ routebook: "sppoh-po", alias: "Routeboek Verzuim & Thuiszitters", url }];
    expect(flagLinks(uses, documents).get(url)).toEqual([
      { kind: "other-routebook", routebook: "sppoh-po", document: "Routeboek Verzuim & Thuiszitters" },
    ]);
    expect(flagLinks(new Map([[url, [use("sppoh-po")]]]), documents).get(url)).toBeUndefined();
  });

  it("flags another routebook's old document as both: another routebook's, and an older version of it", () => {
    const old = `${BASE}/2024/09/2024-Routeboek-Verzuim-en-Thuiszitters-PO-definitief.pdf`;
    const current = `${BASE}/2025/09/SPPOH053-Routeboek-Verzuim-en-Thuiszitten-PO-15-9.pdf`;
    const documents = [{ routebook: "sppoh-po", alias: "Routeboek Verzuim & Thuiszitters", url: current }];
    expect(flagLinks(new Map([[old, [use("zhw-vo")]]]), documents).get(old)).toEqual([
      { kind: "stale-version", newer: current },
      { kind: "other-routebook", routebook: "sppoh-po", document: "Routeboek Verzuim & Thuiszitters" },
    ]);
  });
});
