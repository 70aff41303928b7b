import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Signal } from "../../pipeline/schema/signals.ts";
import { applies, rangeLabel, signalsFor } from "../../pipeline/signals/evaluate.ts";
import { parseSignals } from "../../pipeline/signals/read.ts";

const FILE = "content/x/signalen.yml";
const signal = (bounds: Partial<Signal>): Signal => ({ id: "s", measure: "te-laat-keer", signal: "S", action: "A", source: "Bron", ...bounds });

describe("a threshold's bounds", () => {
  it("read as the source's words say: meer dan, vanaf, tot en met, minder dan", () => {
    // Written out by hand, not derived from the implementation.
    const cases: [Partial<Signal>, number, boolean][] = [
      [{ above: 16 }, 16, false],
      [{ above: 16 }, 16.5, true],
      [{ atLeast: 12 }, 11, false],
      [{ atLeast: 12 }, 12, true],
      [{ atMost: 7 }, 7, true],
      [{ atMost: 7 }, 8, false],
      [{ below: 16 }, 15.5, true],
      [{ below: 16 }, 16, false],
      [{ atLeast: 8, atMost: 11 }, 7, false],
      [{ atLeast: 8, atMost: 11 }, 8, true],
      [{ atLeast: 8, atMost: 11 }, 11, true],
      [{ atLeast: 8, atMost: 11 }, 12, false],
    ];
    for (const [bounds, value, expected] of cases) expect(applies(signal(bounds), value), `${JSON.stringify(bounds)} at ${value}`).toBe(expected);
  });

  it("apply only to measures that were entered", () => {
    const signals = [signal({ id: "laat", atLeast: 1 }), signal({ id: "uren", measure: "ongeoorloofd-uren-4-weken", above: 16 })];
    expect(signalsFor(signals, {}).map((s) => s.id)).toEqual([]);
    expect(signalsFor(signals, { "te-laat-keer": 3 }).map((s) => s.id)).toEqual(["laat"]);
    expect(signalsFor(signals, { "te-laat-keer": 3, "ongeoorloofd-uren-4-weken": 20 }).map((s) => s.id)).toEqual(["laat", "uren"]);
  });

  it("never takes the pupil's age alone for a signal, and names its rule beside one", () => {
    const withAge = [signal({ id: "laat", atLeast: 1 }), signal({ id: "jong", measure: "leeftijd", below: 12 })];
    expect(signalsFor(withAge, { leeftijd: 10 })).toEqual([]);
    expect(signalsFor(withAge, { leeftijd: 10, "te-laat-keer": 3 }).map((s) => s.id)).toEqual(["laat", "jong"]);
  });

  it("are shown in words", () => {
    expect([{ above: 16 }, { atLeast: 8, atMost: 11 }, { atMost: 7 }, { below: 16 }].map((bounds) => rangeLabel(signal(bounds)))).toEqual([
      "meer dan 16",
      "8 t/m 11",
      "t/m 7",
      "minder dan 16",
    ]);
  });
});

describe("signalen.yml", () => {
  it("reports every problem with file:line:column", () => {
    const { problems } = parseSignals(
      [
        "- id: a",
        "  measure: te-laat",
        "  atLeast: 1",
        "  signal: S",
        "  action: A",
        "  source: B",
        "- id: a",
        "  measure: te-laat-keer",
        "  above: 1",
        "  atLeast: 2",
        "  signal: S",
        "  action: A",
        "  source: B",
        "  link: https://example.org",
        "- id: c",
        "  measure: leeftijd",
        "  signal: S",
        "  action: A",
        "  source: B",
      ].join("\n"),
      FILE,
    );
    const byLine = [...problems].sort((a, b) => a.line! - b.line!);
    expect(byLine.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([
      expect.stringMatching(/^2:12 `\[0\]\.measure` /),
      expect.stringMatching(/^10:12 `\[1\]\.atLeast` give one lower bound/),
      expect.stringMatching(/^14:9 `\[1\]\.link` a link is `stap:<step-id>`/),
      expect.stringMatching(/^16:12 `\[2\]\.measure` a threshold needs a bound/),
    ]);
  });

  it("refuses an id used twice", () => {
    const entry = (id: string) => [`- id: ${id}`, "  measure: te-laat-keer", "  atLeast: 1", "  signal: S", "  action: A", "  source: B"];
    const { problems } = parseSignals([...entry("a"), ...entry("a")].join("\n"), FILE);
    expect(problems).toEqual([expect.objectContaining({ line: 7, message: 'the threshold id "a" is used twice (first at line 1)' })]);
  });
});

describe("every threshold in the content", async () => {
  const roots = ["content", "tests/fixtures/content"];
  const all = (await Promise.all(roots.map((root) => readContent(root)))).flatMap((result) => result.routebooks.flatMap((book) => book.signals.map((s) => ({ book: book.id, signal: s }))));

  it("is there to test", async () => {
    expect(all.length).toBeGreaterThan(0);
    expect((await readdir("tests/fixtures/content/proef-po")).includes("signalen.yml")).toBe(true);
  });

  it.each(all.map(({ book, signal: s }) => [`${book}: ${s.id}`, s] as const))("%s holds just below, at and just above its bounds", (_, s) => {
    const at = (value: number) => applies(s, value);
    if (s.above !== undefined) expect([at(s.above - 0.5), at(s.above), at(s.above + 0.5)]).toEqual([false, false, s.atMost === undefined || s.above + 0.5 <= s.atMost]);
    if (s.atLeast !== undefined) expect([at(s.atLeast - 0.5), at(s.atLeast)]).toEqual([false, true]);
    if (s.atMost !== undefined) expect([at(s.atMost), at(s.atMost + 0.5)]).toEqual([s.atLeast === undefined || s.atMost >= s.atLeast, false]);
    if (s.below !== undefined) expect([at(s.below - 0.5), at(s.below), at(s.below + 0.5)]).toEqual([s.atLeast === undefined || s.below - 0.5 >= s.atLeast, false, false]);
  });

  it.each(all.map(({ book, signal: s }) => [`${book}: ${s.id}`, s] as const))("%s names its bounds in the source's words, or our note explains the reading", (_, s) => {
    // "More than 0" is how data says "any at all" ("Luxe verzuim"): the words need not name it.
    for (const bound of [s.above === 0 ? undefined : s.above, s.atLeast, s.atMost, s.below]) {
      if (bound === undefined) continue;
      // Sources write small numbers as words ("Vier keer ziek").
      const words = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];
      const names = (text: string) =>
        new RegExp(`(^|\\D)${String(bound).replace(".", "\\.")}(\\D|$)`).test(text.replace(/(\d),(\d)/g, "$1.$2")) || new RegExp(`\\b${words[bound] ?? "-"}\\b`, "i").test(text);
      const named = names(s.signal) || (s.note !== undefined && names(s.note));
      expect(named, `"${s.signal}" should name ${bound}`).toBe(true);
    }
  });
});
