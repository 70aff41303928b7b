import { describe, expect, it } from "vitest";
import { phaseName, runsText } from "../../shared/phases/timeline.ts";
import { caseNote, caseNoteText, groupLabel, markedText, startLabel } from "../../src/elements/case-note.ts";
import type { RouteData } from "../../shared/route/data.ts";
import { replay } from "../support/flow-paths.ts";

const data: RouteData = {
  id: "proef",
  title: "Routeboek Proef",
  organisation: "SWV Proef",
  region: "Proefstad",
  editorialFields: ["organisation", "region"],
  documents: [
    {
      alias: "Routeboek",
      editorialFields: ["edition"],
      versionLabel: "versie 2.1 · maart 2024",
      url: "https://example.org/routeboek.pdf",
    },
    { alias: "Handreiking", url: "https://example.org/handreiking.pdf" },
  ],
  versionLabel: "versie 2.1 · maart 2024",
  home: "/proef/",
  stepBase: "/proef/stap/",
  summary: "/proef/samenvatting/",
  changes: "/proef/wijzigingen/",
  edition: "0a1b2c3d",
  start: "start",
  steps: {
    start: {
      title: "Staat de leerling ingeschreven?",
      options: [
        {
          label: "Ja",
          to: "welk",
          id: "welk",
          check: "a1",
          editorialLabel: true,
          inferred: { reason: [{ t: "De bron toont geen knop.", r: true }] },
        },
        { label: "Nee", to: "einde", id: "einde", check: "b2" },
      ],
    },
    welk: {
      title: "Welk verzuim?",
      editorialTitle: true,
      phase: { name: "2", duration: "2 weken" },
      body: [
        {
          type: "actions",
          items: [[{ t: "Bel de ouders." }], [{ t: "Wijs ouders op de " }, { t: "onderwijsconsulent", r: true }, { t: "." }]],
        },
      ],
      references: [{ text: "Routeboek, Hoofdstuk 3", url: "/proef/routeboek/hoofdstuk-3/#fase-2" }],
      links: [{ label: "Meldcode", url: "https://example.org/meldcode.pdf" }],
      options: [
        { label: "Ziekte", to: "ziek", id: "ziek", check: "c3" },
        { label: "Luxe", to: "einde", id: "einde", check: "d4" },
      ],
    },
    ziek: {
      title: "Ziekteverzuim",
      phase: { name: "2", duration: "2 weken" },
      body: [
        { type: "actions", ordered: true, items: [[{ t: "Meld bij de jeugdarts." }]] },
        { type: "text", text: [{ t: "Heb je bovenstaande actie genomen?" }] },
        { type: "list", items: [[{ t: "Eén keer ziek" }], [{ t: "Vaak ziek" }]] },
        { type: "end", text: [{ t: "Je bent klaar." }] },
      ],
      end: true,
      references: [
        { text: "Handreiking, Hoofdstuk 5", source: "https://example.org/handreiking.pdf" },
        { text: "Routeboek, Hoofdstuk 3", url: "/proef/routeboek/hoofdstuk-3/#fase-2" },
      ],
      links: [{ label: "Meldcode", url: "https://example.org/meldcode.pdf" }],
    },
    einde: { title: "Einde", end: true },
  },
};

const context = {
  today: "12 maart 2026",
  url: "https://routeboek.test/proef/samenvatting/?antwoorden=1-1",
  origin: "https://routeboek.test",
};

describe("the case note", () => {
  const note = caseNote(data, replay(data, [1, 1])!, context);

  it("lists the answers to the questions with the editors' words and their chosen next steps marked", () => {
    expect(note.answers).toEqual([
      {
        question: { text: "Staat de leerling ingeschreven?" },
        answer: { text: "Ja", editorial: true },
        inferred: [{ t: "De bron toont geen knop.", r: true }],
      },
      { question: { text: "Welk verzuim?", editorial: true }, answer: { text: "Ziekte" } },
    ]);
  });

  it("groups every step passed that has something to say, the end included, by runs of one phase", () => {
    expect(note.phases.map(({ phase, steps }) => [phase?.name, steps.map((step) => step.id)])).toEqual([["2", ["welk", "ziek"]]]);
    const withText = {
      ...data.steps.start!,
      body: [{ type: "text" as const, text: [{ t: "Kijk in de administratie." }] }],
    };
    const plain = caseNote({ ...data, steps: { ...data.steps, start: withText } }, replay(data, [1, 1])!, context);
    expect(plain.phases.map(({ phase, steps }) => [phase?.name, steps.map((step) => step.id)])).toEqual([
      [undefined, ["start"]],
      ["2", ["welk", "ziek"]],
    ]);
  });

  it("lists each reference and link once, with absolute addresses, and the document's own address where the site lacks it", () => {
    expect(note.references).toEqual([
      { text: "Routeboek, Hoofdstuk 3", url: "https://routeboek.test/proef/routeboek/hoofdstuk-3/#fase-2" },
      { text: "Handreiking, Hoofdstuk 5", source: "https://example.org/handreiking.pdf" },
    ]);
    expect(note.links).toEqual([{ label: "Meldcode", url: "https://example.org/meldcode.pdf" }]);
  });

  it("names the version as route.json labels it (editionLabel, at build time), or says there is none", () => {
    expect(note.version).toEqual({ text: "versie 2.1 · maart 2024" });
    const { versionLabel: _, ...unversioned } = data;
    expect(caseNote(unversioned, [], context).version).toEqual({ text: "zonder versie" });
  });

  it("marks every field the routebook lists as the editors', whichever it is", () => {
    expect([note.title, note.organisation, note.region]).toEqual([
      { text: "Routeboek Proef" },
      { text: "SWV Proef", editorial: true },
      { text: "Proefstad", editorial: true },
    ]);
    const all = caseNote({ ...data, editorialFields: ["title", "edition"] }, [], context);
    expect([all.title, all.organisation, all.version]).toEqual([
      { text: "Routeboek Proef", editorial: true },
      { text: "SWV Proef" },
      { text: "versie 2.1 · maart 2024", editorial: true },
    ]);
  });

  it("names each source document with its version and date, marked where the editors read them off, or without", () => {
    expect(note.documents).toEqual([
      {
        alias: "Routeboek",
        version: { text: "versie 2.1 · maart 2024", editorial: true },
        url: "https://example.org/routeboek.pdf",
      },
      { alias: "Handreiking", version: { text: "zonder versie" }, url: "https://example.org/handreiking.pdf" },
    ]);
  });

  it("names the route's edition on this site", () => {
    expect(note.edition).toBe("0a1b2c3d");
    expect(caseNoteText(note)).toContain("\nEditie van de route op deze site: 0a1b2c3d\n");
  });

  it("presents no start date and no phase dates until one is chosen", () => {
    expect(note.start).toBeUndefined();
    expect(note.timeline).toBeUndefined();
    expect(caseNoteText(note)).toContain("Startdatum (begin van fase 2): niet gekozen\n");
  });

  it("dates each phase from the chosen start and compares the whole with the three-month norm", () => {
    const dated = caseNote(data, replay(data, [1, 1])!, { ...context, start: "2026-09-01" });
    expect(dated.start).toBe("1 september 2026");
    expect(dated.timeline).toEqual({
      start: "1 september 2026",
      firstPhase: { name: "2", duration: "2 weken" },
      firstStep: { text: "Welk verzuim?", editorial: true },
      phases: [[{ t: "Fase 2 · looptijd 2 weken" }, { t: " → uiterlijk 15 september 2026" }]],
      norm: "Deze fase duurt uiterlijk 2 weken, tot 15 september 2026: 11 weken korter dan de ambitie van drie maanden (1 december 2026).",
    });
    const text = caseNoteText(dated);
    expect(text).toContain("Startdatum (begin van fase 2): 1 september 2026\n");
    expect(text).toContain("- Fase 2 · looptijd 2 weken → uiterlijk 15 september 2026\n");
    // The phase description names no event: the note says this site does not state it, claiming nothing of the source.
    expect(text).toContain(
      '[Op deze site staat niet met welke gebeurtenis fase 2 begint. Op deze route is de eerste stap van die fase "Welk verzuim?".',
    );
    expect(text).not.toContain("De bron zegt niet");
  });

  it("names the event a phase begins with where the content gives it, the source's words outside the brackets", () => {
    const withEvent = (editorialStartsWith: boolean): RouteData => {
      const phase = { name: "2", duration: "2 weken", startsWith: "de melding", ...(editorialStartsWith ? { editorialStartsWith } : {}) };
      return { ...data, steps: { ...data.steps, welk: { ...data.steps.welk!, phase }, ziek: { ...data.steps.ziek!, phase } } };
    };
    const source = caseNoteText(caseNote(withEvent(false), replay(data, [1, 1])!, { ...context, start: "2026-09-01" }));
    expect(source).toContain("[Volgens de bron begint fase 2 met:] “de melding”[. Op deze route");
    const ours = caseNoteText(caseNote(withEvent(true), replay(data, [1, 1])!, { ...context, start: "2026-09-01" }));
    expect(ours).toContain("[Volgens de redactie begint fase 2 met de melding. Op deze route");
  });

  it("reads as plain text with every mark, in the source's order, lists as lists", () => {
    const text = caseNoteText(note);
    expect(text).toBe(
      [
        "Samenvatting van deze route",
        "Routeboek: Routeboek Proef",
        "Organisatie: [SWV Proef]",
        "Regio: [Proefstad]",
        "Versie: versie 2.1 · maart 2024",
        "Editie van de route op deze site: 0a1b2c3d",
        "Gemaakt op 12 maart 2026",
        "Deze route opnieuw openen: https://routeboek.test/proef/samenvatting/?antwoorden=1-1",
        "Kenmerk: ____________________",
        "",
        "Bronnen",
        "- Routeboek, [versie 2.1 · maart 2024]: https://example.org/routeboek.pdf",
        "- Handreiking, zonder versie: https://example.org/handreiking.pdf",
        "",
        "Startdatum (begin van fase 2): niet gekozen",
        "",
        "Jouw antwoorden",
        "1. Staat de leerling ingeschreven?",
        "   Antwoord: [Ja]",
        "   [vervolgstap afgeleid door de redactie: De bron toont geen knop.]",
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
        "  1. Meld bij de jeugdarts.",
        "  Heb je bovenstaande actie genomen?",
        "  - Eén keer ziek",
        "  - Vaak ziek",
        "  Einde van de route: Je bent klaar.",
        "",
        "Lees verder",
        "- Routeboek, Hoofdstuk 3: https://routeboek.test/proef/routeboek/hoofdstuk-3/#fase-2",
        "- Handreiking, Hoofdstuk 5 (niet gecontroleerd: dit document staat niet op deze site; bij de bron: https://example.org/handreiking.pdf)",
        "",
        "Links",
        "- [Meldcode]: https://example.org/meldcode.pdf",
        "",
        "Tekst tussen [ ] is van de redactie, niet van de bron.",
        "",
      ].join("\n"),
    );
  });

  it("lists a lone 'Volgende stap' too when the editors chose where it leads", () => {
    const reason = [{ t: "De bron toont het doel niet.", r: true as const }];
    const lone: RouteData = {
      ...data,
      start: "a",
      steps: {
        a: { title: "A", options: [{ label: "Volgende stap", to: "b", id: "b", check: "g7", inferred: { reason } }] },
        b: { title: "B", options: [{ label: "Volgende stap", to: "c", id: "c", check: "g7" }] },
        c: { title: "C", end: true },
      },
    };
    const answers = caseNote(lone, replay(lone, [1, 1])!, context).answers;
    expect(answers).toEqual([{ question: { text: "A" }, answer: { text: "Volgende stap" }, inferred: reason }]);
  });

  it("lists a step passed twice round a loop once", () => {
    const loop: RouteData = {
      ...data,
      start: "a",
      steps: {
        a: {
          title: "A",
          body: [{ type: "actions", items: [[{ t: "Doe iets." }]] }],
          options: [
            { label: "terug", to: "a", id: "a", check: "e5" },
            { label: "verder", to: "b", id: "b", check: "f6" },
          ],
        },
        b: { title: "B", end: true, body: [{ type: "end", text: [{ t: "Klaar." }] }] },
      },
    };
    const looped = caseNote(loop, replay(loop, [1, 1, 2])!, context);
    expect(looped.answers).toHaveLength(3);
    expect(looped.phases[0]!.steps.map((step) => step.id)).toEqual(["a", "b"]);
  });
});

describe("steps without a phase", () => {
  const phaseless = (phase?: { name: string; duration?: string }) => ({
    title: "T",
    body: [{ type: "text" as const, text: [{ t: "x" }] }],
    ...(phase ? { phase } : {}),
  });

  it("never claim that the source names no phase, and say where they stand among the phases", () => {
    const route: RouteData = {
      ...data,
      start: "a",
      steps: {
        a: { ...phaseless(), options: [{ label: "v", to: "b", id: "b", check: "v1" }] },
        b: { ...phaseless({ name: "3b", duration: "2 weken" }), options: [{ label: "v", to: "c", id: "c", check: "v1" }] },
        c: { ...phaseless(), end: true },
      },
    };
    const note = caseNote(route, replay(route, [1, 1])!, context);
    expect(note.phases.map((_, index) => markedText(groupLabel(note.phases, index)))).toEqual([
      "Voor fase 3b (de tekst van de bron geeft hier geen looptijd)",
      "Fase 3b · looptijd 2 weken",
      "Na fase 3b (de tekst van de bron geeft hier geen looptijd)",
    ]);
    expect(caseNoteText(note)).not.toMatch(/noemt hier geen fase|Zonder fase/);
  });

  it("without any phase on the route, list the actions under one heading and say the source gives no duration", () => {
    const route: RouteData = {
      ...data,
      start: "a",
      steps: { a: { ...phaseless(), options: [{ label: "v", to: "b", id: "b", check: "v1" }] }, b: { ...phaseless(), end: true } },
    };
    const text = caseNoteText(caseNote(route, replay(route, [1])!, context));
    expect(text).toContain("\nActies\nDe tekst van de bron geeft bij deze stappen geen looptijd.\n\n* T\n  x\n* T\n");
    expect(text).not.toContain("Acties per fase");
    expect(text).not.toContain("Startdatum");
  });
});

describe("a phase whose number is the editors'", () => {
  const ours = { name: "2", duration: "maximaal 4 weken", title: "Termijn van het OPP", editorialTitle: true, editorialName: true };
  const route: RouteData = {
    ...data,
    start: "a",
    steps: {
      a: {
        title: "A",
        body: [{ type: "text", text: [{ t: "x" }] }],
        phase: ours,
        options: [{ label: "v", to: "b", id: "b", check: "v1" }],
      },
      b: { title: "B", body: [{ type: "text", text: [{ t: "y" }] }], end: true },
    },
  };

  it("is marked as theirs in the phase heading, the start date's label and the dates, on the page and in the text", () => {
    const note = caseNote(route, replay(route, [1])!, { ...context, start: "2026-09-01" });
    expect(note.phases.map((_, index) => markedText(groupLabel(note.phases, index)))).toEqual([
      "[Fase 2: Termijn van het OPP] · looptijd maximaal 4 weken",
      "Na [fase 2] (de tekst van de bron geeft hier geen looptijd)",
    ]);
    expect(markedText(startLabel(note)!)).toBe("begin van [fase 2]");
    expect(note.timeline!.phases.map(runsText)).toEqual([
      "[Fase 2: Termijn van het OPP] · looptijd maximaal 4 weken → uiterlijk 29 september 2026",
    ]);
    const text = caseNoteText(note);
    expect(text).toContain("Startdatum (begin van [fase 2]): 1 september 2026\n");
    expect(text).toContain("\n[Fase 2: Termijn van het OPP] · looptijd maximaal 4 weken\n* A\n");
    expect(text).not.toMatch(/(^|[^[])Fase 2/m);
  });
});

describe("phaseName", () => {
  it("names the phase with its title, a title of ours between [ ], and its duration", () => {
    expect(phaseName({ name: "3a", duration: "2-10 weken", title: "Verzuim stopt" })).toBe("Fase 3a: Verzuim stopt · looptijd 2-10 weken");
    expect(phaseName({ name: "2", title: "Signaleren", editorialTitle: true })).toBe("Fase 2: [Signaleren]");
  });
});
