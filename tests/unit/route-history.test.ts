import { describe, expect, it } from "vitest";
import {
  backHref,
  changeHref,
  decodeAnswers,
  type Graph,
  isQuestion,
  judge,
  optionHref,
  pendingChange,
  readAddress,
  readStart,
  play,
  rememberedRoute,
  restoreRoute,
  routeHref,
  stepHref,
  tokensOf,
  withStart,
} from "../../shared/route/history.ts";

/** start → welk | einde-nee; welk → ziek | registratie; registratie → mdo; mdo → registratie (a loop) | ziek. */
const graph: Graph = {
  start: "start",
  steps: {
    start: {
      options: [
        { to: "welk", id: "welk", check: "a1" },
        { to: "einde-nee", id: "einde-nee", check: "b2" },
      ],
    },
    welk: {
      options: [
        { to: "ziek", id: "ziek", check: "c3" },
        { to: "registratie", id: "registratie", check: "d4" },
      ],
    },
    registratie: { options: [{ to: "mdo", id: "mdo", check: "e5" }] },
    mdo: {
      options: [
        { to: "registratie", id: "registratie", check: "f6" },
        { to: "ziek", id: "ziek--eerste-keer", check: "g7" },
        { to: "ziek", id: "ziek--tweede-keer", check: "h8" },
      ],
    },
    ziek: {},
    "einde-nee": {},
  },
};
const E = "0a1b2c3d";
const BASE = "/proef/stap/";
const WELK = "welk_a1";
const REG = "registratie_d4";
const MDO = "mdo_e5";

describe("antwoorden in the address", () => {
  it("reads answer tokens, legacy positions, and refuses anything else", () => {
    expect(decodeAnswers("welk_a1.registratie_d4")).toEqual({ kind: "ids", tokens: [WELK, REG] });
    expect(decodeAnswers("ziek--eerste-keer_g7")).toEqual({ kind: "ids", tokens: ["ziek--eerste-keer_g7"] });
    expect(decodeAnswers("1-3-1")).toEqual({ kind: "positions", positions: [1, 3, 1] });
    expect(decodeAnswers("")).toEqual({ kind: "none" });
    expect(decodeAnswers(null)).toEqual({ kind: "none" });
    for (const bad of [
      "0",
      "1-0",
      "welk",
      "welk_a",
      "welk_a1.",
      ".welk_a1",
      "Welk_a1",
      "welk_A1",
      "welk---x_a1",
      "1,2",
      "<script>",
      "1-1000",
      " 1",
      "welk_a1..mdo_e5",
    ]) {
      expect(decodeAnswers(bad), bad).toEqual({ kind: "unreadable", why: "garbage" });
    }
  });

  it("caps a route at 200 answers and 10,000 characters", () => {
    expect(decodeAnswers(Array(200).fill(MDO).join("."))).toMatchObject({ kind: "ids" });
    expect(decodeAnswers(Array(201).fill(MDO).join("."))).toEqual({ kind: "unreadable", why: "too-long" });
    expect(decodeAnswers(Array(201).fill(1).join("-"))).toEqual({ kind: "unreadable", why: "too-long" });
    expect(decodeAnswers(`${"a".repeat(10_001)}_a1`)).toEqual({ kind: "unreadable", why: "too-long" });
  });

  it("reads the whole address: answers, edition, change marker, start date", () => {
    expect(readAddress(`?antwoorden=${WELK}&editie=${E}&wijzig=${REG}&start=2026-09-01`)).toEqual({
      answers: { kind: "ids", tokens: [WELK] },
      edition: E,
      change: { kind: "ids", tokens: [REG] },
      start: "2026-09-01",
    });
    // An edition that is not one is no edition; with repeated parameters the first counts.
    expect(readAddress(`?antwoorden=${WELK}&antwoorden=1&editie=<x>`)).toEqual({
      answers: { kind: "ids", tokens: [WELK] },
      change: { kind: "none" },
    });
  });
});

describe("the start date in the address", () => {
  it("accepts only a real calendar day from 2000 to 2099, as the timeline does", () => {
    expect(readStart("?start=2026-09-01")).toBe("2026-09-01");
    expect(readStart("?start=2024-02-29")).toBe("2024-02-29");
    expect(readStart("?start=2000-01-01")).toBe("2000-01-01");
    expect(readStart("?start=2099-12-31")).toBe("2099-12-31");
    for (const bad of [
      "2026-02-29",
      "2026-13-01",
      "2026-00-10",
      "2026-04-31",
      "1999-12-31",
      "2100-01-01",
      "9999-12-31",
      "2026-9-1",
      "01-09-2026",
      "2026-09-01x",
      "",
    ]) {
      expect(readStart(`?start=${bad}`), bad).toBeUndefined();
    }
    expect(readStart("?antwoorden=welk_a1")).toBeUndefined();
  });

  it("is added to a link, replacing one there, before its fragment", () => {
    expect(withStart("/p/stap/welk/", "2026-09-01")).toBe("/p/stap/welk/?start=2026-09-01");
    expect(withStart(`/p/stap/welk/?antwoorden=${WELK}&editie=${E}`, "2026-09-01")).toBe(
      `/p/stap/welk/?antwoorden=${WELK}&editie=${E}&start=2026-09-01`,
    );
    expect(withStart("/p/?start=2020-01-01&x=1#top", "2026-09-01")).toBe("/p/?x=1&start=2026-09-01#top");
    expect(withStart("/p/?start=2020-01-01", undefined)).toBe("/p/");
    expect(withStart("/p/stap/welk/", undefined)).toBe("/p/stap/welk/");
  });
});

describe("replaying a route", () => {
  it("plays tokens from the start", () => {
    expect(play(graph, [])).toEqual({ visits: [] });
    expect(play(graph, [WELK, REG, MDO])).toEqual({
      visits: [
        { step: "start", option: 1, to: "welk" },
        { step: "welk", option: 2, to: "registratie" },
        { step: "registratie", option: 1, to: "mdo" },
      ],
    });
    // Two answers of one step to the same target, each with an id of its own.
    expect(play(graph, [WELK, REG, MDO, "ziek--tweede-keer_h8"]).visits.at(-1)).toEqual({
      step: "mdo",
      option: 3,
      to: "ziek",
    });
  });

  it("names the first answer that does not fit, and keeps those before it", () => {
    expect(play(graph, [WELK, "mdo_e5"])).toEqual({
      visits: [{ step: "start", option: 1, to: "welk" }],
      misfit: { index: 1, step: "welk", why: "unknown", target: "mdo" },
    });
    // The id is there, but its label's check is not: reworded, or two answers swapped their targets.
    expect(play(graph, [WELK, "registratie_c3"]).misfit).toEqual({
      index: 1,
      step: "welk",
      why: "changed",
      target: "registratie",
      option: 2,
    });
    expect(play(graph, ["einde-nee_b2", WELK]).misfit).toEqual({
      index: 1,
      step: "einde-nee",
      why: "ended",
      target: "welk",
    });
    expect(play({ start: "weg", steps: {} }, [WELK]).misfit?.why).toBe("ended");
  });

  it("replays legacy positions against the current flow", () => {
    expect(play(graph, [1, 2, 1]).visits.map((visit) => visit.to)).toEqual(["welk", "registratie", "mdo"]);
    expect(play(graph, [1, 3])).toEqual({
      visits: [{ step: "start", option: 1, to: "welk" }],
      misfit: { index: 1, step: "welk", why: "position", option: 3 },
    });
  });

  it("replays round a loop as often as it was taken", () => {
    const { visits } = play(graph, [WELK, REG, MDO, "registratie_f6", MDO, "registratie_f6"]);
    expect(visits.map((visit) => visit.step)).toEqual(["start", "welk", "registratie", "mdo", "registratie", "mdo"]);
    expect(tokensOf(graph, visits)).toEqual([WELK, REG, MDO, "registratie_f6", MDO, "registratie_f6"]);
  });
});

describe("judging an address against the current edition", () => {
  const ids = (...tokens: string[]) => ({ kind: "ids" as const, tokens });

  it("fits: same edition, another edition, or a legacy address", () => {
    expect(judge(graph, E, { answers: ids(WELK, REG), edition: E }, "registratie")).toMatchObject({
      kind: "fits",
      edition: "same",
    });
    expect(judge(graph, E, { answers: ids(WELK, REG), edition: "99999999" }, "registratie")).toMatchObject({
      kind: "fits",
      edition: "changed",
    });
    // Ids without an edition (missing, or garbled and so not read): which edition wrote them is unknown.
    expect(judge(graph, E, { answers: ids(WELK, REG) }, "registratie")).toMatchObject({
      kind: "fits",
      edition: "unknown",
    });
    expect(judge(graph, E, readAddress(`?antwoorden=${WELK}.${REG}&editie=zz`), "registratie")).toMatchObject({
      kind: "fits",
      edition: "unknown",
    });
    expect(judge(graph, E, { answers: { kind: "positions", positions: [1, 2] } }, "registratie")).toMatchObject({
      kind: "fits",
      edition: "legacy",
    });
    // Without a page (the case note) any end fits.
    expect(judge(graph, E, { answers: ids(WELK, REG), edition: E })).toMatchObject({ kind: "fits" });
  });

  it("breaks at answer N, with the answers after it not applied", () => {
    const verdict = judge(graph, E, { answers: ids(WELK, "registratie_c3", MDO, "ziek--eerste-keer_g7"), edition: "99999999" }, "ziek");
    expect(verdict).toEqual({
      kind: "breaks",
      visits: [{ step: "start", option: 1, to: "welk" }],
      misfit: { index: 1, step: "welk", why: "changed", target: "registratie", option: 2 },
      later: [MDO, "ziek--eerste-keer_g7"],
      edition: "changed",
    });
    expect(judge(graph, E, { answers: { kind: "positions", positions: [2, 1] } }, "welk")).toMatchObject({
      kind: "breaks",
      edition: "legacy",
      later: [],
    });
  });

  it("tells a route that leads elsewhere from one that does not fit, and passes unreadable and empty addresses on", () => {
    expect(judge(graph, E, { answers: ids(WELK), edition: E }, "ziek")).toEqual({
      kind: "elsewhere",
      visits: [{ step: "start", option: 1, to: "welk" }],
      end: "welk",
      edition: "same",
    });
    expect(judge(graph, E, { answers: { kind: "unreadable", why: "garbage" } }, "ziek")).toEqual({
      kind: "unreadable",
      why: "garbage",
    });
    expect(judge(graph, E, { answers: { kind: "none" } }, "ziek")).toEqual({ kind: "none" });
  });
});

describe("links of a route", () => {
  it("writes the next step, Wijzig, back and the case note with ids and the edition", () => {
    expect(optionHref(BASE, "welk", [], WELK, E)).toBe(`/proef/stap/welk/?antwoorden=${WELK}&editie=${E}`);
    expect(optionHref(BASE, "registratie", [WELK], REG, E)).toBe(`/proef/stap/registratie/?antwoorden=${WELK}.${REG}&editie=${E}`);
    const answers = [WELK, REG, MDO];
    const { visits } = play(graph, answers);
    expect(changeHref(BASE, visits, answers, 0, E)).toBe(`/proef/stap/start/?wijzig=${WELK}.${REG}.${MDO}&editie=${E}`);
    expect(changeHref(BASE, visits, answers, 1, E)).toBe(`/proef/stap/welk/?antwoorden=${WELK}&wijzig=${REG}.${MDO}&editie=${E}`);
    expect(backHref(BASE, visits, answers, E)).toBe(`/proef/stap/registratie/?antwoorden=${WELK}.${REG}&editie=${E}`);
    expect(backHref(BASE, visits.slice(0, 1), [WELK], E)).toBe("/proef/stap/start/");
    expect(backHref(BASE, [], [], E)).toBeUndefined();
    expect(stepHref(BASE, "start", [], E)).toBe("/proef/stap/start/");
    expect(routeHref("/proef/samenvatting/", answers, E)).toBe(`/proef/samenvatting/?antwoorden=${WELK}.${REG}.${MDO}&editie=${E}`);
  });

  it("brings back the part of a remembered route that ends here", () => {
    expect(restoreRoute(graph, [WELK, REG, MDO], "registratie")).toEqual([WELK, REG]);
    expect(restoreRoute(graph, [WELK, REG, MDO, "registratie_f6", MDO], "registratie")).toEqual([WELK, REG, MDO, "registratie_f6"]);
    expect(restoreRoute(graph, [WELK, REG, MDO], "einde-nee")).toBeUndefined();
    expect(restoreRoute(graph, ["mdo_e5"], "welk")).toBeUndefined();
  });

  it("offers the tab's remembered route only when every answer fits this edition: up to here, or all of it", () => {
    const stored = `antwoorden=${WELK}.${REG}.${MDO}&editie=${E}`;
    expect(rememberedRoute(graph, E, stored, "registratie")).toEqual({ answers: [WELK, REG], end: "registratie" });
    // Not on the way here (or no page: the case note): the whole route, to where it ended.
    expect(rememberedRoute(graph, E, stored, "einde-nee")).toEqual({ answers: [WELK, REG, MDO], end: "mdo" });
    expect(rememberedRoute(graph, E, stored)).toEqual({ answers: [WELK, REG, MDO], end: "mdo" });
    // Another edition, no edition, a misfit, no answers, nothing stored: nothing to offer.
    expect(rememberedRoute(graph, E, `antwoorden=${WELK}&editie=99999999`)).toBeUndefined();
    expect(rememberedRoute(graph, E, `antwoorden=${WELK}`)).toBeUndefined();
    expect(rememberedRoute(graph, E, `antwoorden=${WELK}.mdo_e5&editie=${E}`)).toBeUndefined();
    expect(rememberedRoute(graph, E, `editie=${E}`)).toBeUndefined();
    expect(rememberedRoute(graph, E, null)).toBeUndefined();
  });

  it("reads a Wijzig marker: the old answer, what another answer drops, and where the old route ended", () => {
    expect(pendingChange(graph, BASE, E, [WELK], [REG, MDO, "ziek--eerste-keer_g7"])).toEqual({
      old: 2,
      dropped: [
        { step: "registratie", option: 1, to: "mdo" },
        { step: "mdo", option: 2, to: "ziek" },
      ],
      resume: `/proef/stap/ziek/?antwoorden=${WELK}.${REG}.${MDO}.ziek--eerste-keer_g7&editie=${E}`,
    });
    expect(pendingChange(graph, BASE, E, [], [WELK])).toEqual({
      old: 1,
      dropped: [],
      resume: `/proef/stap/welk/?antwoorden=${WELK}&editie=${E}`,
    });
  });

  it("ignores a Wijzig marker that does not fit the route", () => {
    expect(pendingChange(graph, BASE, E, [WELK], [])).toBeUndefined();
    expect(pendingChange(graph, BASE, E, [WELK], ["mdo_e5"])).toBeUndefined();
    expect(pendingChange(graph, BASE, E, [WELK], ["ziek_c3", "ziek_c3"])).toBeUndefined();
  });

  it("counts only steps with a choice as questions", () => {
    expect(isQuestion(graph, "welk")).toBe(true);
    expect(isQuestion(graph, "registratie")).toBe(false);
    expect(isQuestion(graph, "ziek")).toBe(false);
    expect(isQuestion(graph, "bestaat-niet")).toBe(false);
  });
});
