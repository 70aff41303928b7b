import type { Problem } from "../problems/problems.ts";
import type { Flow } from "../schema/flow.ts";

/**
 * Phases named by steps against phases described in the frontmatter. A phase a
 * step names without a description is a warning: the step still shows its name
 * and duration, only without title or explanation. A description no step uses,
 * or a phase described twice, is a problem: it is a typo or a leftover.
 */
export function checkPhases(flow: Pick<Flow, "phases" | "steps">, file: string): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const described = new Map<string, Flow["phases"][number]>();
  for (const phase of flow.phases) {
    const first = described.get(phase.name);
    if (first)
      problems.push({
        file,
        ...phase.place,
        message: `phase "${phase.name}" is described twice (first at line ${first.place.line})`,
        hint: "describe each phase once under `phases:`",
      });
    else described.set(phase.name, phase);
  }
  const used = new Set<string>();
  for (const step of flow.steps) {
    if (!step.phase || used.has(step.phase.name)) continue;
    used.add(step.phase.name);
    // Once per phase, at its first use: one entry under `phases:` fixes them all.
    if (!described.has(step.phase.name)) {
      warnings.push({
        file,
        ...step.phase.place,
        message: `phase "${step.phase.name}" is not described under \`phases:\` in the frontmatter`,
        hint: `add \`- name: "${step.phase.name}"\` with its title and where the routebook explains it`,
      });
    }
  }
  for (const phase of described.values()) {
    if (!used.has(phase.name)) {
      const names = [...used].map((name) => `"${name}"`).join(", ");
      problems.push({
        file,
        ...phase.place,
        message: `phase "${phase.name}" is described, but no step is in it`,
        hint: names
          ? `the steps name the phases ${names}; correct the name or remove the entry`
          : "no step names a phase (`**Fase:** 2`): remove `phases:`",
      });
    }
  }
  return { problems, warnings };
}
