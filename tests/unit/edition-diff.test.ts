import { afterAll, describe, expect, it } from "vitest";
import { CHANGE_AREA, type Change, type ChangeKind } from "../../pipeline/editions/changes.ts";
import { describeChange, partsAsText } from "../../pipeline/editions/describe.ts";
import { diffEditions } from "../../pipeline/editions/diff.ts";
import { diffAsJson, diffAsMarkdown, diffAsText } from "../../pipeline/editions/format.ts";
import type { Edition } from "../../pipeline/schema/edition.ts";

/** A small edition of a made-up routebook; each case below changes one thing in a copy. */
function base(): Edition {
  return {
    format: 1,
    routebook: "proef",
    title: "Routeboek Proef",
    organisation: "SWV Proef",
    version: "1.0",
    date: "2025-09",
    hash: "0000000000000001",
    recorded: "2025-09-01",
    routeEdition: "aaaaaaaa",
    start: "begin",
    steps: [
      {
        id: "begin",
        title: "Is er sprake van verzuim?",
        end: false,
        actions: [],
        options: [
          { label: "Ja", to: "melden" },
          { label: "Nee", to: "klaar" },
        ],
        references: [],
        links: [],
      },
      {
        id: "melden",
        title: "Meld het verzuim",
        end: false,
        phase: { name: "1", duration: "2 weken" },
        actions: ["Bel de ouders", "Meld het bij DUO"],
        options: [{ label: "Verder", to: "gesprek" }],
        references: [{ document: "Handreiking", chapter: "Hoofdstuk 2", target: { chapter: "2-melden", chapterTitle: "2. Melden" } }],
        links: [{ label: "Verzuimloket", url: "https://example.org/loket" }],
      },
      {
        id: "gesprek",
        title: "Is het gesprek gevoerd?",
        end: false,
        actions: [],
        options: [
          { label: "Ja", to: "klaar" },
          { label: "Nee", to: "melden" },
        ],
        references: [],
        links: [],
      },
      { id: "klaar", title: "Klaar", end: true, endText: "Je bent klaar.", actions: [], options: [], references: [], links: [] },
    ],
    thresholds: [
      {
        id: "meer-dan-16-uur",
        measure: "ongeoorloofd-uren-4-weken",
        above: 16,
        signal: "Meer dan 16 uur in 4 weken",
        action: "Melden bij leerplicht",
        source: "Handreiking, Hoofdstuk 2",
      },
    ],
    glossary: [{ term: "MDO", meaning: "multidisciplinair overleg" }],
    documents: [
      {
        alias: "Handreiking",
        title: "Praktische handreiking",
        url: "https://example.org/handreiking.pdf",
        version: "1.0",
        chapters: [
          { slug: "1-inleiding", title: "1. Inleiding" },
          { slug: "2-melden", title: "2. Melden" },
        ],
      },
    ],
  };
}

const seen = new Set<ChangeKind>();

/** The changes from the base edition to a copy changed by `edit`, and each one's text. */
function changesAfter(edit: (edition: Edition) => void): Change[] {
  const next = structuredClone(base());
  next.hash = "0000000000000002";
  edit(next);
  const changes = diffEditions(base(), next);
  for (const change of changes) seen.add(change.kind);
  return changes;
}

const texts = (changes: Change[]) => changes.map((change) => partsAsText(describeChange(change)));
const step = (edition: Edition, id: string) => edition.steps.find((candidate) => candidate.id === id)!;

describe("the diff of two editions", () => {
  it("finds nothing between an edition and itself", () => {
    expect(diffEditions(base(), base())).toEqual([]);
  });

  it("says which answer now leads elsewhere, and catches two answers that swapped targets", () => {
    const swapped = changesAfter((edition) => {
      const options = step(edition, "begin").options;
      [options[0]!.to, options[1]!.to] = [options[1]!.to, options[0]!.to];
    });
    expect(swapped.map((change) => change.kind)).toEqual(["answer-rewired", "answer-rewired"]);
    expect(texts(swapped)).toEqual([
      "Bij de vraag „Is er sprake van verzuim?” leidt het antwoord „Ja” nu naar „Klaar” (was „Meld het verzuim”).",
      "Bij de vraag „Is er sprake van verzuim?” leidt het antwoord „Nee” nu naar „Meld het verzuim” (was „Klaar”).",
    ]);
  });

  it("tells a relabelled answer from a new one, and order from content", () => {
    const relabelled = changesAfter((edition) => {
      step(edition, "begin").options[0]!.label = "Ja, vaker dan twee keer";
    });
    expect(texts(relabelled)).toEqual([
      "Bij de vraag „Is er sprake van verzuim?” heet het antwoord naar „Meld het verzuim” nu „Ja, vaker dan twee keer” (was „Ja”).",
    ]);
    const added = changesAfter((edition) => {
      step(edition, "begin").options.push({ label: "Weet ik niet", to: "gesprek" });
    });
    expect(texts(added)).toEqual([
      "De vraag „Is er sprake van verzuim?” heeft een nieuw antwoord: „Weet ik niet”, dat leidt naar „Is het gesprek gevoerd?”.",
    ]);
    const removed = changesAfter((edition) => {
      step(edition, "gesprek").options.pop();
    });
    expect(removed.map((change) => change.kind)).toEqual(["answer-removed"]);
    const reordered = changesAfter((edition) => {
      step(edition, "begin").options.reverse();
    });
    expect(reordered.map((change) => change.kind)).toEqual(["answers-reordered"]);
  });

  it("finds steps added, removed, retitled, moved to another id, and a new start", () => {
    const changes = changesAfter((edition) => {
      edition.steps.push({ id: "nieuw", title: "Nieuwe stap", end: true, actions: [], options: [], references: [], links: [] });
      step(edition, "begin").options.push({ label: "Anders", to: "nieuw" });
      step(edition, "gesprek").title = "Is het gesprek met de ouders gevoerd?";
      const klaar = step(edition, "klaar");
      klaar.id = "einde";
      for (const option of edition.steps.flatMap((each) => each.options)) if (option.to === "klaar") option.to = "einde";
      edition.start = "melden";
      edition.steps = edition.steps.filter((each) => each.id !== "begin").concat([]);
    });
    const kinds = changes.map((change) => change.kind);
    expect(kinds).toContain("start-changed");
    expect(kinds).toContain("step-added");
    expect(kinds).toContain("step-removed");
    expect(kinds).toContain("step-retitled");
    expect(changes.find((change) => change.kind === "step-renamed")).toMatchObject({ fromId: "klaar", step: { id: "einde" } });
    // Answers that follow their step to its new id are not rewired.
    expect(kinds).not.toContain("answer-rewired");
  });

  it("finds ends, actions, phases, references and links that changed", () => {
    const changes = changesAfter((edition) => {
      const klaar = step(edition, "klaar");
      klaar.endText = "Je bent nog niet klaar.";
      const melden = step(edition, "melden");
      melden.actions = ["Bel de ouders niet", "Meld het bij DUO"];
      melden.phase = { name: "2", duration: "2 weken" };
      melden.references[0]!.target = { chapter: "1-inleiding", chapterTitle: "1. Inleiding" };
      melden.links[0]!.url = "https://example.org/loket-2026";
      melden.links.push({ label: "Meldcode", url: "https://example.org/meldcode" });
      melden.references.push({ document: "Handreiking", chapter: "Bijlage 1" });
      const gesprek = step(edition, "gesprek");
      gesprek.end = true;
    });
    expect(texts(changes)).toEqual([
      "Nieuwe actie bij „Meld het verzuim”: „Bel de ouders niet”. Vervallen actie bij „Meld het verzuim”: „Bel de ouders”.",
      "De stap „Meld het verzuim” hoort nu bij fase 2 („2 weken”) (was fase 1 („2 weken”)).",
      "Bij „Meld het verzuim” verwijst ‘lees verder’ nu naar „Handreiking”, „1. Inleiding” (was „Handreiking”, „2. Melden”).",
      "Bij „Meld het verzuim” staat een nieuwe verwijzing: „Handreiking”, „Bijlage 1”.",
      "Bij „Meld het verzuim” wijst de link „Verzuimloket” nu naar https://example.org/loket-2026 (was https://example.org/loket).",
      "Bij „Meld het verzuim” staat een nieuwe link: „Meldcode” (https://example.org/meldcode).",
      "De stap „Is het gesprek gevoerd?” is nu een eindpunt van de route.",
      "De slottekst van „Klaar” is nu „Je bent nog niet klaar.” (was „Je bent klaar.”).",
    ]);
    const gone = changesAfter((edition) => {
      const melden = step(edition, "melden");
      melden.references = [];
      melden.links = [{ label: "Loket", url: "https://example.org/loket" }];
      melden.actions.reverse();
    });
    expect(gone.map((change) => change.kind)).toEqual(["actions-changed", "reference-removed", "link-relabelled"]);
    expect(gone[0]).toMatchObject({ reordered: true, added: [], removed: [] });
    const noLink = changesAfter((edition) => {
      step(edition, "melden").links = [];
    });
    expect(noLink.map((change) => change.kind)).toEqual(["link-removed"]);
  });

  it("finds a threshold's new bounds, a number word and a new action, in the routebook's words", () => {
    const changes = changesAfter((edition) => {
      const threshold = edition.thresholds[0]!;
      threshold.above = 12;
      threshold.signal = "Meer dan 12 uur in 4 weken";
      threshold.action = "Niet melden bij leerplicht";
    });
    expect(texts(changes)).toEqual([
      "De drempel „Meer dan 12 uur in 4 weken” geldt nu bij meer dan 12 uur (was meer dan 16 uur).",
      "De drempel „Meer dan 16 uur in 4 weken” heet nu „Meer dan 12 uur in 4 weken” (was „Meer dan 16 uur in 4 weken”).",
      "De drempel „Meer dan 12 uur in 4 weken” vraagt nu als actie „Niet melden bij leerplicht” (was „Melden bij leerplicht”).",
    ]);
    const unit = changesAfter((edition) => {
      edition.thresholds[0]!.measure = "ziekmeldingen-12-weken";
      edition.thresholds[0]!.source = "Handreiking, Hoofdstuk 3";
      edition.thresholds.push({ ...edition.thresholds[0]!, id: "vanaf-3-keer", atLeast: 3, above: undefined });
    });
    expect(unit.map((change) => [change.kind, "field" in change ? change.field : undefined])).toEqual([
      ["threshold-changed", "measure"],
      ["threshold-changed", "range"],
      ["threshold-changed", "source"],
      ["threshold-added", undefined],
    ]);
    expect(changesAfter((edition) => edition.thresholds.pop()).map((change) => change.kind)).toEqual(["threshold-removed"]);
  });

  it("finds glossary entries, and marks a meaning of the editors as theirs", () => {
    const changes = changesAfter((edition) => {
      edition.glossary[0]!.meaning = "multidisciplinair overleg met de ouders";
      edition.glossary.push({ term: "LPA", meaning: "leerplichtambtenaar", source: "Handreiking" });
    });
    expect(texts(changes)).toEqual([
      "In de begrippenlijst is de betekenis van „MDO” nu „multidisciplinair overleg met de ouders” (redactie) (was „multidisciplinair overleg” (redactie)).",
      "Nieuw in de begrippenlijst: „LPA”, „leerplichtambtenaar”.",
    ]);
    expect(changesAfter((edition) => edition.glossary.pop()).map((change) => change.kind)).toEqual(["glossary-removed"]);
  });

  it("finds documents and chapters added, removed, renamed, and a document at a new address", () => {
    const changes = changesAfter((edition) => {
      const document = edition.documents[0]!;
      document.url = "https://example.org/handreiking-2026.pdf";
      document.version = "2.0";
      document.chapters = [
        { slug: "1-inleiding", title: "1. Inleiding" },
        { slug: "2-melden-en-bellen", title: "2. Melden en bellen" },
        { slug: "3-thuiszitters", title: "3. Thuiszitters" },
      ];
      edition.documents.push({ alias: "Protocol", title: "Verzuimprotocol" });
    });
    expect(texts(changes)).toEqual([
      "Het brondocument „Praktische handreiking” is vervangen door een andere versie: „2.0”, op https://example.org/handreiking-2026.pdf (was „1.0”, op https://example.org/handreiking.pdf).",
      "In „Handreiking” heet het hoofdstuk „2. Melden” nu „2. Melden en bellen”.",
      "In „Handreiking” is het hoofdstuk „3. Thuiszitters” toegevoegd.",
      "Nieuw brondocument: „Verzuimprotocol”.",
    ]);
    const gone = changesAfter((edition) => {
      edition.documents[0]!.chapters!.pop();
      edition.documents.push({ alias: "Protocol", title: "Verzuimprotocol" });
    });
    expect(gone.map((change) => change.kind)).toEqual(["chapter-removed", "document-added"]);
    expect(changesAfter((edition) => edition.documents.pop()).map((change) => change.kind)).toEqual(["document-removed"]);
    // Newer only where the dates say so; a new address alone is no new version.
    const dated = changesAfter((edition) => {
      const document = edition.documents[0]!;
      document.url = "https://example.org/handreiking-2026.pdf";
      document.date = "2026-09";
    });
    const before = { ...base().documents[0]!, date: "2025-09" };
    const newer = diffEditions(
      { ...base(), documents: [before] },
      {
        ...base(),
        hash: "0000000000000003",
        documents: [{ ...before, ...{ url: "https://example.org/handreiking-2026.pdf", date: "2026-09" } }],
      },
    );
    expect(texts(newer)).toEqual([
      "Het brondocument „Praktische handreiking” is vervangen door een nieuwere versie: „1.0, 2026-09”, op https://example.org/handreiking-2026.pdf (was „1.0, 2025-09”, op https://example.org/handreiking.pdf).",
    ]);
    expect(dated.map((change) => change.kind)).toEqual(["document-replaced"]);
    const moved = changesAfter((edition) => {
      edition.documents[0]!.url = "https://example.org/elders.pdf";
    });
    expect(texts(moved)).toEqual([
      "Van het brondocument „Praktische handreiking” is het adres nu https://example.org/elders.pdf (was https://example.org/handreiking.pdf).",
    ]);
  });

  it("finds the routebook's own version, and marks a field of the editors as theirs", () => {
    const changes = changesAfter((edition) => {
      edition.version = "2.0";
      edition.editorialFields = ["edition"];
    });
    expect(texts(changes)).toEqual(["De versie is nu „2.0” (redactie) (was „1.0” (redactie))."]);
  });

  it("refuses to compare two routebooks", () => {
    expect(() => diffEditions(base(), { ...base(), routebook: "ander" })).toThrow(/two routebooks/);
  });

  afterAll(() => {
    // Every kind of change is found by at least one case above, so a kind the diff never produces fails here.
    expect([...seen].sort()).toEqual((Object.keys(CHANGE_AREA) as ChangeKind[]).sort());
  });
});

describe("the diff as text, Markdown and JSON", () => {
  const next = structuredClone(base());
  next.hash = "0000000000000002";
  next.steps[0]!.options[0]!.to = "gesprek";
  next.steps[1]!.title = "Meld *het* [verzuim]";
  const diffs = [{ routebook: "proef", title: "Routeboek Proef", from: base(), to: next, changes: diffEditions(base(), next) }];

  it("says each change in every format", () => {
    expect(diffAsText(diffs)).toContain("proef: 2 wijzigingen (editie 0000000000000001 (versie 1.0, 2025-09) → 0000000000000002");
    expect(diffAsText(diffs)).toContain("leidt het antwoord „Ja” nu naar „Is het gesprek gevoerd?”");
    const markdown = diffAsMarkdown(diffs);
    // The routebook's words are escaped, so they cannot become markup in a pull-request comment.
    expect(markdown).toContain("heet nu „Meld \\*het\\* \\[verzuim\\]” (`melden`).");
    const json = JSON.parse(diffAsJson(diffs));
    expect(json[0].changes.map((change: { kind: string }) => change.kind)).toEqual(["answer-rewired", "step-retitled"]);
    expect(json[0].changes[0]).toMatchObject({ from: { id: "melden" }, to: { id: "gesprek" }, label: "Ja" });
    expect(json[0].from.hash).toBe("0000000000000001");
  });

  it("says when a routebook is new or gone", () => {
    expect(diffAsText([{ routebook: "proef", title: "x", to: base(), changes: [] }])).toMatch(/^proef: nieuw routeboek/);
    expect(diffAsText([{ routebook: "proef", title: "x", from: base(), changes: [] }])).toMatch(/^proef: routeboek vervallen/);
  });
});
