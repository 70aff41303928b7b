/**
 * A synthetic routebook with a flow of N steps, in the content format of the
 * README, for measuring how `check` and the build grow with the size of a
 * flow. It uses what real flows use: phases with durations, references to a
 * Markdown document, web links, inferred next steps, titles and words of
 * ours, footnotes, step links in running text, loops back to earlier steps,
 * and end steps that many steps lead to. Deterministic: the same N gives the
 * same files.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** The routebook's folder name and id. */
export const LARGE_FLOW_ID = "groot-po";

const PHASES = [
  { name: "2", duration: "looptijd 2 weken" },
  { name: "3a", duration: "looptijd 2-10 weken" },
  { name: "3b", duration: "looptijd 6 weken" },
];
const CHAPTERS = 5;

const stepId = (index: number) => `stap-${index + 1}`;
/** The step's phase: the flow passes phase 2, 3a and 3b in thirds. */
const phaseOf = (index: number, steps: number) => PHASES[Math.min(PHASES.length - 1, Math.floor((index * PHASES.length) / steps))]!;

/** What a generated flow holds. */
export interface LargeFlowOptions {
  /** Only what the graph and the phases need (title, phase, options, end): about a fifth of the text, for tests that need many steps but little memory. */
  compact?: boolean;
}

/** One step in the flow format. Every 10th step ends; the others lead on, some back. */
function step(index: number, steps: number, { compact = false }: LargeFlowOptions): string {
  const id = stepId(index);
  const last = index === steps - 1;
  const end = last || (index % 10 === 9 && index > 0);
  const title =
    index % 7 === 3
      ? `## :redactie[Stap ${index + 1}: overleg met de ouders] {#${id}}`
      : `## Is er bij stap ${index + 1} sprake van verzuim van meer dan ${(index % 16) + 1} uur? {#${id}}`;
  const phase = phaseOf(index, steps);
  const lines = [title, ""];
  if (!compact)
    lines.push(
      `Bij deze stap bespreekt de school het verzuim van de leerling (situatie ${index + 1}).${index % 5 === 0 ? "[^1]" : ""}`,
      "",
    );
  lines.push(`**Fase:** ${phase.name} · ${phase.duration}`, "");
  if (!compact)
    lines.push(
      "**Acties:**",
      "",
      "1. Bespreek het verzuim met de ouders.",
      `2. Registreer het verzuim binnen ${(index % 5) + 1} dagen.`,
      "",
    );
  if (!compact && index > 0 && index % 4 === 0) lines.push(`Lees eerst [de vorige stap](stap:${stepId(index - 1)}) nog eens.`, "");
  if (end) {
    lines.push(`**Einde:** De route eindigt bij stap ${index + 1}.`, "");
  } else {
    const next = [index + 1, index + 2].filter((to) => to < steps);
    const options = next.map((to, n) => `- [${n === 0 ? "Ja" : "Nee"}](#${stepId(to)})`);
    // A loop back a few steps, so the flow has cycles as real routebooks do (West-Brabant's stappenplan).
    if (index % 6 === 5)
      options.push(`- [Opnieuw bespreken](#${stepId(index - 5)}) :afgeleid[De bron toont niet waar deze knop heen gaat.]`);
    // Many steps lead to the same end: a step with a high in-degree.
    if (index % 3 === 1 && steps > 9) options.push(`- [Verzuim stopt](#${stepId(9)})`);
    lines.push(...options, "");
  }
  if (compact) return lines.join("\n");
  lines.push("**Lees verder:**", "", `- Werkwijze, Hoofdstuk ${(index % CHAPTERS) + 1}: Onderwerp ${(index % CHAPTERS) + 1}`, "");
  if (index % 3 === 0) lines.push("**Links:**", "", `- [Stappenplan ${index + 1}](https://example.org/stappenplan-${index % 50}.pdf)`, "");
  if (index % 5 === 0) lines.push(`[^1]: Een voetnoot bij stap ${index + 1}.`, "");
  return lines.join("\n");
}

/** flow.md of N steps (N ≥ 1). */
export function largeFlowMarkdown(steps: number, options: LargeFlowOptions = {}): string {
  const phases = PHASES.map(
    (phase) =>
      `  - name: "${phase.name}"\n    title: Fase ${phase.name}\n    editorial: [explanation]\n    explanation: Wat er in fase ${phase.name} gebeurt.\n    reference: "Werkwijze, Hoofdstuk 1: Onderwerp 1"`,
  );
  const used = PHASES.filter((phase) => Array.from({ length: steps }, (_, index) => phaseOf(index, steps)).includes(phase));
  const front = [
    "---",
    `title: Synthetische tool van ${steps} stappen`,
    `start: ${stepId(0)}`,
    "source: gegenereerd voor de benchmark",
    "corrections:",
    `  - step: ${stepId(0)}`,
    '    source: "verzuimm"',
    '    corrected: "verzuim"',
    "    reason: een tikfout",
    "checks:",
    "  - Niets te controleren, deze tool is gegenereerd.",
    "phases:",
    ...phases.filter((_, index) => used.includes(PHASES[index]!)),
    "---",
    "",
    ":::redactie",
    "Een gegenereerde tool om de schaal van de pipeline te meten.",
    ":::",
    "",
  ];
  return [...front, ...Array.from({ length: steps }, (_, index) => step(index, steps, options))].join("\n");
}

const ROUTEBOOK = `---
id: ${LARGE_FLOW_ID}
title: Synthetisch routeboek
organisation: Routeboek-benchmark
sectors: [po]
region: Benchmarkregio
documents:
  - alias: Werkwijze
    title: Werkwijze bij verzuim (gegenereerd)
    markdown: bronnen/werkwijze.md
---

Een gegenereerd routeboek: [de eerste stap](stap:${stepId(0)}).
`;

const DOCUMENT = Array.from(
  { length: CHAPTERS },
  (_, index) => `# Hoofdstuk ${index + 1}: Onderwerp ${index + 1}\n\nTekst van hoofdstuk ${index + 1}.\n`,
).join("\n");

/** Writes a content folder holding one routebook whose flow has N steps; returns the content folder. */
export async function writeLargeFlowContent(root: string, steps: number, options: LargeFlowOptions = {}): Promise<string> {
  const dir = join(root, LARGE_FLOW_ID);
  await mkdir(join(dir, "bronnen"), { recursive: true });
  await writeFile(join(dir, "routeboek.md"), ROUTEBOOK);
  await writeFile(join(dir, "flow.md"), largeFlowMarkdown(steps, options));
  await writeFile(join(dir, "bronnen", "werkwijze.md"), DOCUMENT);
  return root;
}

// `node bench/large-flow.ts <dir> <steps>` writes the content folder, for profiling by hand.
if (import.meta.main) {
  const [dir, steps] = process.argv.slice(2);
  if (!dir || !Number(steps)) {
    console.error("usage: node bench/large-flow.ts <content-dir> <steps>");
    process.exit(2);
  }
  await writeLargeFlowContent(dir, Number(steps));
}
