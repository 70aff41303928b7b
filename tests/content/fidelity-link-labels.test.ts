// The dates in the editors' link labels and inferred editions against their addresses (review F28): each change the
// content-mutation bench let through before, applied alone to a temporary copy of its routebook, now fails.
import { describe, expect, it } from "vitest";
import { describeProblems, fidelityProblems } from "../fidelity/check.ts";
import { labelMismatches, uploadFolder } from "../fidelity/checks/link-labels.ts";
import { readBook } from "../fidelity/mutations/book.ts";
import { candidates } from "../fidelity/mutations/generate.ts";
import { changedCopies } from "../support/changed-copy.ts";
import type { MutationKind } from "../fidelity/mutations/types.ts";

const OLD = "https://pro.sppoh.nl/wp-content/uploads/sites/3/2024/09/2024-Praktische-handreiking-Routeboek-definitief.pdf";
const NEW = "https://pro.sppoh.nl/wp-content/uploads/sites/3/2025/09/Praktische-handreiking-11-9.pdf";

describe("a link label's dates", () => {
  it("read the upload folder of a WordPress address", () => {
    expect(uploadFolder(OLD)).toEqual({ year: 2024, month: 9 });
    expect(uploadFolder("https://www.swvzhw.nl/voor-scholen/routeboek-vo/")).toBeUndefined();
  });

  it("must be the folder's year and month, and an edition must be a year", () => {
    expect(labelMismatches("Praktische handreiking, oude versie (2024)", OLD)).toEqual([]);
    expect(labelMismatches("Praktische handreiking, september 2025", NEW)).toEqual([]);
    expect(labelMismatches("Praktische handreiking, september 2025", OLD)).not.toEqual([]);
    expect(labelMismatches("Praktische handreiking, oktober 2025", NEW)).not.toEqual([]);
    // "3" and "9" stand in the address, but in its folder, not in the file's name: they date nothing.
    expect(labelMismatches("Praktische handreiking, oude versie (3)", OLD)).not.toEqual([]);
    expect(labelMismatches("Praktische handreiking, oude versie (9)", OLD)).not.toEqual([]);
    expect(labelMismatches("Praktische handreiking, september 2", NEW)).not.toEqual([]);
    expect(
      labelMismatches("Toolkit zorgplicht 1.1", "https://www.swvzhw.nl/wp-content/uploads/2025/07/Zorgplicht-toolkit-1.1.pdf"),
    ).toEqual([]);
  });
});

describe("the link-labels check on the content", () => {
  const changed = changedCopies(["link labels"]);
  /** The check's problems in a fresh copy of routebook `id` with `file` changed by `change`. */
  const problemsAfter = async (id: string, file: string, change: (text: string) => string) =>
    (await changed(id, [file, change])).filter((problem) => problem.check === "link labels");

  it("finds nothing in the real content", async () => {
    const problems = (await fidelityProblems("content")).filter((problem) => problem.check === "link labels");
    expect(describeProblems(problems)).toBe("");
  });

  // The bench's changes (seed 21) that went through every check before this one.
  const missed: [string, MutationKind, string][] = [
    ["sppoh-po", "numbers", 'flow.md:74 "2025" → "2024"'],
    ["sppoh-po", "numbers", 'flow.md:241 "2024" → "3"'],
    ["sppoh-po", "numbers", 'flow.md:242 "2025" → "2"'],
    ["sppoh-po", "numbers", 'flow.md:280 "2025" → "8"'],
    ["swvzhw-vo", "numbers", 'flow.md:656 "2024" → "1"'],
    ["swvzhw-vo", "numbers", 'flow.md:658 "2024" → "9"'],
    ["sppoh-po", "numbers", 'routeboek.md:35 "09" → "10"'],
    ["sppoh-po", "introductions", 'routeboek.md:35 "2025" → "2026"'],
  ];
  it.each(missed)("fails on %s %s %s", async (id, kind, description) => {
    const mutation = candidates(await readBook("content", id), kind).find((candidate) => candidate.description === description);
    expect(mutation, `no ${kind} change "${description}" in ${id}`).toBeDefined();
    expect(await problemsAfter(id, mutation!.file, mutation!.apply)).not.toEqual([]);
  });

  it("fails when a 2024 file is labelled as the September 2025 edition (P27)", async () => {
    const problems = await problemsAfter("sppoh-po", "flow.md", (text) =>
      text.replace("[Praktische handreiking, oude versie (2024)]", "[Praktische handreiking, september 2025]"),
    );
    expect(problems.map((problem) => problem.message)).toContain(
      'the link "Praktische handreiking, september 2025" names 2025, the address is from 2024: label it as its address dates it',
    );
  });

  it("fails when an inferred edition is not the folder of the addresses it is read from", async () => {
    const problems = await problemsAfter("sppoh-po", "routeboek.md", (text) =>
      text.replace("version: september 2025\ndate: 2025-09", "version: oktober 2025\ndate: 2025-10"),
    );
    expect(problems.map((problem) => problem.where)).toEqual(["version", "version"]);
  });
});
