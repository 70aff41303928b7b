import { describe, expect, it } from "vitest";
import { compoundTails, compoundTerms, splitCompound, stemOf, titleTails, wordsOf } from "../../shared/search/compounds.ts";
import { dutchLexicon } from "../../pipeline/search/dictionary.ts";

const vocabulary = new Set(["verzuim", "leerling", "ziekte", "school", "inschrijving", "melding"]);

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

  it("follows a compound's tails down to the last word, which names what the whole is", () => {
    const lexicon = new Set(["jeugd", "bescherming", "beschermingstafel", "tafel"]);
    expect(compoundTails("jeugdbeschermingstafel", lexicon)).toEqual(["beschermingstafel", "tafel"]);
    expect(compoundTerms("jeugdbeschermingstafel", lexicon)).toEqual(expect.arrayContaining(["beschermingstafel", "tafel", "jeugd"]));
  });

  it("gives a title only the tails the word list lets end a compound", () => {
    const lexicon = {
      has: (word: string) => ["advies", "tafel", "inte", "graal", "school", "melding"].includes(word),
      endsCompound: (word: string) => ["tafel", "melding"].includes(word),
    };
    expect(titleTails("Adviestafel integraal", lexicon)).toEqual(["tafel"]);
    // A particle before a word that may end a compound: a derived noun that may end one too.
    expect(
      titleTails("Schoolaanmelding", { ...lexicon, has: (word: string) => ["school", "aanmelding", "melding"].includes(word) }),
    ).toEqual(["aanmelding"]);
  });

  describe("with the OpenTaal dictionary", { timeout: 60_000 }, () => {
    it("splits only into real words of sensible length, not after a prefix", async () => {
      const dutch = await dutchLexicon();
      // Prefixed words, a three-letter head before a short tail, an adjective ending, a proper name.
      for (const word of [
        "onderwijs",
        "onderzoeken",
        "aanmelden",
        "overleg",
        "mishandeling",
        "verschillende",
        "bovenstaande",
        "genomen",
        "partijen",
        "huiselijk",
        "mogelijkheden",
        "holland",
        "terecht",
      ]) {
        expect(splitCompound(word, dutch), word).toEqual([]);
      }
      expect(splitCompound("leerkracht", dutch)).toEqual(["kracht", "leer"]);
      expect(splitCompound("leefgebieden", dutch)).toEqual(["gebieden", "leef"]);
    });

    it("finds the tails the site's own words never showed", async () => {
      const dutch = await dutchLexicon();
      expect(splitCompound("kindermishandeling", dutch)).toEqual(["mishandeling", "kind"]);
      expect(splitCompound("leerplichtambtenaar", dutch)).toEqual(["ambtenaar", "leerplicht"]);
      expect(splitCompound("verzuimbeleid", dutch)).toEqual(["beleid", "verzuim"]);
      expect(splitCompound("jeugdsteunpunt", dutch)).toEqual(["steunpunt", "jeugd"]);
    });

    it("never ends a compound in a particle", async () => {
      const dutch = await dutchLexicon();
      expect(compoundTails("leerplichtambtenaar", dutch)).toEqual(["ambtenaar"]);
    });

    it("takes from a title only tails OpenTaal lets end a compound", async () => {
      const dutch = await dutchLexicon();
      expect(titleTails("Adviestafel", dutch)).toEqual(["tafel"]);
      expect(titleTails("Geen schriftelijke schoolaanmelding", dutch)).toEqual(["aanmelding"]);
      // Not maxi|maal, inte|graal, raad|pleeg, signa|lering, vrij|stelling.
      expect(titleTails("Maximaal integraal raadpleeg signalering vrijstelling", dutch)).toEqual([]);
    });

    it("leaves a very long 'word' alone instead of splitting it", async () => {
      const dutch = await dutchLexicon();
      expect(compoundTerms("a".repeat(5_000_000), dutch)).toEqual([]);
    });

    it("adds the singular of a plural", async () => {
      const dutch = await dutchLexicon();
      expect(stemOf("thuiszitters", dutch)).toBe("thuiszitter");
      expect(stemOf("meldingen", dutch)).toBe("melding");
      expect(compoundTerms("meldingen", dutch)).toContain("melding");
    });
  });
});

describe("wordsOf", () => {
  it("gives the same words as one match over the letters, and a word of megabytes whole (A12b)", () => {
    const text = "Hé, İstanbul ÉÉN woord-met streep 𝒜𝒷 ß Straße 3x4 verzuim";
    expect(wordsOf(text)).toEqual(text.toLowerCase().match(/\p{L}+/gu));
    const long = "x".repeat(12 * 1024 * 1024 + 7);
    expect(wordsOf(`de ${long} en`)).toEqual(["de", long, "en"]);
  });
});
