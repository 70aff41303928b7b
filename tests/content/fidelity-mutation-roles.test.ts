// The bench's role swaps take their roles from the facts checks' one vocabulary (tests/fidelity/facts/vocabulary.ts),
// and never swap a role for another name of itself.
import { describe, expect, it } from "vitest";
import { ROLE_GROUPS, ROLE_SPELLINGS, roleKey } from "../fidelity/facts/vocabulary.ts";
import { readBook } from "../fidelity/mutations/book.ts";
import { candidates } from "../fidelity/mutations/generate.ts";

/** The group of a vocabulary name, by its index in ROLE_GROUPS; undefined for a name the vocabulary lacks. */
const groupOf = (name: string) => {
  const key = roleKey(name);
  const index = ROLE_GROUPS.findIndex((group) => group.some((role) => roleKey(role) === key));
  return index < 0 ? undefined : index;
};

describe("role swaps", () => {
  it("swap names of the vocabulary for a name of another role", async () => {
    const book = await readBook("content", "west-brabant-thuiszitterspact");
    const swaps = candidates(book, "role swaps").map((change) => /"([^"]+)" → "([^"]+)"$/.exec(change.description)!);
    expect(swaps.length).toBeGreaterThan(50);
    const known = swaps.filter(([, before, after]) => groupOf(before!) !== undefined && groupOf(after!) !== undefined);
    // Names outside the vocabulary come from the routebook's glossary only.
    expect(known.length).toBeGreaterThan(swaps.length / 2);
    for (const [description, before, after] of known) expect(groupOf(before!), description).not.toBe(groupOf(after!));
    const names = new Set(swaps.flatMap(([, before, after]) => [before!.toLowerCase(), after!.toLowerCase()]));
    expect([...names]).toEqual(expect.arrayContaining(["ouder(s)", "jeugdige"]));
  });

  it("swap a role the facts checks know and the bench's own list lacked ('adviseur', Den Haag)", async () => {
    const book = await readBook("content", "den-haag-tien-stappen");
    const befores = candidates(book, "role swaps").map((change) => /"([^"]+)" → "[^"]+"$/.exec(change.description)![1]!.toLowerCase());
    expect(befores).toContain("adviseur");
  });

  it("fold each spelling into the role it spells", () => {
    for (const [spelling, key] of Object.entries(ROLE_SPELLINGS)) expect(groupOf(spelling), spelling).toBe(groupOf(key));
  });
});
