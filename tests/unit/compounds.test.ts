import { describe, expect, it } from "vitest";
import { compoundTerms, splitCompound, vocabularyOf } from "../../pipeline/search/compounds.ts";

const vocabulary = vocabularyOf(["Het verzuim van een leerling", "ziekte en school", "de inschrijving", "melding"]);

describe("Dutch compounds for search", () => {
  it("splits a compound into the parts the site uses as words", () => {
    expect(splitCompound("ziekteverzuim", vocabulary)).toEqual(["verzuim", "ziekte"]);
    expect(splitCompound("schoolinschrijving", vocabulary)).toEqual(["inschrijving", "school"]);
    expect(splitCompound("verzuimsmelding", vocabulary)).toEqual(["melding", "verzuim"]);
  });

  it("leaves words alone whose parts are not words of the site", () => {
    expect(splitCompound("verzuim", vocabulary)).toEqual([]);
    expect(splitCompound("thuiszitters", vocabulary)).toEqual([]);
  });

  it("collects each extra term once per text", () => {
    expect(compoundTerms("Ziekteverzuim en schoolverzuim; ziekteverzuim.", vocabulary)).toEqual(["verzuim", "ziekte", "school"]);
  });
});
