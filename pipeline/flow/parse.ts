import type { Heading, Root, RootContent } from "mdast";
import { readFrontmatter } from "../markdown/frontmatter.ts";
import { startOf } from "../markdown/inline.ts";
import { flowLimitProblems, markdownLimitProblems } from "../markdown/limits.ts";
import { parseMarkdownPieces } from "../markdown/parse.ts";
import type { Problem } from "../problems/problems.ts";
import { FlowMetaSchema, type Flow } from "../schema/flow.ts";
import { parseWithProblems } from "../schema/friendly.ts";
import { checkFlowGraph } from "./graph.ts";
import type { Step } from "../schema/step.ts";
import { readStep } from "./read-step.ts";
import { validateFlow } from "./validate.ts";
import { createRichReader } from "../rich/read.ts";
import { checkPhases } from "../phases/check.ts";
import { readPhaseDescriptions } from "../phases/read.ts";

export interface ParsedFlow {
  /** The validated flow; absent when the file has problems the schema catches. */
  flow?: Flow;
  /** The flow as read, valid or not: further checks run on it so that every problem is reported at once. */
  draft: Flow;
  /** Every problem found, from syntax to graph checks. */
  problems: Problem[];
  /** What to look at that does not stop the build, such as a phase a step names but the frontmatter does not describe. */
  warnings: Problem[];
}

/**
 * Reads a Markdown flow, validates it and runs the graph checks. Pure: source text in, flow and problems out.
 * `readPiece`, when given, sees each piece of the syntax tree before the flow reader does (see
 * markdown/chunks.ts), so another check of the same text, such as the glossary's, needs no parse of its own.
 */
export function parseFlow(source: string, file: string, readPiece?: (piece: Root) => void): ParsedFlow {
  // A flow beyond a limit is not parsed at all: its structures (markdown/limits.ts) or its number of steps.
  const beyond = [...markdownLimitProblems(source, file), ...flowLimitProblems(source, file)];
  if (beyond.length) return { draft: EMPTY_FLOW, problems: beyond, warnings: [] };
  // Piece by piece, so a long flow's syntax tree is never held whole (see markdown/chunks.ts).
  const pieces = readPiece ? seen(parseMarkdownPieces(source), readPiece) : parseMarkdownPieces(source);
  const first = pieces.next();
  const frontmatter = readFrontmatter(first.done ? { type: "root", children: [] } : first.value, file);
  const problems = [...frontmatter.problems];
  const meta = frontmatter.data === undefined ? undefined : parseWithProblems(FlowMetaSchema, frontmatter.data, file, frontmatter.placeOf);
  if (meta) problems.push(...meta.problems);

  const introNodes: RootContent[] = [];
  const steps: Step[] = [];
  let heading: Heading | undefined;
  let section: RootContent[] = [];
  const closeSection = () => {
    if (!heading) return;
    const read = readStep(heading, section, file);
    steps.push(read.step);
    problems.push(...read.problems);
  };

  const nodes = function* () {
    if (!first.done) yield* first.value.children;
    for (const piece of pieces) yield* piece.children;
  };
  for (const node of nodes()) {
    if (node.type === "yaml") continue;
    if (node.type === "heading" && node.depth === 2) {
      closeSection();
      heading = node;
      section = [];
    } else if (node.type === "heading") {
      problems.push({
        file,
        ...startOf(node),
        message: `a level-${node.depth} heading is not part of the flow format`,
        hint: "start each step with a level-2 heading: `## Question? {#step-id}`",
      });
    } else if (heading) {
      section.push(node);
    } else {
      introNodes.push(node);
    }
  }
  closeSection();
  const introReader = createRichReader(file, problems);
  const intro = { blocks: introReader.blocks(introNodes), footnotes: introReader.footnotes() };

  const draft: Flow = {
    title: meta?.data?.title ?? "",
    start: meta?.data?.start ?? steps[0]?.id ?? "",
    intro,
    ...(meta?.data?.source ? { source: meta.data.source } : {}),
    corrections: meta?.data?.corrections ?? [],
    leftOut: meta?.data?.leftOut ?? [],
    checks: meta?.data?.checks ?? [],
    phases: readPhaseDescriptions(meta?.data?.phases ?? [], frontmatter.placeOf),
    steps,
  };
  // The graph checks need only ids, options and end markers, which the reader always provides.
  if (steps.length) problems.push(...checkFlowGraph(draft, file));
  const ids = new Set(steps.map((step) => step.id));
  draft.corrections.forEach((correction, index) => {
    if (correction.step && !ids.has(correction.step)) {
      problems.push({
        file,
        ...frontmatter.placeOf(["corrections", index, "step"]),
        message: `the correction names step "${correction.step}", which does not exist`,
        hint: "use the id of the step that holds the corrected text",
      });
    }
  });
  const phases = checkPhases(draft, file);
  problems.push(...phases.problems);
  const { warnings } = phases;
  if (!meta?.data) return { draft, problems, warnings };
  const validated = validateFlow(draft, file);
  problems.push(...validated.problems);
  return validated.data ? { flow: validated.data, draft, problems, warnings } : { draft, problems, warnings };
}

/** The draft of a flow that could not be read at all. */
const EMPTY_FLOW: Flow = {
  title: "",
  start: "",
  intro: { blocks: [], footnotes: [] },
  corrections: [],
  leftOut: [],
  checks: [],
  phases: [],
  steps: [],
};

/** The same pieces, each shown to `read` as it comes. */
function* seen(pieces: Generator<Root>, read: (piece: Root) => void): Generator<Root> {
  for (const piece of pieces) {
    read(piece);
    yield piece;
  }
}
