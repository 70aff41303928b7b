import { describe, expect, it } from "vitest";
import type { Marked, RouteData } from "../../shared/route/data.ts";
import { judge } from "../../shared/route/history.ts";
import { answerLine, routeNotice } from "../../src/elements/route-notice.ts";

const E = "0a1b2c3d";
const data: RouteData = {
  id: "proef",
  title: "Routeboek Proef",
  organisation: "SWV Proef",
  home: "/proef/",
  stepBase: "/proef/stap/",
  summary: "/proef/samenvatting/",
  changes: "/proef/wijzigingen/",
  edition: E,
  start: "start",
  steps: {
    start: {
      title: "Is er verzuim?",
      options: [
        { label: "Ja", to: "verzuim", id: "verzuim", check: "a1", editorialLabel: true },
        { label: "Nee", to: "einde", id: "einde", check: "b2" },
      ],
    },
    verzuim: { title: "Er is verzuim", options: [{ label: "Volgende", to: "passend", id: "passend", check: "c3" }] },
    passend: {
      title: "Passend aanbod",
      editorialTitle: true,
      options: [{ label: "Afgerond", to: "einde", id: "einde", check: "d4" }],
    },
    einde: { title: "Geen verzuim", end: true },
  },
};
const text = (marked: Marked) => marked.map((run) => (run.r ? `[${run.t}]` : run.t)).join("");
const ids = (...tokens: string[]) => ({ kind: "ids" as const, tokens });
const OLD = "ffffffff";

describe("the notice about a route in the address", () => {
  it("says nothing about a route of this edition that fits", () => {
    expect(routeNotice(data, judge(data, E, { answers: ids("einde_b2"), edition: E }, "einde"), { surface: "step" })).toBeUndefined();
    expect(routeNotice(data, judge(data, E, { answers: { kind: "none" } }, "einde"), { surface: "step" })).toBeUndefined();
  });

  it("says the routebook changed when a route of another edition still fits, and that a legacy address cannot be checked", () => {
    const changed = routeNotice(data, judge(data, E, { answers: ids("einde_b2"), edition: OLD }, "einde"), {
      surface: "step",
    })!;
    expect(changed).toMatchObject({
      role: "status",
      title: "Het routeboek is gewijzigd sinds deze route werd bewaard",
      links: [],
    });
    expect(changed.text).toContain("‘Jouw route’");
    const legacy = routeNotice(data, judge(data, E, { answers: { kind: "positions", positions: [2] } }, "einde"), {
      surface: "summary",
    })!;
    expect(legacy.title).toBe("Dit adres is in een oudere vorm, zonder versie van het routeboek");
    expect(legacy.text).toContain("‘Jouw antwoorden’");
  });

  it("does not claim the routebook changed when the address names no edition (missing or garbled)", () => {
    const HONEST = "Dit adres zegt niet bij welke versie van het routeboek het hoort";
    const fits = routeNotice(data, judge(data, E, { answers: ids("einde_b2") }, "einde"), { surface: "step" })!;
    expect(fits.role).toBe("status");
    expect(`${fits.title} ${fits.text}`).not.toContain("gewijzigd");
    expect(fits.text).toContain(`${HONEST}; je antwoorden passen bij de huidige versie.`);
    const breaks = routeNotice(data, judge(data, E, { answers: ids("weg_a1") }, "einde"), { surface: "step" })!;
    expect(breaks.text).toMatch(new RegExp(`^${HONEST}\\.`));
    expect(`${breaks.title} ${breaks.text}`).not.toContain("gewijzigd");
    // Without an edition, "niet meer" would claim the answer once existed.
    expect(breaks.items.map(text)[0]).toBe("Bij ‘Is er verzuim?’: het antwoord in het adres bestaat hier niet.");
    const elsewhere = routeNotice(data, judge(data, E, { answers: ids("verzuim_a1") }, "einde"), { surface: "step" })!;
    expect(elsewhere.text).toMatch(new RegExp(`^${HONEST}\\.`));
  });

  it("writes a question and its answer as one line, the editors' words marked, no colon after a question mark", () => {
    expect(text(answerLine(data, { step: "start", option: 1 }))).toBe("Is er verzuim? [Ja]");
    expect(text(answerLine(data, { step: "passend", option: 1 }))).toBe("[Passend aanbod]: Afgerond");
  });

  it("names the answers of another edition that no longer fit, and offers to go on from the last that fits or to start again", () => {
    const verdict = judge(data, E, { answers: ids("verzuim_a1", "passend_c3", "einde_zz"), edition: OLD }, "einde");
    const notice = routeNotice(data, verdict, { surface: "step" })!;
    expect(notice.role).toBe("alert");
    expect(notice.title).toBe("Deze route past niet bij de huidige versie van het routeboek");
    expect(notice.text).toMatch(/^Het routeboek is gewijzigd sinds deze route werd bewaard\. /);
    expect(notice.items.map(text)).toEqual([
      "Bij ‘[Passend aanbod]’: het antwoord naar ‘Geen verzuim’ heeft nu een andere tekst, ‘Afgerond’, en betekent dus misschien iets anders dan je koos.",
    ]);
    expect(notice.links.map((link) => [text(link.text), link.href, link.keepsStart])).toEqual([
      [
        "Ga verder vanaf je laatste antwoord dat past, bij ‘[Passend aanbod]’",
        `/proef/stap/passend/?antwoorden=verzuim_a1.passend_c3&editie=${E}`,
        true,
      ],
      ["Opnieuw beginnen", "/proef/stap/start/", false],
    ]);
  });

  it("names an answer that is gone, the answers after it, and offers the tab's remembered route as a link", () => {
    const verdict = judge(data, E, { answers: ids("weg_a1", "passend_c3", "einde_d4"), edition: OLD }, "einde");
    const notice = routeNotice(data, verdict, {
      surface: "step",
      remembered: { answers: ["einde_b2"], end: "einde" },
    })!;
    expect(notice.text).toContain("Al vanaf het eerste antwoord past de route niet.");
    expect(notice.items.map(text)).toEqual([
      "Bij ‘Is er verzuim?’: het antwoord in het adres bestaat hier niet meer.",
      "Daarna het antwoord naar ‘[Passend aanbod]’: niet toegepast.",
      "Daarna het antwoord naar ‘Geen verzuim’: niet toegepast.",
    ]);
    expect(notice.links.map((link) => [text(link.text), link.href])).toEqual([
      ["Ga verder met de route die dit tabblad onthield, tot ‘Geen verzuim’", `/proef/stap/einde/?antwoorden=einde_b2&editie=${E}`],
      ["Opnieuw beginnen", "/proef/stap/start/"],
    ]);
    // On the case note the remembered route is offered as its note.
    const summary = routeNotice(data, verdict, {
      surface: "summary",
      remembered: { answers: ["einde_b2"], end: "einde" },
    })!;
    expect(summary.links[0]!.href).toBe(`/proef/samenvatting/?antwoorden=einde_b2&editie=${E}`);
  });

  it("calls a broken address of this very edition miscopied, not outdated", () => {
    const notice = routeNotice(data, judge(data, E, { answers: ids("verzuim_a1", "einde_b2"), edition: E }, "einde"), {
      surface: "step",
    })!;
    expect(notice.title).toBe("Deze route past niet bij het routeboek");
    expect(notice.text).toMatch(/^Het adres is misschien niet goed overgenomen\./);
    expect(notice.items.map(text)).toEqual(["Bij ‘Er is verzuim’: het antwoord dat naar ‘Geen verzuim’ leidde, bestaat hier niet."]);
  });

  it("explains legacy positions that do not fit, answers past the end, unreadable addresses and routes that lead elsewhere", () => {
    const position = routeNotice(data, judge(data, E, { answers: { kind: "positions", positions: [1, 2] } }, "passend"), {
      surface: "step",
    })!;
    expect(position.title).toBe("Deze route past niet bij de huidige versie van het routeboek");
    expect(position.items.map(text)).toEqual(["Bij ‘Er is verzuim’: deze vraag heeft geen antwoord nummer 2."]);
    const ended = routeNotice(data, judge(data, E, { answers: ids("einde_b2", "verzuim_a1"), edition: E }, "verzuim"), {
      surface: "step",
    })!;
    expect(ended.items.map(text)[0]).toBe(
      "Bij ‘Geen verzuim’: hier eindigt de route al; het volgende antwoord in het adres hoort nergens bij.",
    );
    const garbage = routeNotice(data, { kind: "unreadable", why: "garbage" }, { surface: "step" })!;
    expect(garbage).toMatchObject({ role: "alert", title: "Het adres bevat geen bruikbare route" });
    expect(routeNotice(data, { kind: "unreadable", why: "too-long" }, { surface: "step" })!.text).toContain("meer dan 200 antwoorden");
    const elsewhere = routeNotice(data, judge(data, E, { answers: ids("verzuim_a1"), edition: E }, "einde"), {
      surface: "step",
    })!;
    expect(elsewhere.title).toBe("Deze route leidt niet naar deze stap");
    expect(elsewhere.links.map((link) => [text(link.text), link.href])[0]).toEqual([
      "Ga naar ‘Er is verzuim’ met deze route",
      `/proef/stap/verzuim/?antwoorden=verzuim_a1&editie=${E}`,
    ]);
  });
});

describe("a route of an earlier edition the site keeps, carried forward", () => {
  const KEPT = "1a2b3c4d";
  const withHistory: RouteData = {
    ...data,
    history: [
      {
        edition: KEPT,
        recorded: "2025-09-01",
        versionLabel: "versie 1",
        renamed: { klaar: "einde" },
        changes: [
          { steps: ["verzuim"], text: [{ t: "De stap ‘" }, { t: "Er is verzuim" }, { t: "’ heeft een nieuwe actie." }] },
          { steps: ["passend"], text: [{ t: "Nieuwe stap: ‘" }, { t: "Passend aanbod", r: true }, { t: "’." }] },
        ],
      },
    ],
  };
  const notice = (tokens: string[], edition: string, here: string) =>
    routeNotice(withHistory, judge(withHistory, E, { answers: ids(...tokens), edition }, here), { surface: "step" })!;

  it("keeps an answer that led to a step under its old id, and names what changed on the way, only there", () => {
    const renamed = notice(["klaar_b2"], KEPT, "einde");
    expect(renamed.title).toBe("Sinds je deze route opsloeg is het routeboek veranderd");
    expect(renamed.text).toBe(
      "Je antwoorden passen nog en zijn toegepast. Op de stappen van je route veranderde sinds de editie van 1 september 2025 (versie 1) niets; lees ze na in ‘Jouw route’.",
    );
    expect(renamed.links.map((link) => link.href)).toEqual(["/proef/wijzigingen/"]);
    const onTheWay = notice(["verzuim_a1", "passend_c3"], KEPT, "passend");
    expect(onTheWay.text).toBe(
      "Je antwoorden passen nog en zijn toegepast. Op je route veranderde sinds de editie van 1 september 2025 (versie 1):",
    );
    expect(onTheWay.items.map(text)).toEqual(["De stap ‘Er is verzuim’ heeft een nieuwe actie.", "Nieuwe stap: ‘[Passend aanbod]’."]);
    // A route that leads elsewhere links to the change page too.
    expect(notice(["klaar_b2"], KEPT, "verzuim").links.map((link) => link.href)).toContain("/proef/wijzigingen/");
    const partWay = notice(["verzuim_a1"], KEPT, "verzuim");
    expect(partWay.items.map(text)).toEqual(["De stap ‘Er is verzuim’ heeft een nieuwe actie."]);
  });

  it("carries nothing forward from an edition it does not keep, and keeps no answer whose label changed", () => {
    const unknown = notice(["klaar_b2"], OLD, "einde");
    expect(unknown.role).toBe("alert");
    expect(unknown.items.map(text)[0]).toBe("Bij ‘Is er verzuim?’: het antwoord in het adres bestaat hier niet meer.");
    const relabelled = notice(["klaar_zz"], KEPT, "einde");
    expect(relabelled.role).toBe("alert");
    expect(relabelled.text).toContain(
      "Sinds je deze route opsloeg (de editie van 1 september 2025 (versie 1)) is het routeboek veranderd.",
    );
    expect(relabelled.items.map(text)[0]).toContain("heeft nu een andere tekst");
    expect(relabelled.links.map((link) => link.href)).toContain("/proef/wijzigingen/");
  });
});
