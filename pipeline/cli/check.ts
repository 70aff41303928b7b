import { formatProblem, formatProblems, formatUnverified } from "../problems.ts";
import { readContentFolder } from "./content-folder.ts";

/** `routeboek check`: validates all content; 1 when it has problems, each listed. */
export async function check({ content }: { content: string }): Promise<number> {
  const { routebooks, problems, warnings, unverified } = await readContentFolder(content);
  for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
  if (unverified.length) console.warn(formatUnverified(unverified));
  if (problems.length) {
    console.error(`${formatProblems(problems)}\n\n${problems.length} problem${problems.length === 1 ? "" : "s"} found.`);
    return 1;
  }
  const steps = routebooks.reduce((sum, routebook) => sum + routebook.flow.steps.length, 0);
  console.log(`All content is valid: ${routebooks.length} routebook(s), ${steps} steps.`);
  return 0;
}
