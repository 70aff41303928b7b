import { describe, expect, it } from "vitest";
import { caseNote, caseNoteText } from "../../src/scripts/case-note.ts";
import type { RouteData } from "../../src/scripts/route-data.ts";
import { replay } from "../../src/scripts/route-history.ts";

const data: RouteData = {
  id: "proef",
  title: "Routeboek Proef",
  organisation: "SWV Proef",
  version: "2.1",
  date: "maart 2024",
  home: "/proef/",
  stepBase: "/proef/stap/",
  summary: "/proef/samenvatting/",
  edition: "0a1b2c3d",
  start: "start",
  steps: {
    start: { title: "Staat de leerling ingeschreven?", options: [{ label: "Ja", to: "welk", id: "welk", check: "a1", editorialLabel: true }, { label: "Nee", to: "einde", id: "einde", check: "b2" }] },
    welk: {
      title: "Welk verzuim?",
      editorialTitle: true,
      phase: { name: "2", duration: "2 weken" },
      actions: [[{ t: "Bel de ouders." }], [{ t: "Wijs ouders op de " }, { t: "onderwijsconsulent", r: true }, { t: "." }]],
      references: [{ text: "Routeboek, Hoofdstuk 3", url: "/proef/routeboek/hoofdstuk-3/#fase-2" }],
      links: [{ label: "Meldcode", url: "https://example.org/meldcode.pdf" }],
      options: [{ label: "Ziekte", to: "ziek", id: "ziek", check: "c3" }, { label: "Luxe", to: "einde", id: "einde", check: "d4" }],
    },
    ziek: {
      title: "Ziekteverzuim",
      phase: { name: "2", duration: "2 weken" },
      text: [[{ t: "De jeugdarts roept de leerling op." }]],
      actions: [[{ t: "Meld bij de jeugdarts." }]],
      end: true,
      endText: [{ t: "Je bent klaar." }],
      references: [{ text: "Handreiking, Hoofdstuk 5" }, { text: "Routeboek, Hoofdstuk 3", url: "/proef/routeboek/hoofdstuk-3/#fase-2" }],
      links: [{ label: "Meldcode", url: "https://example.org/meldcode.pdf" }],
    },
    einde: { title: "Einde", end: true },
  },
};

const context = { today: "12 maart 2026", url: "https://routeboek.test/proef/samenvatting/?antwoorden=1-1", origin: "https://routeboek.test" };

describe("the case note", () => {
  const note = caseNote(data, replay(data, [1, 1])!, context);

  it("lists the answers to the questions with the editors' words marked", () => {
    expect(note.answers).toEqual([
      { question: { text: "Staat de leerling ingeschreven?" }, answer: { text: "Ja", editorial: true } },
      { question: { text: "Welk verzuim?", editorial: true }, answer: { text: "Ziekte" } },
    ]);
  });

  it("groups every step passed that has something to say, the end included, by runs of one phase", () => {
    expect(note.phases.map(({ phase, steps }) => [phase?.name, steps.map((step) => step.id)])).toEqual([["2", ["welk", "ziek"]]]);
    const plain = caseNote({ ...data, steps: { ...data.steps, start: { ...data.steps.start!, text: [[{ t: "Kijk in de administratie." }]] } } }, replay(data, [1, 1])!, context);
    expect(plain.phases.map(({ phase, steps }) => [phase?.name, steps.map((step) => step.id)])).toEqual([
      [undefined, ["start"]],
      ["2", ["welk", "ziek"]],
    ]);
    expect(note.phases[0]!.steps[1]!.text).toEqual([[{ t: "De jeugdarts roept de leerling op." }]]);
  });

  it("lists each reference and link once, with absolute addresses", () => {
    expect(note.references).toEqual([{ text: "Routeboek, Hoofdstuk 3", url: "https://routeboek.test/proef/routeboek/hoofdstuk-3/#fase-2" }, { text: "Handreiking, Hoofdstuk 5" }]);
    expect(note.links).toEqual([{ label: "Meldcode", url: "https://example.org/meldcode.pdf" }]);
  });

  it("names the edition, leaving out a date that repeats the version", () => {
    expect(note.edition).toBe("versie 2.1 · maart 2024");
    expect(caseNote({ ...data, version: "Maart 2024" }, [], context).edition).toBe("versie Maart 2024");
    expect(caseNote({ ...data, version: undefined, date: undefined }, [], context).edition).toBeUndefined();
  });

  it("reads as plain text with every action, the date and the address that reopens the route", () => {
    const text = caseNoteText(note);
    expect(text).toBe(
      [
        "Samenvatting van deze route",
        "Routeboek Proef (SWV Proef, versie 2.1 · maart 2024)",
        "Gemaakt op 12 maart 2026",
        "Deze route opnieuw openen: https://routeboek.test/proef/samenvatting/?antwoorden=1-1",
        "",
        "Jouw antwoorden",
        "1. Staat de leerling ingeschreven?",
        "   Antwoord: [Ja]",
        "2. [Welk verzuim?]",
        "   Antwoord: Ziekte",
        "",
        "Acties per fase",
        "",
        "Fase 2 · looptijd 2 weken",
        "* [Welk verzuim?]",
        "  - Bel de ouders.",
        "  - Wijs ouders op de [onderwijsconsulent].",
        "* Ziekteverzuim",
        "  De jeugdarts roept de leerling op.",
        "  - Meld bij de jeugdarts.",
        "  Einde van de route: Je bent klaar.",
        "",
        "Lees verder",
        "- Routeboek, Hoofdstuk 3: https://routeboek.test/proef/routeboek/hoofdstuk-3/#fase-2",
        "- Handreiking, Hoofdstuk 5",
        "",
        "Links",
        "- [Meldcode]: https://example.org/meldcode.pdf",
        "",
        "Tekst tussen [ ] is van de redactie, niet van de bron.",
        "",
      ].join("\n"),
    );
  });

  it("lists a step passed twice round a loop once", () => {
    const loop: RouteData = { ...data, start: "a", steps: { a: { title: "A", actions: [[{ t: "Doe iets." }]], options: [{ label: "terug", to: "a", id: "a", check: "e5" }, { label: "verder", to: "b", id: "b", check: "f6" }] }, b: { title: "B", end: true, endText: [{ t: "Klaar." }] } } };
    const looped = caseNote(loop, replay(loop, [1, 1, 2])!, context);
    expect(looped.answers).toHaveLength(3);
    expect(looped.phases[0]!.steps.map((step) => step.id)).toEqual(["a", "b"]);
  });
});

describe("phaseLabel", () => {
  it("names the phase with its title, a title of ours between [ ], and its duration", async () => {
    const { phaseLabel } = await import("../../src/scripts/case-note.ts");
    expect(phaseLabel({ name: "3a", duration: "2-10 weken", title: "Verzuim stopt" })).toBe("Fase 3a: Verzuim stopt · looptijd 2-10 weken");
    expect(phaseLabel({ name: "2", title: "Signaleren", editorialTitle: true })).toBe("Fase 2: [Signaleren]");
    expect(phaseLabel()).toBe("Zonder fase (de bron noemt hier geen fase)");
  });
});
