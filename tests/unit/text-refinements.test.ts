/**
 * Issue 20, weak cases P07 and N17/Y14: markers that mark nothing, and anchors
 * that would take an id the page itself uses.
 */
import { describe, expect, it } from "vitest";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { formatProblem } from "../../pipeline/problems.ts";

const flow = (text: string) => `---\ntitle: Proef\n---\n\n## Start {#start}\n\n${text}\n\n- [Verder](#einde)\n\n## Einde {#einde}\n\n**Einde:** Klaar.\n`;

describe("an empty :redactie[] marker (P07)", () => {
  it.each([
    ["empty", "Tekst :redactie[] hier."],
    ["only spaces", "Tekst :redactie[   ] hier."],
  ])("is refused at its place when %s", (_, text) => {
    const problems = parseFlow(flow(text), "flow.md").problems.map(formatProblem);
    expect(problems).toEqual([expect.stringMatching(/^flow\.md:7:7: :redactie\[\] is empty\n\s+→ put our own words inside the brackets/)]);
  });

  it("still accepts a marker with words", () => {
    expect(parseFlow(flow("Tekst :redactie[onze uitleg] hier."), "flow.md").problems).toEqual([]);
  });
});
