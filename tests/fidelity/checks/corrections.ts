// Every correction of a flow keeps to the bound on corrections (tests/fidelity/corrections/bound.ts):
// an OCR fix is a reading fix of a few characters, a larger change is marked as the editors'
// normalisation, and neither changes a number, a negation or a name.
import { correctionProblems } from "../corrections/bound.ts";
import { tokensOf } from "../corrections/tokens.ts";
import type { FidelityCheck } from "../types.ts";

const short = (text: string) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 50 ? `${line.slice(0, 47)}…` : line;
};

export const corrections: FidelityCheck = ({ routebook, seed }) => {
  const list = routebook.flow.corrections;
  if (list.length === 0) return [];
  const bodies = new Set(routebook.glossary.flatMap((entry) => tokensOf(entry.term).map((token) => token.key)));
  return list.flatMap((correction, index) =>
    correctionProblems(correction, seed, bodies).map((message) => ({
      check: "corrections",
      file: `content/${routebook.id}/flow.md`,
      where: `correction ${index + 1}${correction.step ? ` (${correction.step})` : ""}`,
      message: `"${short(correction.source)}" → "${short(correction.corrected)}": ${message}`,
    })),
  );
};
