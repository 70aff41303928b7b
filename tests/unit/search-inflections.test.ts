import { describe, expect, it } from "vitest";
import { formKey, infinitivesOf, suffixRules, wordFamilies } from "../../shared/search/inflections.ts";
import { applyFormChange, formChange, parseVocabulary, vocabularyText } from "../../shared/search/vocabulary.ts";

// A small .aff and .dic in hunspell's format, as OpenTaal writes them (`FLAG long`: two-letter flags).
const aff = [
  "FLAG long",
  "ONLYINCOMPOUND Cx",
  "SFX Am Y 1",
  "SFX Am eel ële ieel\t\tts:AJe",
  "SFX Zf Y 1",
  "SFX Zf eel elen eel\t\tts:NN2",
  "SFX Ya Y 1",
  "SFX Ya 0 tje .\t\tts:NN1r",
  "SFX Ch Y 1",
  "SFX Ch 0 s/CaCbCxCp .",
  "SFX V3 Y 1",
  "SFX V3 0 t [^ao]\t\tts:VB3",
  "SFX Vp Y 2",
  "SFX Vp 0 de .\t\tts:VBh1",
  "SFX Vp 0 den .\t\tts:VBh",
  "SFX Vi Y 1",
  "SFX Vi 0 d .\t\tts:PPn",
].join("\n");
const dic = [
  "9",
  "financieel/Am",
  "dagdeel/ZfYa",
  "opschaling/Ch",
  "leerplicht",
  "wiel/Am",
  "weiger/V3Vp",
  "weigeren/Vi",
  "organiseer/V3Vp",
  "organiseren/Vi",
].join("\n");

describe("search: word families from the dictionary's affix rules", () => {
  const families = (words: string[]) => wordFamilies(dic, suffixRules(aff), new Set(words));

  it("joins the forms an entry's suffix flags make, where the rule's condition holds", () => {
    expect(families(["financiele"])).toEqual([["financieel", "financiele"]]);
    expect(families(["dagdeel"])).toEqual([["dagdeel", "dagdelen"]]);
    // "wiel" does not end in "ieel": the rule does not apply, so it has no family.
    expect(families(["wiel"])).toEqual([]);
  });

  it("joins a verb's stem and its infinitive, which the dictionary lists apart, into one family", () => {
    const weigeren = families(["weigerden"]).find((family) => family.includes("weigeren"));
    const all = ["weiger", "weigert", "weigerde", "weigerden", "weigeren", "weigerend"];
    expect(weigeren?.toSorted()).toEqual(all.toSorted());
    expect(families(["organiseren"]).some((family) => family.includes("organiseert"))).toBe(true);
  });

  it("makes a stem's infinitive by Dutch spelling", () => {
    expect(infinitivesOf("weiger")).toContain("weigeren");
    expect(infinitivesOf("organiseer")).toContain("organiseren");
    expect(infinitivesOf("stop")).toContain("stoppen");
    expect(infinitivesOf("leef")).toContain("leven");
    expect(infinitivesOf("reis")).toContain("reizen");
  });

  it("leaves out diminutives and forms that stand only inside a compound", () => {
    expect(families(["opschaling", "dagdeel"]).flat()).not.toContain("dagdeeltje");
    expect(families(["opschaling"])).toEqual([]);
  });

  it("compares forms as the search does: lower case, without diacritics, the ligature ĳ as ij", () => {
    expect(formKey("Financiële")).toBe("financiele");
    expect(formKey("schoolmaatschappelĳk")).toBe("schoolmaatschappelijk");
  });

  it("writes a form as a change of its word's end, and reads it back", () => {
    const pairs = [
      ["school", "scholen"],
      ["verzuim", "verzuimde"],
      ["dagdelen", "dagdeel"],
      ["kind", "ouder"],
    ] as const;
    for (const [word, form] of pairs) expect(applyFormChange(word, formChange(word, form))).toBe(form);
    expect(formChange("school", "scholen")).toBe("2len");
  });

  it("writes a site word's other forms on its line, and reads them back as the site words of a form", () => {
    const families = [
      ["financieel", "financiele"],
      ["dagdeel", "dagdelen"],
    ];
    const text = vocabularyText(["financiële dagdelen", "dagdelen"], families);
    expect(text.split("\n")).toEqual(["dagdelen 3el", "financiële 2el"]);
    const vocabulary = parseVocabulary(text);
    expect(vocabulary.words).toEqual(["dagdelen", "financiele"]);
    expect(vocabulary.forms.get("financieel")).toEqual(["financiele"]);
    expect(vocabulary.forms.get("dagdeel")).toEqual(["dagdelen"]);
  });
});
