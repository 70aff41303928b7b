import { describe, expect, it } from "vitest";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { phasesUpTo, routePhaseOf } from "../../pipeline/phases/route.ts";
import { phaseEndRuns, phaseTimeline } from "../../shared/phases/timeline.ts";
import { caseNote } from "../../src/elements/case-note.ts";
import type { RouteData } from "../../shared/route/data.ts";
import { replay } from "../support/flow-paths.ts";
import { routePhasesOf } from "../../src/elements/route-phases.ts";

// Two ways to the end: through a second step of phase 2 with a longer duration, or through phase 3a.
const { flow } = parseFlow(
  `---
title: Proef
phases:
  - name: 2
    startsWith: de eerste ziektedag
  - name: 3a
    title: Verzuim stopt
  - name: 3b
---

## Start {#start}

**Fase:** 2 · looptijd 2 weken

- [Lang](#lang)
- [Kort](#kort)

## Lang {#lang}

**Fase:** 2 · looptijd 4 weken

- [Verder](#einde)

## Kort {#kort}

**Fase:** 3a · looptijd 1 week

- [Verder](#einde)

## Einde {#einde}

**Fase:** 3b · looptijd 2 weken

**Einde**
`,
  "content/proef/flow.md",
);

/** route.json's steps as the build writes them: each step's phase by `routePhaseOf`. */
const data: RouteData = {
  id: "proef",
  title: "Proef",
  organisation: "O",
  home: "/proef/",
  stepBase: "/proef/stap/",
  summary: "/proef/samenvatting/",
  changes: "/proef/wijzigingen/",
  edition: "0a1b2c3d",
  start: flow!.start,
  steps: Object.fromEntries(
    flow!.steps.map((step) => [
      step.id,
      {
        title: step.title,
        ...(step.phase ? { phase: routePhaseOf(step.phase, flow!.phases) } : {}),
        body: [{ type: "text" as const, text: [{ t: "x" }] }],
        options: step.options.map((option) => ({ label: option.label, to: option.to, id: option.to, check: "aa" })),
      },
    ]),
  ),
};
const context = { today: "1 september 2026", url: "https://routeboek.test/", origin: "https://routeboek.test" };
const START = "2026-09-01";

describe("one rule for a route's phases, on the step page and in the case note", () => {
  it("gives the step page without a route the phases of the shortest route, the case note of that route the same dates", () => {
    const page = phasesUpTo(flow!, "einde");
    // Start → Lang → Einde: phase 3a is on another way to the end, not on this route; phase 2 ends with Lang's 4 weken.
    expect(page.map(({ name, duration }) => `${name} ${duration}`)).toEqual(["2 4 weken", "3b 2 weken"]);
    const note = caseNote(data, replay(data, [1, 1])!, { ...context, start: START });
    expect(note.routePhases).toEqual(page);
    expect(note.timeline!.phases).toEqual(phaseTimeline(START, page).phases.map(phaseEndRuns));
    const pageEnds = phaseTimeline(START, page).phases.map((phase) => phase.latestEnd);
    const noteEnds = phaseTimeline(START, note.routePhases).phases.map((phase) => phase.latestEnd);
    expect(noteEnds).toEqual(pageEnds);
    expect(pageEnds).toEqual(["2026-09-29", "2026-10-13"]);
  });

  it("gives a step page reached by a route the phases of that route, as its case note does", () => {
    const visits = replay(data, [2, 1])!;
    const onPage = routePhasesOf(data, [...visits.map((visit) => visit.step), "einde"]);
    expect(onPage.map((phase) => phase.name)).toEqual(["2", "3a", "3b"]);
    expect(caseNote(data, visits, { ...context, start: START }).routePhases).toEqual(onPage);
  });

  it("carries the event a phase begins with from the phase description", () => {
    expect(phasesUpTo(flow!, "start")).toEqual([{ name: "2", duration: "2 weken", startsWith: "de eerste ziektedag" }]);
  });
});
