import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import { answerIds, answerTokens, labelCheck, routeEdition, routeOptions } from "../../pipeline/editions/route-edition.ts";
import { judge, play, tokensOf } from "../../shared/route/history.ts";

const { routebooks } = await readContent("tests/fixtures/content");
const proef = routebooks.find((routebook) => routebook.id === "proef-po")!;

/** A copy of the flow with `change` applied to its steps, as a later edition would be. */
function edited(routebook: Routebook, change: (steps: Routebook["flow"]["steps"]) => void): Routebook {
  const copy = structuredClone(routebook);
  change(copy.flow.steps);
  return copy;
}
/** What route.json gives the browser for replaying (src/lib/route-json.ts takes these from route-edition.ts). */
const routeData = (routebook: Routebook) => ({
  start: routebook.flow.start,
  edition: routeEdition(routebook.flow),
  steps: Object.fromEntries(routebook.flow.steps.map((step) => [step.id, { options: routeOptions(step.options) }])),
});
const stepOf = (routebook: Routebook, id: string) => routebook.flow.steps.find((step) => step.id === id)!;

describe("answer ids", () => {
  it("are the step the answer leads to", () => {
    expect(
      answerIds([
        { label: "Ja", to: "welk-verzuim" },
        { label: "Nee", to: "geen-aanmelding" },
      ]),
    ).toEqual(["welk-verzuim", "geen-aanmelding"]);
  });

  it("get an id of their own where answers of one step share a target: as few label words as tell them apart, at least two", () => {
    const answers = [
      { label: "1. Volledig onderwijsaanbod", to: "situatie" },
      { label: "2. Combinatie van onderwijs en jeugdhulp", to: "situatie" },
      { label: "3. Combinatie van jeugdhulp en onderwijs (extern traject)", to: "situatie" },
      { label: "4. Vrijstelling van onderwijs", to: "situatie-vrijstelling" },
    ];
    expect(answerIds(answers)).toEqual([
      "situatie--1-volledig",
      "situatie--2-combinatie",
      "situatie--3-combinatie",
      "situatie-vrijstelling",
    ]);
    expect(
      answerIds([
        { label: "Combinatie van onderwijs", to: "x" },
        { label: "Combinatie van jeugdhulp", to: "x" },
      ]),
    ).toEqual(["x--combinatie-van-onderwijs", "x--combinatie-van-jeugdhulp"]);
    // Labels that slug alike are numbered in their order; a reorder of other answers leaves the ids be.
    expect(
      answerIds([
        { label: "Ja!", to: "x" },
        { label: "Ja?", to: "x" },
        { label: "Nee", to: "y" },
      ]),
    ).toEqual(["x--ja-1", "x--ja-2", "y"]);
    expect(
      answerIds([
        { label: "Nee", to: "y" },
        { label: "Ja!", to: "x" },
        { label: "Ja?", to: "x" },
      ]),
    ).toEqual(["y", "x--ja-1", "x--ja-2"]);
  });

  it("are unique on every step of the real content and the test routebook, and carry a check of their label", async () => {
    const { routebooks: real } = await readContent("content");
    for (const routebook of [...real, proef]) {
      for (const step of routebook.flow.steps) {
        const ids = answerIds(step.options);
        expect(new Set(ids).size, `${routebook.id} ${step.id}`).toBe(ids.length);
      }
    }
    expect(answerTokens([{ label: "Ja", to: "welk" }])).toEqual([`welk_${labelCheck("Ja")}`]);
    expect(labelCheck("Ja")).toMatch(/^[0-9a-z]{2}$/);
    expect(labelCheck("Ja")).not.toBe(labelCheck("Nee"));
    // Case and spacing do not change what an answer means.
    expect(labelCheck("Er zijn  zorgen")).toBe(labelCheck("er zijn zorgen"));
  });
});

describe("the routebook's edition", () => {
  it("is a short hash; each answer has its id and check", () => {
    expect(routeEdition(proef.flow)).toMatch(/^[0-9a-f]{8}$/);
    expect(routeOptions(stepOf(proef, "start").options)).toEqual([
      { label: "Ja", to: "verzuim", id: "verzuim", check: labelCheck("Ja"), editorialLabel: true },
      { label: "Nee", to: "geen-verzuim", id: "geen-verzuim", check: labelCheck("Nee") },
    ]);
  });

  it("changes with what decides a route's meaning, and only with that", () => {
    const base = routeEdition(proef.flow);
    expect(routeEdition(structuredClone(proef).flow)).toBe(base);
    const swapped = edited(proef, (steps) => steps.find((step) => step.id === "start")!.options.reverse());
    const relabelled = edited(proef, (steps) => {
      steps.find((step) => step.id === "passend")!.options[0]!.label = "Afgerond";
    });
    const retargeted = edited(proef, (steps) => {
      steps.find((step) => step.id === "passend")!.options[0]!.to = "start";
    });
    const retitled = edited(proef, (steps) => {
      steps.find((step) => step.id === "verzuim")!.title = "Er is zorgwekkend verzuim";
    });
    const newActions = edited(proef, (steps) => {
      steps.find((step) => step.id === "verzuim")!.actions.push("Bel de ouders.");
    });
    for (const changed of [swapped, relabelled, retargeted, retitled]) expect(routeEdition(changed.flow)).not.toBe(base);
    expect(routeEdition(newActions.flow)).toBe(base);
  });

  it("lets an address of the first edition be judged on the second: fits, fits with a changed edition, breaks at N", () => {
    const first = routeData(proef);
    const route = ["verzuim", "passend", "geen-verzuim"];
    const tokens = tokensOf(first, play(first, [1, 1, 1]).visits);
    expect(tokens.map((token) => token.split("_")[0])).toEqual(route);
    const address = { answers: { kind: "ids" as const, tokens }, edition: first.edition };
    expect(judge(first, first.edition, address, "geen-verzuim")).toMatchObject({ kind: "fits", edition: "same" });
    // The answers of the start swapped places: ids follow the targets, so the route still means the same.
    const swapped = routeData(edited(proef, (steps) => steps.find((step) => step.id === "start")!.options.reverse()));
    expect(judge(swapped, swapped.edition, address, "geen-verzuim")).toMatchObject({
      kind: "fits",
      edition: "changed",
    });
    // ... but a legacy positional address now means "Nee", and its next answer finds the route ended.
    expect(judge(swapped, swapped.edition, { answers: { kind: "positions", positions: [1, 1, 1] } }, "geen-verzuim")).toMatchObject({
      kind: "breaks",
      misfit: { index: 1, step: "geen-verzuim", why: "ended" },
      edition: "legacy",
    });
    // "Klaar" reworded: answer 3 no longer means the same.
    const relabelled = routeData(
      edited(proef, (steps) => {
        steps.find((step) => step.id === "passend")!.options[0]!.label = "Afgerond";
      }),
    );
    expect(judge(relabelled, relabelled.edition, address, "geen-verzuim")).toMatchObject({
      kind: "breaks",
      visits: [{ to: "verzuim" }, { to: "passend" }],
      misfit: { index: 2, step: "passend", why: "changed", target: "geen-verzuim" },
      edition: "changed",
    });
  });
});
