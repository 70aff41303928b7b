/**
 * The map of a flow: every step as a box and every option as an arrow, laid
 * out top to bottom by dagre at build time, so the site can draw it as a
 * static SVG and ship no diagram code to the browser.
 *
 * Pure: it measures text by counting characters (there is no browser to ask),
 * and rounds every coordinate, so the same flow always gives the same map.
 */
import { type EdgeLabel, Graph, type GraphLabel, layout, type NodeLabel } from "@dagrejs/dagre";
import type { PhaseDescription } from "../schema/phase-description.ts";
import type { Step } from "../schema/step.ts";

/** What the map reads of a step. */
export type MapStep = Pick<Step, "id" | "title" | "editorialTitle" | "end"> & {
  phase?: Pick<NonNullable<Step["phase"]>, "name">;
  /** `inferred` is set where the editors chose the next step because the source does not show it. */
  options: { to: string; inferred?: object }[];
};

/** What the map reads of a flow: its steps, and which phase numbers are the editors' (`phases:`). */
export interface MapFlow {
  start: string;
  steps: readonly MapStep[];
  phases?: readonly Pick<PhaseDescription, "name" | "editorialName">[];
}

/** One step on the map; x and y are the box's top-left corner. */
export interface MapBox {
  /** The step's id, for its link. */
  step: string;
  /** The step's title, wrapped; the last line ends in "…" when the title was cut short. */
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
  /** The step's phase name ("3a"), when it has one. */
  phase?: string;
  /**
   * The small line above the title that says in words what the box's colour and border show: "begin · Fase 2",
   * "Fase 3a · einde · redactie", "Fase 2 (nummer redactie)"; absent when there is nothing to say.
   */
  caption?: string;
  /** The title is ours, not the source's. */
  editorial: boolean;
  /** The route ends here. */
  end: boolean;
  /** The flow's first step. */
  start: boolean;
}

/** One option on the map: an arrow from its step to the step it leads to. */
export interface MapEdge {
  from: string;
  to: string;
  /** The option's 1-based number among its step's options, as the step page lists them. */
  number: number;
  /** Where the number is drawn; absent when the step has only one option, as there is nothing to tell apart. */
  label?: { x: number; y: number };
  /** The arrow's line, from the first box's edge to the second's; the arrowhead goes at the last point. */
  points: { x: number; y: number }[];
  /** The editors chose this next step (the source does not show it): drawn apart from the source's arrows. */
  inferred: boolean;
}

export interface FlowMap {
  width: number;
  height: number;
  boxes: MapBox[];
  edges: MapEdge[];
}

/** Sizes in the SVG's user units (px at scale 1); the site's stylesheet must draw text at these sizes. */
export const MAP_METRICS = {
  /** Font size of a title line. */
  fontSize: 13,
  /** Distance between the baselines of two title lines. */
  lineHeight: 16,
  /** Font size of the caption line above the title. */
  phaseSize: 11,
  /** Height the caption line takes. */
  phaseHeight: 14,
  /** Padding inside a box, around the text. */
  padX: 8,
  padY: 7,
  /** Most characters on a title line, and most lines a title takes before it is cut with "…". */
  lineChars: 18,
  maxLines: 5,
  /** Average advance of one character, as a fraction of the font size: generous for a system sans-serif, so text stays inside its box. */
  charWidth: 0.58,
  /** Size of the circle that holds an option's number. */
  labelSize: 16,
} as const;

/** Words of a title wrapped into lines of at most `width` characters; a longer word is kept whole on its own line. */
export function wrapTitle(title: string, width: number = MAP_METRICS.lineChars, maxLines: number = MAP_METRICS.maxLines): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let tail = kept[maxLines - 1]!;
  // Make room for the ellipsis by dropping the tail's last words while it does not fit.
  while (tail.length + 1 > width && tail.includes(" ")) tail = tail.slice(0, tail.lastIndexOf(" "));
  kept[maxLines - 1] = `${tail.replace(/[\s,.;:]+$/, "")}…`;
  return kept;
}

/** The estimated width of a line of text, from its character count. */
export const textWidth = (text: string, fontSize: number) => Math.ceil([...text].length * fontSize * MAP_METRICS.charWidth);

/** A box's size for its lines and caption. */
function boxSize(lines: string[], caption: string | undefined) {
  const m = MAP_METRICS;
  const widest = Math.max(...lines.map((line) => textWidth(line, m.fontSize)), caption ? textWidth(caption, m.phaseSize) : 0);
  return {
    w: widest + 2 * m.padX,
    h: (caption ? m.phaseHeight : 0) + lines.length * m.lineHeight + 2 * m.padY,
  };
}

/**
 * The caption of a step's box, in Dutch site words: its phase, whether the
 * route begins or ends there, and whether its title is ours ("redactie", as the
 * site marks every text of ours), so no box relies on colour alone. A phase
 * number of ours says so at the number, apart from the title's mark.
 */
export function boxCaption(
  step: Pick<MapStep, "phase" | "end" | "editorialTitle">,
  start: boolean,
  editorialName = false,
): string | undefined {
  const phase = step.phase && `Fase ${step.phase.name}${editorialName ? " (nummer redactie)" : ""}`;
  const parts = [start && "begin", phase, step.end && "einde", step.editorialTitle && "redactie"].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

/**
 * The most steps a map is drawn for. dagre's layout grows much faster than the
 * flow (100 steps about 2 s, 400 about 25 s, 800 about 2 minutes on a 2-core
 * machine), and a drawing of hundreds of boxes reads no better than the list
 * of steps below it; a larger flow's map page shows that list only, and says so.
 */
export const MAP_MAX_STEPS = 150;

/** Lay out a flow: a box per step, an edge per option. */
export function layoutFlow(flow: MapFlow): FlowMap {
  const graph = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  graph.setGraph({ rankdir: "TB", nodesep: 24, ranksep: 36, edgesep: 12, marginx: 4, marginy: 4 });
  graph.setDefaultEdgeLabel(() => ({}));
  const measured = new Map<string, { lines: string[]; caption: string | undefined; w: number; h: number }>();
  for (const step of flow.steps) {
    const lines = wrapTitle(step.title);
    const ours = flow.phases?.find((phase) => phase.name === step.phase?.name)?.editorialName ?? false;
    const caption = boxCaption(step, step.id === flow.start, ours);
    const size = boxSize(lines, caption);
    measured.set(step.id, { lines, caption, ...size });
    graph.setNode(step.id, { width: size.w, height: size.h });
  }
  const size = MAP_METRICS.labelSize;
  for (const step of flow.steps) {
    step.options.forEach((option, index) => {
      // A label gets room of its own in the layout, so a number never sits on a box.
      const label = step.options.length > 1 ? { width: size, height: size, labelpos: "c" as const } : {};
      graph.setEdge(step.id, option.to, { ...label }, String(index + 1));
    });
  }
  layout(graph);

  const round = (value: number) => Math.round(value);
  const boxes: MapBox[] = flow.steps.map((step) => {
    const node = graph.node(step.id);
    const { lines, caption, w, h } = measured.get(step.id)!;
    return {
      step: step.id,
      lines,
      x: round(node.x! - w / 2),
      y: round(node.y! - h / 2),
      w,
      h,
      ...(step.phase ? { phase: step.phase.name } : {}),
      ...(caption ? { caption } : {}),
      editorial: step.editorialTitle,
      end: step.end,
      start: step.id === flow.start,
    };
  });
  const edges: MapEdge[] = flow.steps.flatMap((step) =>
    step.options.map((option, index) => {
      const edge = graph.edge(step.id, option.to, String(index + 1));
      return {
        from: step.id,
        to: option.to,
        number: index + 1,
        ...(step.options.length > 1 && edge.x !== undefined ? { label: { x: round(edge.x), y: round(edge.y!) } } : {}),
        points: (edge.points ?? []).map((point) => ({ x: round(point.x), y: round(point.y) })),
        inferred: option.inferred !== undefined,
      };
    }),
  );
  const { width = 0, height = 0 } = graph.graph();
  return { width: Math.ceil(width), height: Math.ceil(height), boxes, edges };
}
