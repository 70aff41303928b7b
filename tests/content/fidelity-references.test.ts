// "Lees verder" references, a summary's link texts and the editors' words in footnotes: each change
// below once went through every check, because the build resolves a reference by half its words,
// link texts of chapters were not read, and footnotes were not among the editors' words.
import { describe, expect, it } from "vitest";
import { describeProblems } from "../fidelity/check.ts";
import { changedCopies, replacing } from "../support/changed-copy.ts";

const changed = changedCopies();

/** The problems of every check on routebook `id` after replacing the first `from` in `file` by `to`. */
const problemsAfter = (id: string, file: string, from: string, to: string) => changed(id, [file, replacing(from, to)]);

const checksOf = (problems: readonly { check: string }[]) => [...new Set(problems.map((problem) => problem.check))];

describe("references, link texts and footnotes, on a copy with one change", () => {
  it.each([
    ["a role", "west-brabant-thuiszitterspact", "Thuiszitterspact, Stap 4. Kan een leerling", "Thuiszitterspact, Stap 4. Kan een school"],
    [
      "a negation",
      "west-brabant-thuiszitterspact",
      "Stap 4. Kan een leerling (voorlopig) niet naar school? Dan",
      "Stap 4. Kan een leerling (voorlopig) naar school? Dan",
    ],
    [
      "a number",
      "den-haag-tien-stappen",
      "**Lees verder:** De route in tien stappen, 4. Verzuim stopt",
      "**Lees verder:** De route in tien stappen, 5. Verzuim stopt",
    ],
  ])("fails on %s in a reference to a chapter on the site", async (_kind, id, from, to) => {
    const problems = await problemsAfter(id, "flow.md", from, to);
    expect(checksOf(problems)).toContain("references");
    expect(describeProblems(problems)).toContain("whose words it does not give");
  });

  it("fails on a changed word in a tool's reference to a document not on the site", async () => {
    const problems = await problemsAfter("sppoh-po", "flow.md", "Hoofdstuk 5: Afwezige leerlingen", "Hoofdstuk 5: Aanwezige leerlingen");
    expect(problems).not.toEqual([]);
  });

  it("fails on a year in a summary's link text that its address does not give", async () => {
    const problems = await problemsAfter(
      "west-brabant-thuiszitterspact",
      "bronnen/pact.md",
      "[Brief over de verzuimcijfers 2020-2021",
      "[Brief over de verzuimcijfers 2017-2021",
    );
    expect(checksOf(problems)).toContain("link labels");
  });

  it("fails on a negation dropped from the editors' words in a footnote", async () => {
    const problems = await problemsAfter(
      "west-brabant-thuiszitterspact",
      "bronnen/pact.md",
      "Uit de tekst blijkt niet of",
      "Uit de tekst blijkt of",
    );
    expect(checksOf(problems)).toContain("claims");
  });
});
