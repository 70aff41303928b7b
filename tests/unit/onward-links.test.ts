import { describe, expect, it } from "vitest";
import { onwardLinks } from "../../pipeline/flow/onward.ts";
import type { Link } from "../../pipeline/schema/step.ts";

const place = { line: 1, column: 1 };
const link = (label: string): Link => ({ label, url: `https://example.org/${encodeURIComponent(label)}.pdf`, place });
const STAPPENPLAN = link("Stappenplan Ziekteverzuim, schema 2025");
const ROUTEBOEK = link("Routeboek Verzuim & Thuiszitters PO, september 2025");
const MELDCODE = link("Meldcode Huiselijk Geweld en Kindermishandeling (Augeo)");

describe("onwardLinks", () => {
  it("picks the links an end step's action names, as SPPOH's ziekteverzuim end names its stappenplan", () => {
    const step = { end: true, actions: ["Ga naar het stappenplan Ziekteverzuim"], links: [STAPPENPLAN, ROUTEBOEK] };
    expect(onwardLinks(step)).toEqual([STAPPENPLAN]);
  });

  it("matches the name before a comma or bracket, across case and punctuation", () => {
    const step = {
      end: true,
      actions: ["Handel volgens de meldcode Huiselijk Geweld en Kindermishandeling."],
      links: [MELDCODE, ROUTEBOEK],
    };
    expect(onwardLinks(step)).toEqual([MELDCODE]);
  });

  it("matches whole words only", () => {
    const step = { end: true, actions: ["Raadpleeg de stappenplannen ziekteverzuimbeleid"], links: [STAPPENPLAN] };
    expect(onwardLinks(step)).toEqual([]);
  });

  it("gives nothing on a step that does not end the route, or whose actions name no link", () => {
    expect(onwardLinks({ end: false, actions: ["Ga naar het stappenplan Ziekteverzuim"], links: [STAPPENPLAN] })).toEqual([]);
    expect(onwardLinks({ end: true, actions: ["Ga naar het stappenplan Ziekteverzuim"], links: [ROUTEBOEK] })).toEqual([]);
    expect(onwardLinks({ end: true, actions: [], links: [STAPPENPLAN] })).toEqual([]);
  });
});
