import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { type FlowMap, layoutFlow, MAP_METRICS, type MapFlow, type MapStep, textWidth, wrapTitle } from "../../pipeline/flow/map.ts";
import type { Routebook } from "../../pipeline/model/model.ts";

type Rect = { x: number; y: number; w: number; h: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
/** Whether a point lies on a box's outline or within a unit of it (coordinates are rounded). */
const touches = (point: { x: number; y: number }, box: Rect) =>
  point.x >= box.x - 1 && point.x <= box.x + box.w + 1 && point.y >= box.y - 1 && point.y <= box.y + box.h + 1;

/** The promises of a map, checked against the flow it was drawn from. */
function expectSound(flow: MapFlow, map: FlowMap) {
  expect(map.boxes.map((box) => box.step)).toEqual(flow.steps.map((step) => step.id));
  expect(map.edges.map((edge) => [edge.from, edge.to, edge.number, edge.inferred])).toEqual(
    flow.steps.flatMap((step) => step.options.map((option, index) => [step.id, option.to, index + 1, option.inferred !== undefined])),
  );
  const byId = new Map(map.boxes.map((box) => [box.step, box]));
  for (const [index, box] of map.boxes.entries()) {
    const step = flow.steps[index]!;
    expect(box.end).toBe(step.end);
    expect(box.editorial).toBe(step.editorialTitle);
    expect(box.phase).toBe(step.phase?.name);
    // The caption says in words what colour and border show.
    const parts = box.caption?.split(" · ") ?? [];
    expect(box.caption?.includes(`Fase ${step.phase?.name}`) ?? false).toBe(step.phase !== undefined);
    // A phase number of the editors' says so at the number; "redactie" on its own is about the title.
    const ours = flow.phases?.find((phase) => phase.name === step.phase?.name)?.editorialName ?? false;
    expect(parts.includes(`Fase ${step.phase?.name} (nummer redactie)`), step.id).toBe(step.phase !== undefined && ours);
    expect(parts.includes(`Fase ${step.phase?.name}`), step.id).toBe(step.phase !== undefined && !ours);
    expect(parts.includes("einde")).toBe(step.end);
    expect(parts.includes("redactie")).toBe(step.editorialTitle);
    expect(box.start).toBe(step.id === flow.start);
    // Inside the drawing, and wide enough for its widest line.
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.w).toBeLessThanOrEqual(map.width);
    expect(box.y + box.h).toBeLessThanOrEqual(map.height);
    if (box.caption) expect(textWidth(box.caption, MAP_METRICS.phaseSize)).toBeLessThanOrEqual(box.w - 2 * MAP_METRICS.padX);
    for (const line of box.lines) expect(textWidth(line, MAP_METRICS.fontSize)).toBeLessThanOrEqual(box.w - 2 * MAP_METRICS.padX);
    for (const other of map.boxes.slice(index + 1)) expect(overlaps(box, other), `${box.step} overlaps ${other.step}`).toBe(false);
  }
  const half = MAP_METRICS.labelSize / 2;
  for (const edge of map.edges) {
    expect(edge.points.length, `${edge.from} → ${edge.to}`).toBeGreaterThanOrEqual(2);
    expect(touches(edge.points[0]!, byId.get(edge.from)!), `${edge.from} → ${edge.to} starts at its step`).toBe(true);
    expect(touches(edge.points.at(-1)!, byId.get(edge.to)!), `${edge.from} → ${edge.to} ends at its target`).toBe(true);
    const options = flow.steps.find((step) => step.id === edge.from)!.options.length;
    expect(edge.label !== undefined, `${edge.from} #${edge.number}`).toBe(options > 1);
    if (edge.label) {
      const circle = { x: edge.label.x - half, y: edge.label.y - half, w: 2 * half, h: 2 * half };
      for (const box of map.boxes) expect(overlaps(circle, box), `label ${edge.from} #${edge.number} on ${box.step}`).toBe(false);
    }
  }
}

const step = (id: string, options: string[], extra: Partial<MapStep> = {}): MapStep => ({
  id,
  title: `Stap ${id}`,
  editorialTitle: false,
  end: options.length === 0,
  options: options.map((to) => ({ to })),
  ...extra,
});

describe("wrapTitle", () => {
  it("wraps words into lines of at most the width, keeping a long word whole", () => {
    expect(wrapTitle("Welk (zorgwekkend) verzuim wordt gesignaleerd?", 18)).toEqual([
      "Welk (zorgwekkend)",
      "verzuim wordt",
      "gesignaleerd?",
    ]);
    expect(wrapTitle("Ondersteuningsbehoeftenoverleg nu", 10)).toEqual(["Ondersteuningsbehoeftenoverleg", "nu"]);
  });

  it("cuts a title that needs more lines than allowed, ending in an ellipsis within the width", () => {
    const lines = wrapTitle("een twee drie vier vijf zes zeven acht negen tien elf twaalf", 10, 2);
    expect(lines).toEqual(["een twee", "drie vier…"]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
  });
});

describe("layoutFlow", () => {
  it("draws loops, a step with two options to the same target and a phase line", () => {
    const flow = {
      start: "a",
      steps: [
        step("a", ["b", "c"], { phase: { name: "1" } }),
        step("b", ["c", "c", "a"], { editorialTitle: true, phase: { name: "3a" } }),
        step("c", ["d", "b"]),
        step("d", []),
      ],
    };
    const map = layoutFlow(flow);
    expectSound(flow, map);
    const [a, b] = map.boxes;
    // The caption line adds height to a box with the same title length.
    expect(a!.h).toBe(MAP_METRICS.phaseHeight + MAP_METRICS.lineHeight + 2 * MAP_METRICS.padY);
    expect(map.boxes[2]!.h).toBe(MAP_METRICS.lineHeight + 2 * MAP_METRICS.padY);
    expect(map.boxes.map((box) => box.caption)).toEqual(["begin · Fase 1", "Fase 3a · redactie", undefined, "einde"]);
    // Top to bottom: the start above the step it leads to.
    expect(a!.y + a!.h).toBeLessThan(b!.y);
  });

  it("says at the phase number when the number is the editors', apart from a title of theirs", () => {
    const flow = {
      start: "a",
      steps: [step("a", ["b"], { phase: { name: "1" } }), step("b", [], { editorialTitle: true, phase: { name: "2" } })],
      phases: [
        { name: "1", editorialName: true },
        { name: "2", editorialName: false },
      ],
    };
    const map = layoutFlow(flow);
    expectSound(flow, map);
    expect(map.boxes.map((box) => box.caption)).toEqual(["begin · Fase 1 (nummer redactie)", "Fase 2 · einde · redactie"]);
  });

  it("gives the same map for the same flow", () => {
    const flow = { start: "a", steps: [step("a", ["b", "c"]), step("b", ["c"]), step("c", [])] };
    expect(JSON.stringify(layoutFlow(flow))).toBe(JSON.stringify(layoutFlow(structuredClone(flow))));
  });

  describe("on every routebook of the content", () => {
    let routebooks: Routebook[];
    beforeAll(async () => {
      ({ routebooks } = await readContent("content"));
    }, 60_000);

    it("has a box per step, an edge per option, and no two boxes overlap", () => {
      expect(routebooks.length).toBeGreaterThanOrEqual(5);
      for (const routebook of routebooks) expectSound(routebook.flow, layoutFlow(routebook.flow));
    });

    it("is deterministic", () => {
      for (const routebook of routebooks) expect(layoutFlow(routebook.flow)).toEqual(layoutFlow(routebook.flow));
    });
  });
});
