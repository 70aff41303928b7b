import { describe, expect, it } from "vitest";
import { arriveAt, choose, parseRoute, type Answer } from "../../src/scripts/route-history.ts";

const answer = (step: string, to: string, label = "Ja"): Answer => ({ step, question: `${step}?`, answer: label, to });

describe("jouw route", () => {
  const route = [answer("start", "welk"), answer("welk", "ziek")];

  it("goes on when the last answer led here", () => {
    expect(arriveAt(route, "ziek")).toEqual(route);
  });

  it("drops the later answers when an earlier step is visited again (change link, back button)", () => {
    expect(arriveAt(route, "welk")).toEqual([route[0]]);
    expect(arriveAt(route, "start")).toEqual([]);
  });

  it("keeps going round a loop that the last answer took", () => {
    const loop = [answer("aanmelding", "zorgplicht"), answer("zorgplicht", "aanmelding")];
    expect(arriveAt(loop, "aanmelding")).toEqual(loop);
  });

  it("starts afresh when the page was reached some other way", () => {
    expect(arriveAt(route, "elders")).toEqual([]);
  });

  it("adds an answer without changing the old route", () => {
    const next = choose(route, answer("ziek", "einde"));
    expect(next).toHaveLength(3);
    expect(route).toHaveLength(2);
  });

  it("ignores stored values that are not a route", () => {
    expect(parseRoute(null)).toEqual([]);
    expect(parseRoute("{")).toEqual([]);
    expect(parseRoute('[{"step":"a"}]')).toEqual([]);
    expect(parseRoute(JSON.stringify(route))).toEqual(route);
  });

  it("keeps the marks of editorial questions and answers, and refuses marks that are not true or false", () => {
    const marked = [{ ...answer("start", "welk"), editorialQuestion: true, editorialAnswer: true }];
    expect(parseRoute(JSON.stringify(marked))).toEqual(marked);
    expect(parseRoute(JSON.stringify([{ ...answer("start", "welk"), editorialAnswer: "ja" }]))).toEqual([]);
  });
});
