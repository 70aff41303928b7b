import { afterAll, describe, expect, it } from "vitest";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { daysLabel, parseDuration, spanLabel } from "../../shared/phases/duration.ts";
import {
  dutchDate,
  normSentence,
  type PhaseOnTimeline,
  phaseEndRuns,
  phaseNameRuns,
  phaseTimeline,
  routePhases,
  runsText,
  startDate,
  toDate,
} from "../../shared/phases/timeline.ts";

/** A phase's end as plain text, the editors' words between [ ]. */
const phaseEndLabel = (phase: PhaseOnTimeline) => runsText(phaseEndRuns(phase));

describe("parseDuration", () => {
  it.each([
    ["2 weken", { unit: "weken", min: 2, max: 2 }],
    ["1 week", { unit: "weken", min: 1, max: 1 }],
    ["2-10 weken", { unit: "weken", min: 2, max: 10 }],
    ["2 - 10 weken", { unit: "weken", min: 2, max: 10 }],
    ["2–10 weken", { unit: "weken", min: 2, max: 10 }],
    ["2-10weken", { unit: "weken", min: 2, max: 10 }],
    ["2 tot 10 weken", { unit: "weken", min: 2, max: 10 }],
    ["2 tot en met 10 weken.", { unit: "weken", min: 2, max: 10 }],
    ["5 dagen", { unit: "dagen", min: 5, max: 5 }],
    ["1 dag", { unit: "dagen", min: 1, max: 1 }],
    ["3 maanden", { unit: "maanden", min: 3, max: 3 }],
    ["1 Maand", { unit: "maanden", min: 1, max: 1 }],
    ["twee weken", { unit: "weken", min: 2, max: 2 }],
    ["maximaal 4 weken", { unit: "weken", min: 0, max: 4 }],
    ["binnen 2 weken", { unit: "weken", min: 0, max: 2 }],
    ["uiterlijk na drie dagen", { unit: "dagen", min: 0, max: 3 }],
    ["in principe binnen twee weken", { unit: "weken", min: 0, max: 2 }],
  ])("reads %s", (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  it.each(["", "weken", "tweeweken", "2 jaar", "10-2 weken", "0 weken", "2 weken of langer", "maximaal weken", "ongeveer 4 weken"])(
    "does not read %j",
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );

  it("writes spans and day counts in Dutch, singular and plural", () => {
    expect(spanLabel({ months: 0, weeks: 14, days: 0 })).toBe("14 weken");
    expect(spanLabel({ months: 1, weeks: 1, days: 1 })).toBe("1 maand, 1 week en 1 dag");
    expect(spanLabel({ months: 2, weeks: 0, days: 3 })).toBe("2 maanden en 3 dagen");
    expect(daysLabel(8)).toBe("1 week en 1 dag");
    expect(daysLabel(14)).toBe("2 weken");
    expect(daysLabel(3)).toBe("3 dagen");
  });
});

const SPPOH = [
  { name: "2", duration: "2 weken" },
  { name: "3a", title: "Verzuim stopt", duration: "2-10 weken" },
  { name: "3b", title: "Verzuim stopt niet", duration: "2 weken" },
];

describe("phaseTimeline", () => {
  it("chains the phases, each ending at start plus its longest duration, and measures them against three months", () => {
    const timeline = phaseTimeline("2026-09-01", SPPOH);
    expect(timeline.phases.map((phase) => [phase.starts, phase.latestEnd])).toEqual([
      ["2026-09-01", "2026-09-15"],
      ["2026-09-15", "2026-11-24"],
      ["2026-11-24", "2026-12-08"],
    ]);
    expect(timeline.phases.map(phaseEndLabel)).toEqual([
      "Fase 2 · looptijd 2 weken → uiterlijk 15 september 2026",
      "Fase 3a: Verzuim stopt · looptijd 2-10 weken → uiterlijk 24 november 2026",
      "Fase 3b: Verzuim stopt niet · looptijd 2 weken → uiterlijk 8 december 2026",
    ]);
    expect(timeline.normEnd).toBe("2026-12-01");
    expect(timeline.overNorm).toBe(7);
    expect(normSentence(timeline)).toBe(
      "De fasen tot nu toe duren samen uiterlijk 14 weken, tot 8 december 2026: 1 week langer dan de ambitie van drie maanden (1 december 2026).",
    );
  });

  it("says how far within the norm a route stays, and when it meets it exactly", () => {
    const one = phaseTimeline("2026-09-01", SPPOH.slice(0, 1));
    expect(normSentence(one)).toBe(
      "Deze fase duurt uiterlijk 2 weken, tot 15 september 2026: 11 weken korter dan de ambitie van drie maanden (1 december 2026).",
    );
    const exact = phaseTimeline("2026-09-01", [{ name: "1", duration: "3 maanden" }]);
    expect(exact.overNorm).toBe(0);
    expect(normSentence(exact)).toContain("precies de ambitie van drie maanden");
  });

  it("adds up mixed units, the days as weeks where they fill one", () => {
    const timeline = phaseTimeline("2026-01-05", [
      { name: "1", duration: "1 maand" },
      { name: "2", duration: "10 dagen" },
      { name: "3", duration: "1 week" },
    ]);
    expect(timeline.total).toEqual({ months: 1, weeks: 2, days: 3 });
    expect(timeline.latestEnd).toBe("2026-02-22");
  });

  it("stops the dates at a phase of unknown length, and says so", () => {
    const timeline = phaseTimeline("2026-09-01", [{ name: "2", duration: "2 weken" }, { name: "3a" }, { name: "3b", duration: "2 weken" }]);
    expect(timeline.phases.map((phase) => phase.latestEnd)).toEqual(["2026-09-15", undefined, undefined]);
    expect(timeline.phases[1]!.starts).toBe("2026-09-15");
    expect(timeline.total).toBeUndefined();
    expect(phaseEndLabel(timeline.phases[1]!)).toBe("Fase 3a → einddatum onbekend");
    expect(normSentence(timeline)).toBe(
      "De looptijd van fase 3a staat niet in het routeboek, dus de einddatum is niet te berekenen; de ambitie van drie maanden (1 december 2026).",
    );
  });

  it("crosses a year end: 20 december plus 2 weeks is 3 januari", () => {
    const [phase] = phaseTimeline("2026-12-20", SPPOH.slice(0, 1)).phases;
    expect(phase!.latestEnd).toBe("2027-01-03");
    expect(phaseEndLabel(phase!)).toBe("Fase 2 · looptijd 2 weken → uiterlijk 3 januari 2027");
    expect(phaseTimeline("2026-12-31", [{ name: "1", duration: "1 dag" }]).phases[0]!.latestEnd).toBe("2027-01-01");
    expect(phaseTimeline("2026-11-30", [{ name: "1", duration: "3 maanden" }]).latestEnd).toBe("2027-02-28");
  });

  it("counts 29 februari in a leap year and not in others", () => {
    expect(phaseTimeline("2028-02-15", SPPOH.slice(0, 1)).latestEnd).toBe("2028-02-29");
    expect(phaseTimeline("2027-02-15", SPPOH.slice(0, 1)).latestEnd).toBe("2027-03-01");
    expect(phaseTimeline("2028-01-31", [{ name: "1", duration: "1 maand" }]).latestEnd).toBe("2028-02-29");
    expect(phaseTimeline("2027-01-31", [{ name: "1", duration: "1 maand" }]).latestEnd).toBe("2027-02-28");
    expect(phaseTimeline("2028-02-29", [{ name: "1", duration: "1 dag" }]).latestEnd).toBe("2028-03-01");
    // The norm from 30 november ends on the last day of februari.
    expect(phaseTimeline("2027-11-30", SPPOH).normEnd).toBe("2028-02-29");
    expect(dutchDate("2028-02-29")).toBe("29 februari 2028");
  });

  it("refuses a day the calendar lacks", () => {
    expect(toDate("2027-02-29")).toBeUndefined();
    expect(toDate("2026-13-01")).toBeUndefined();
    expect(toDate("1-1-2026")).toBeUndefined();
    expect(() => phaseTimeline("2027-02-29", SPPOH)).toThrow("not a calendar date");
  });
});

describe("phaseTimeline across changes to and from summer time", () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  // Node takes a new TZ at once. Amsterdam moves its clocks on 29 March and 25 October 2026; Auckland on 5 April and
  // 27 September; Santiago at midnight (a day whose local midnight does not exist); New York in March and November.
  const zones = ["Europe/Amsterdam", "Pacific/Auckland", "America/Santiago", "America/New_York", "UTC"];

  it.each(zones)("keeps every day in %s", (zone) => {
    process.env.TZ = zone;
    const end = (start: string, duration: string) => phaseTimeline(start, [{ name: "1", duration }]).latestEnd;
    // End of March.
    expect(end("2026-03-22", "2 weken")).toBe("2026-04-05");
    expect(end("2026-03-28", "1 dag")).toBe("2026-03-29");
    expect(end("2026-03-29", "1 dag")).toBe("2026-03-30");
    expect(end("2026-03-01", "1 maand")).toBe("2026-04-01");
    // End of October.
    expect(end("2026-10-18", "2 weken")).toBe("2026-11-01");
    expect(end("2026-10-24", "1 dag")).toBe("2026-10-25");
    expect(end("2026-10-25", "1 dag")).toBe("2026-10-26");
    // Southern spring and Santiago's midnight change (early September, early April).
    expect(end("2026-09-01", "2 weken")).toBe("2026-09-15");
    expect(end("2026-04-01", "1 week")).toBe("2026-04-08");
    const timeline = phaseTimeline("2026-09-01", SPPOH);
    expect(timeline.phases.map((phase) => phase.latestEnd)).toEqual(["2026-09-15", "2026-11-24", "2026-12-08"]);
    expect(timeline.overNorm).toBe(7);
    expect(dutchDate("2026-10-25")).toBe("25 oktober 2026");
  });
});

describe("the phases' names and the start date", () => {
  it("name each phase with its title, one of the editors' between [ ]", () => {
    const timeline = phaseTimeline("2026-09-01", [
      { name: "2", duration: "2 weken" },
      { name: "3a", title: "Verzuim stopt", duration: "2-10 weken" },
      { name: "3b", title: "Onze naam", editorialTitle: true, duration: "2 weken" },
    ]);
    expect(timeline.phases.map(phaseEndLabel)).toEqual([
      "Fase 2 · looptijd 2 weken → uiterlijk 15 september 2026",
      "Fase 3a: Verzuim stopt · looptijd 2-10 weken → uiterlijk 24 november 2026",
      "Fase 3b: [Onze naam] · looptijd 2 weken → uiterlijk 8 december 2026",
    ]);
  });

  it("put a phase number of the editors' between [ ], with the title when that is theirs too", () => {
    const timeline = phaseTimeline("2026-09-01", [
      { name: "1", editorialName: true, duration: "uiterlijk na drie dagen" },
      { name: "2", title: "Termijn van het OPP", editorialName: true, editorialTitle: true, duration: "maximaal 4 weken" },
      { name: "3a", title: "Verzuim stopt", editorialName: true, duration: "2 weken" },
    ]);
    expect(timeline.phases.map(phaseEndLabel)).toEqual([
      "[Fase 1] · looptijd uiterlijk na drie dagen → uiterlijk 4 september 2026",
      "[Fase 2: Termijn van het OPP] · looptijd maximaal 4 weken → uiterlijk 2 oktober 2026",
      "[Fase 3a]: Verzuim stopt · looptijd 2 weken → uiterlijk 16 oktober 2026",
    ]);
  });

  it("mark the editors' words as runs from the phase itself, never by reading [ ] back from text", () => {
    expect(
      phaseNameRuns({ name: "2", title: "Termijn van het OPP", editorialName: true, editorialTitle: true, duration: "maximaal 4 weken" }),
    ).toEqual([{ t: "Fase 2: Termijn van het OPP", r: true }, { t: " · looptijd maximaal 4 weken" }]);
    // A source's own title with brackets stays the source's.
    expect(phaseNameRuns({ name: "3a", title: "Verzuim [tijdelijk] stopt" })).toEqual([{ t: "Fase 3a: Verzuim [tijdelijk] stopt" }]);
    expect(phaseNameRuns({ name: "3a", title: "Verzuim stopt", editorialName: true })).toEqual([
      { t: "Fase 3a", r: true },
      { t: ": Verzuim stopt" },
    ]);
    expect(runsText([{ t: "Na " }, { t: "fase 1", r: true }, { t: " (geen looptijd)" }])).toBe("Na [fase 1] (geen looptijd)");
  });

  it("take each phase of a route once, where the route first reached it, with its last step's duration", () => {
    expect(
      routePhases([
        { name: "2", duration: "2 weken" },
        undefined,
        { name: "3a", duration: "2 weken" },
        { name: "3a", duration: "2-10 weken" },
        { name: "2", duration: "1 week" },
      ]),
    ).toEqual([
      { name: "2", duration: "1 week" },
      { name: "3a", duration: "2-10 weken" },
    ]);
  });

  it("accept as a start only a day of the calendar in a sane range, so no typo runs the phases past the year 9999", () => {
    expect(startDate("2026-09-01")).toBe("2026-09-01");
    for (const value of ["9999-12-31", "1999-12-31", "2100-01-01", "2026-02-30", "2026-9-1", "", null, undefined]) {
      expect(startDate(value), String(value)).toBeUndefined();
    }
    expect(() => phaseTimeline("2099-12-31", [{ name: "2", duration: "10 weken" }]).phases.map(phaseEndLabel)).not.toThrow();
  });
});

describe("an absurd phase duration (F12: Y19, Y19b)", () => {
  const absurd = ["99999 weken", "999999999 weken", "2-99999999999999999999 weken", "731 dagen", "25 maanden"];

  it.each(absurd)("is refused by check at the phase's line: %j", (duration) => {
    const source = `---\ntitle: T\n---\n\n## Begin {#a}\n\n**Fase:** 2 · looptijd ${duration}\n\n**Einde**\n`;
    const problems = parseFlow(source, "flow.md").problems;
    expect(problems).toEqual([
      {
        file: "flow.md",
        line: 7,
        column: 1,
        message: `the phase lasts "${duration}", longer than a phase may (730 dagen, 104 weken of 24 maanden)`,
        hint: "check the number: the timeline cannot compute dates with it",
      },
    ]);
  });

  it("accepts the longest a phase may last", () => {
    for (const duration of ["730 dagen", "104 weken", "24 maanden", "2-104 weken"]) {
      expect(
        parseFlow(`---\ntitle: T\n---\n\n## Begin {#a}\n\n**Fase:** 2 · looptijd ${duration}\n\n**Einde**\n`, "flow.md").problems,
        duration,
      ).toEqual([]);
    }
  });

  it.each(absurd)("makes the timeline say it cannot compute, without an exception or a date: %j", (duration) => {
    const timeline = phaseTimeline("2026-09-01", [
      { name: "2", duration: "2 weken" },
      { name: "3", duration },
      { name: "4", duration: "1 week" },
    ]);
    expect(timeline.phases.map((phase) => phase.latestEnd)).toEqual(["2026-09-15", undefined, undefined]);
    expect(timeline.latestEnd).toBeUndefined();
    expect(timeline.phases.map(phaseEndLabel)[1]).toBe(`Fase 3 · looptijd ${duration} → einddatum onbekend`);
    expect(normSentence(timeline)).toBe(
      `De looptijd van fase 3 (${duration}) is langer dan de tijdlijn rekent (hoogstens 730 dagen, 104 weken of 24 maanden), dus de einddatum is niet te berekenen; de ambitie van drie maanden (1 december 2026).`,
    );
  });
});
