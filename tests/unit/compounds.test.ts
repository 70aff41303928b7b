import { describe, expect, it } from "vitest";
import { compoundTerms, splitCompound, stemOf, vocabularyOf } from "../../pipeline/search/compounds.ts";
import { dutchLexicon } from "../../pipeline/search/dictionary.ts";

const vocabulary = vocabularyOf(["Het verzuim van een leerling", "ziekte en school", "de inschrijving", "melding"]);

describe("Dutch compounds for search", () => {
  it("splits a compound into parts the lexicon knows", () => {
    expect(splitCompound("ziekteverzuim", vocabulary)).toEqual(["verzuim", "ziekte"]);
    expect(splitCompound("schoolinschrijving", vocabulary)).toEqual(["inschrijving", "school"]);
    expect(splitCompound("verzuimsmelding", vocabulary)).toEqual(["melding", "verzuim"]);
  });

  it("leaves words alone whose parts are not known", () => {
    expect(splitCompound("verzuim", vocabulary)).toEqual([]);
    expect(splitCompound("thuiszitters", vocabulary)).toEqual([]);
  });

  it("collects each extra term once per text", () => {
    expect(compoundTerms("Ziekteverzuim en schoolverzuim; ziekteverzuim.", vocabulary)).toEqual(["verzuim", "ziekte", "school"]);
  });

  describe("with the OpenTaal dictionary", { timeout: 60_000 }, () => {
    it("splits only into real words of sensible length, not after a prefix", async () => {
      const dutch = await dutchLexicon();
      for (const word of ["onderwijs", "onderzoeken", "aanmelden", "overleg"]) expect(splitCompound(word, dutch), word).toEqual([]);
      expect(splitCompound("leerkracht", dutch)).toEqual(["kracht", "leer"]);
      expect(splitCompound("leefgebieden", dutch)).toEqual(["gebieden", "leef"]);
    });

    it("finds the tails the site's own words never showed", async () => {
      const dutch = await dutchLexicon();
      expect(splitCompound("mishandeling", dutch)).toEqual(["handeling", "mis"]);
      expect(splitCompound("leerplichtambtenaar", dutch)).toEqual(["ambtenaar", "leerplicht"]);
      expect(splitCompound("verzuimbeleid", dutch)).toEqual(["beleid", "verzuim"]);
      expect(splitCompound("jeugdsteunpunt", dutch)).toEqual(["steunpunt", "jeugd"]);
    });

    it("adds the singular of a plural", async () => {
      const dutch = await dutchLexicon();
      expect(stemOf("thuiszitters", dutch)).toBe("thuiszitter");
      expect(stemOf("meldingen", dutch)).toBe("melding");
      expect(compoundTerms("meldingen", dutch)).toContain("melding");
    });
  });
});
