import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Signal } from "../../pipeline/schema/signals.ts";
import { applies, evaluate, rangeLabel, type SignalRules } from "../../shared/signals/evaluate.ts";
import { readAmount } from "../../shared/signals/read-amount.ts";
import { EMPTY_SIGNAL_EDGES, hasSignalsPage, parseSignals } from "../../pipeline/signals/read.ts";

const FILE = "content/x/signalen.yml";
const signal = (bounds: Partial<Signal>): Signal => ({
  id: "s",
  measure: "te-laat-keer",
  signal: "S",
  action: "A",
  source: "Bron",
  ...bounds,
});
const ruleSet = (signals: Signal[], more: Partial<SignalRules> = {}): SignalRules => ({
  signals,
  unclear: [],
  conversions: [],
  questions: [],
  ...more,
});

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
    for (const [bounds, value, expected] of cases)
      expect(applies(signal(bounds), value), `${JSON.stringify(bounds)} at ${value}`).toBe(expected);
  });

  it("apply only to measures that were entered", () => {
    const rules = ruleSet([signal({ id: "laat", atLeast: 1 }), signal({ id: "uren", measure: "ongeoorloofd-uren-4-weken", above: 16 })]);
    expect(evaluate(rules, {})).toMatchObject({ kind: "empty", signals: [] });
    expect(evaluate(rules, { "te-laat-keer": 3 }).signals).toEqual(["laat"]);
    expect(evaluate(rules, { "te-laat-keer": 3, "ongeoorloofd-uren-4-weken": 20 }).signals).toEqual(["laat", "uren"]);
  });

  it("never takes the pupil's age alone for a signal, and names its rule beside one", () => {
    const withAge = ruleSet([signal({ id: "laat", atLeast: 1 }), signal({ id: "jong", measure: "leeftijd", below: 12 })]);
    expect(evaluate(withAge, { leeftijd: 10 })).toMatchObject({ kind: "none", signals: [] });
    expect(evaluate(withAge, { leeftijd: 10, "te-laat-keer": 3 }).signals).toEqual(["laat", "jong"]);
  });

  it("are shown in words", () => {
    const ranges = [
      { above: 16 },
      { atLeast: 8, atMost: 11 },
      { atMost: 7 },
      { below: 16 },
      { atLeast: 16, atMost: 16 },
      { atLeast: 1.5, below: 2 },
    ];
    expect(ranges.map((bounds) => rangeLabel(signal(bounds)))).toEqual([
      "meer dan 16",
      "8 t/m 11",
      "t/m 7",
      "minder dan 16",
      "precies 16",
      "vanaf 1,5, minder dan 2",
    ]);
  });
});

/** A file of entries under `signals:`, each written as its own lines. */
const entry = (id: string, lines: string[]) => [
  `  - id: ${id}`,
  ...lines.map((line) => `    ${line}`),
  "    signal: S",
  "    action: A",
  "    source: B",
];

describe("signalen.yml", () => {
  it("reports every problem with file:line:column", () => {
    const { problems } = parseSignals(
      [
        "signals:",
        ...entry("a", ["measure: te-laat", "atLeast: 1"]),
        ...entry("b", ["measure: te-laat-keer", "above: 1", "atLeast: 2", "link: https://example.org"]),
        ...entry("c", ["measure: leeftijd"]),
        ...entry("d", ["measure: te-laat-keer", "atLeast: 8", "atMost: 3"]),
        ...entry("e", ["measure: te-laat-keer", "above: 5", "below: 5"]),
      ].join("\n"),
      FILE,
    );
    const byLine = [...problems].sort((a, b) => a.line! - b.line!);
    expect(byLine.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([
      expect.stringMatching(/^3:14 `signals\[0\]\.measure` /),
      expect.stringMatching(/^11:14 `signals\[1\]\.atLeast` give one lower bound/),
      expect.stringMatching(/^12:11 `signals\[1\]\.link` a link is `stap:<step-id>`/),
      expect.stringMatching(/^17:14 `signals\[2\]\.measure` a range needs a bound/),
      expect.stringMatching(/^24:13 `signals\[3\]\.atMost` the range is empty: its lower bound 8 is not below its upper bound 3/),
      expect.stringMatching(/^31:12 `signals\[4\]\.below` the range is empty/),
    ]);
    // Every bound rule names its fix.
    expect(problems.filter((problem) => /range|bound/.test(problem.message)).every((problem) => problem.hint)).toBe(true);
  });

  it("refuses an id used twice, also between a threshold and a gap", () => {
    const text = [
      "signals:",
      ...entry("a", ["measure: te-laat-keer", "atLeast: 1"]),
      ...entry("a", ["measure: te-laat-keer", "atLeast: 1"]),
      "gaps:",
      "  - { id: b, measure: te-laat-keer, atMost: 0, sides: [a, a], note: N, ask: Q }",
      "  - { id: a, measure: te-laat-keer, atMost: 0, sides: [a, nergens], note: N, ask: Q }",
    ].join("\n");
    const { problems } = parseSignals(text, FILE);
    expect(problems.map((problem) => `${problem.line} ${problem.message}`)).toEqual([
      '8 the id "a" is used twice (first at line 2)',
      '16 the id "a" is used twice (first at line 2)',
      '16 "nergens" names no threshold in this file',
    ]);
  });

  it("refuses the old list form with a hint, and reads an empty file as no thresholds", () => {
    expect(
      parseSignals(
        entry("a", ["measure: te-laat-keer", "atLeast: 1"])
          .map((line) => line.slice(2))
          .join("\n"),
        FILE,
      ).problems,
    ).toEqual([
      expect.objectContaining({
        line: 1,
        message: expect.stringContaining("is a list"),
        hint: expect.stringContaining("`signals:`"),
      }),
    ]);
    expect(parseSignals("", FILE)).toMatchObject({ signals: [], problems: [] });
  });

  it("refuses a gap, contradiction or question of a measure the page has no field for, at its line", () => {
    const text = [
      "signals:",
      ...entry("a", ["measure: te-laat-keer", "atLeast: 1"]),
      ...entry("d", ["measure: spijbelen-dagdelen", "atLeast: 1"]),
      "conversions:",
      "  - { from: spijbelen-dagdelen, to: spijbelen-dagen, factor: 0.5, note: N }",
      "gaps:",
      "  - { id: g, measure: spijbelen-uren, atMost: 0, sides: [a, a], note: N, ask: Q }",
      "  - { id: h, measure: spijbelen-dagen, atMost: 0, sides: [a, a], note: N, ask: Q }",
      "contradictions:",
      "  - { id: c, measure: leeftijd, atLeast: 0, sides: [a, a], note: N, ask: Q }",
      "questions:",
      "  - id: q",
      "    question: V",
      "    measures: [te-laat-keer, ziektedagen-aaneengesloten]",
      "    says: [{ words: W, source: B }]",
    ].join("\n");
    const { problems } = parseSignals(text, FILE);
    // Dagen is reached through the conversion from dagdelen, so its gap can be answered.
    expect(problems.map((problem) => `${problem.line} ${problem.message}`)).toEqual([
      expect.stringMatching(/^17 the gap "g" is about "spijbelen-uren", which has no field on the page/),
      expect.stringMatching(/^20 the contradiction "c" is about "leeftijd", which has no field on the page/),
      expect.stringMatching(/^24 the question "q" names "ziektedagen-aaneengesloten", which has no field on the page/),
    ]);
    expect(problems.every((problem) => problem.hint?.includes("`signals:`"))).toBe(true);
  });
});

describe("the check that a measure's bands leave no undeclared gap", () => {
  const hours = ["measure: ongeoorloofd-uren-4-weken"];
  const twoBands = ["signals:", ...entry("minder", [...hours, "below: 16"]), ...entry("meer", [...hours, "above: 16"])];
  const gap = [
    "gaps:",
    "  - { id: zestien, measure: ongeoorloofd-uren-4-weken, atLeast: 16, atMost: 16,",
    "      sides: [minder, meer], note: N, ask: Q }",
  ];

  it("fails on exactly 16 hours named by neither band, at the band below, with a hint", () => {
    const { problems } = parseSignals(twoBands.join("\n"), FILE);
    expect(problems).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 2,
        message: expect.stringContaining("leave precies 16 uur uncovered"),
        hint: expect.stringContaining("`gaps:`"),
      }),
    ]);
  });

  it("passes once the gap is declared", () => {
    expect(parseSignals([...twoBands, ...gap].join("\n"), FILE).problems).toEqual([]);
  });

  it("counts whole measures in whole numbers: 7 and 8 meet, 7 and 9 do not", () => {
    const late = (lower: number) => [
      "signals:",
      ...entry("tot", ["measure: te-laat-keer", "above: 0", "atMost: 7"]),
      ...entry("vanaf", ["measure: te-laat-keer", `atLeast: ${lower}`]),
    ];
    expect(parseSignals(late(8).join("\n"), FILE).problems).toEqual([]);
    expect(parseSignals(late(9).join("\n"), FILE).problems.map((problem) => `${problem.line} ${problem.message}`)).toEqual([
      expect.stringMatching(/^2 .*leave precies 8 keer uncovered/),
    ]);
  });

  it("reads bands in two units of one passage through the data's conversion, and finds the gap between them", () => {
    const truancy = [
      "signals:",
      ...entry("dagdelen", ["measure: spijbelen-dagdelen", "above: 0", "atMost: 2"]),
      ...entry("dag", ["measure: spijbelen-dagen", "atLeast: 1", "below: 1.5"]),
      ...entry("twee", ["measure: spijbelen-dagen", "atLeast: 2"]),
      "conversions:",
      "  - { from: spijbelen-dagdelen, to: spijbelen-dagen, factor: 0.5, note: N }",
    ];
    expect(parseSignals(truancy.join("\n"), FILE).problems.map((problem) => `${problem.line} ${problem.message}`)).toEqual([
      expect.stringMatching(/^9 .*leave vanaf 1,5, minder dan 2 dagen uncovered/),
    ]);
    const declared = [
      ...truancy,
      "gaps:",
      "  - { id: g, measure: spijbelen-dagen, atLeast: 1.5, below: 2, sides: [dag, twee], note: N, ask: Q }",
    ];
    expect(parseSignals(declared.join("\n"), FILE).problems).toEqual([]);
  });

  it("does not let a band of another passage fill a passage's gap", () => {
    const other = entry("elders", [...hours, "atLeast: 0"]).map((line) => line.replace("source: B", "source: C"));
    expect(parseSignals([...twoBands, ...other].join("\n"), FILE).problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('from "B" leave precies 16 uur uncovered') }),
    ]);
  });

  it("gives every routebook one empty value for no edges, and a thresholds page only with thresholds", async () => {
    const { routebooks } = await readContent("content");
    const without = routebooks.filter((book) => book.signals.length === 0);
    expect(without.length).toBeGreaterThan(0);
    for (const book of without) {
      expect(book.signalEdges, book.id).toBe(EMPTY_SIGNAL_EDGES);
      expect(hasSignalsPage(book), book.id).toBe(false);
    }
    expect(routebooks.filter(hasSignalsPage).map((book) => book.id)).toEqual(
      routebooks.filter((book) => book.signals.length > 0).map((book) => book.id),
    );
  });

  it("passes on every routebook's file in the content", async () => {
    const roots = ["content", "tests/fixtures/content"];
    const problems = (await Promise.all(roots.map((root) => readContent(root)))).flatMap((result) => result.problems);
    expect(problems.filter((problem) => problem.file.endsWith("signalen.yml"))).toEqual([]);
  });
});

describe("what a coordinator types", () => {
  it("reads a Dutch decimal comma as a comma, and a point too, and says how it read it", () => {
    expect(readAmount("15,5", "ongeoorloofd-uren-4-weken")).toEqual({
      kind: "value",
      value: 15.5,
      echo: "gelezen als 15,5 uur",
    });
    expect(readAmount(" 15.5 ", "ongeoorloofd-uren-4-weken")).toEqual({
      kind: "value",
      value: 15.5,
      echo: "gelezen als 15,5 uur",
    });
    expect(readAmount("1,5", "spijbelen-dagen")).toMatchObject({ value: 1.5, echo: "gelezen als 1,5 dagen" });
    expect(readAmount("", "te-laat-keer")).toEqual({ kind: "empty" });
  });

  it("takes whole numbers only where the measure counts whole things", () => {
    expect(readAmount("7,5", "te-laat-keer")).toMatchObject({
      kind: "error",
      message: expect.stringContaining("heel getal"),
    });
    expect(readAmount("3.5", "ziekmeldingen-12-weken")).toMatchObject({ kind: "error" });
    expect(readAmount("8", "te-laat-keer")).toMatchObject({ kind: "value", value: 8 });
  });

  it("refuses negative values, non-numbers and values no pupil can have, with a message", () => {
    expect(readAmount("-3", "leeftijd")).toMatchObject({ kind: "error", message: expect.stringContaining("negatief") });
    expect(readAmount("-0,5", "ongeoorloofd-uren-4-weken")).toMatchObject({
      kind: "error",
      message: expect.stringContaining("negatief"),
    });
    for (const text of ["abc", "1e9", "15 uur", ",5", "1,2,3"])
      expect(readAmount(text, "ongeoorloofd-uren-4-weken"), text).toMatchObject({ kind: "error" });
    expect(readAmount("161", "ongeoorloofd-uren-4-weken")).toMatchObject({
      kind: "error",
      message: expect.stringContaining("160 uur"),
    });
    expect(readAmount("160", "ongeoorloofd-uren-4-weken")).toMatchObject({ kind: "value", value: 160 });
    expect(readAmount("200", "leeftijd")).toMatchObject({ kind: "error", message: expect.stringContaining("25 jaar") });
    expect(readAmount("2", "leeftijd")).toMatchObject({ kind: "error" });
    // A Dutch reader takes "1.000" for a thousand: ask, rather than read 1.
    expect(readAmount("1.000", "te-laat-keer")).toMatchObject({ kind: "error" });
  });
});

describe("the answer", () => {
  const hours = (id: string, bounds: Partial<Signal>) => signal({ id, measure: "ongeoorloofd-uren-4-weken", ...bounds });
  const truancy: SignalRules = ruleSet(
    [
      signal({ id: "dagdelen", measure: "spijbelen-dagdelen", above: 0, atMost: 2 }),
      signal({ id: "dag", measure: "spijbelen-dagen", atLeast: 1, below: 1.5 }),
      signal({ id: "twee", measure: "spijbelen-dagen", atLeast: 2 }),
      signal({ id: "meerdere", measure: "spijbelen-dagdelen", atLeast: 2 }),
    ],
    {
      unclear: [{ id: "gat", measure: "spijbelen-dagen", atLeast: 1.5, below: 2 }],
      conversions: [
        { from: "spijbelen-dagdelen", to: "spijbelen-dagen", factor: 0.5 },
        { from: "spijbelen-uren", to: "spijbelen-dagdelen" },
      ],
      questions: [
        { id: "gesprek", measures: ["spijbelen-dagen"] },
        { id: "altijd" },
        { id: "ziek", measures: ["ziektedagen-aaneengesloten"] },
      ],
    },
  );

  it("is one of three: reached, none, or unclear where the data declares a gap", () => {
    const rules = ruleSet(
      [
        hours("minder", { above: 0, below: 16 }),
        hours("meer", { above: 16 }),
        signal({ id: "ziek", measure: "ziekmeldingen-12-weken", atLeast: 4 }),
      ],
      {
        unclear: [{ id: "zestien", measure: "ongeoorloofd-uren-4-weken", atLeast: 16, atMost: 16 }],
      },
    );
    // Written out by hand: value → kind, the thresholds and the gaps.
    const cases: [Record<string, number>, string, string[], string[]][] = [
      [{ "ongeoorloofd-uren-4-weken": 0 }, "none", [], []],
      [{ "ongeoorloofd-uren-4-weken": 15.9 }, "reached", ["minder"], []],
      [{ "ongeoorloofd-uren-4-weken": 16 }, "unclear", [], ["zestien"]],
      [{ "ongeoorloofd-uren-4-weken": 16.1 }, "reached", ["meer"], []],
      [{ "ongeoorloofd-uren-4-weken": 16, "ziekmeldingen-12-weken": 4 }, "unclear", ["ziek"], ["zestien"]],
    ];
    for (const [values, kind, signals, unclear] of cases) {
      expect(evaluate(rules, values), JSON.stringify(values)).toMatchObject({ kind, signals, unclear });
    }
  });

  it("gives the same answers for the same truancy in dagdelen and in dagen", () => {
    const pairs: [number, number][] = [
      [1, 0.5],
      [2, 1],
      [3, 1.5],
      [4, 2],
      [5, 2.5],
    ];
    for (const [dagdelen, dagen] of pairs) {
      const a = evaluate(truancy, { "spijbelen-dagdelen": dagdelen });
      const b = evaluate(truancy, { "spijbelen-dagen": dagen });
      expect([a.kind, a.signals, a.unclear], `${dagdelen} dagdelen, ${dagen} dagen`).toEqual([b.kind, b.signals, b.unclear]);
    }
    expect(evaluate(truancy, { "spijbelen-dagdelen": 3 })).toMatchObject({
      kind: "unclear",
      signals: ["meerdere"],
      unclear: ["gat"],
      converted: { "spijbelen-dagen": { from: "spijbelen-dagdelen", value: 1.5 } },
    });
    expect(evaluate(truancy, { "spijbelen-dagen": 1.75 })).toMatchObject({ kind: "unclear", unclear: ["gat"] });
    expect(evaluate(truancy, { "spijbelen-dagen": 0.5 })).toMatchObject({ kind: "reached", signals: ["dagdelen"] });
  });

  it("does not convert without a factor, and uses neither of two amounts that disagree", () => {
    expect(evaluate(truancy, { "spijbelen-uren": 12 })).toMatchObject({ kind: "none", signals: [], converted: {} });
    expect(evaluate(truancy, { "spijbelen-dagdelen": 4, "spijbelen-dagen": 2 })).toMatchObject({
      kind: "reached",
      conflicts: [],
    });
    expect(evaluate(truancy, { "spijbelen-dagdelen": 3, "spijbelen-dagen": 2 })).toMatchObject({
      signals: [],
      conflicts: ["spijbelen-dagdelen", "spijbelen-dagen"],
    });
  });

  it("never says no threshold is reached when two amounts disagree: it says they conflict", () => {
    expect(evaluate(truancy, { "spijbelen-dagdelen": 3, "spijbelen-dagen": 2 }).kind).toBe("conflict");
    // Another measure's threshold is still named beside the conflict.
    const withLate = { ...truancy, signals: [...truancy.signals, signal({ id: "laat", atLeast: 1 })] };
    expect(evaluate(withLate, { "spijbelen-dagdelen": 3, "spijbelen-dagen": 2, "te-laat-keer": 0 }).kind).toBe("conflict");
    expect(evaluate(withLate, { "spijbelen-dagdelen": 3, "spijbelen-dagen": 2, "te-laat-keer": 2 })).toMatchObject({
      kind: "reached",
      signals: ["laat"],
      conflicts: ["spijbelen-dagdelen", "spijbelen-dagen"],
    });
  });

  it("names what it reached only through the editors' conversion rule", () => {
    expect(evaluate(truancy, { "spijbelen-dagdelen": 2 })).toMatchObject({
      signals: ["dagdelen", "dag", "meerdere"],
      byRule: ["dag"],
    });
    expect(evaluate(truancy, { "spijbelen-dagen": 1 })).toMatchObject({
      signals: ["dagdelen", "dag", "meerdere"],
      byRule: ["dagdelen", "meerdere"],
    });
    expect(evaluate(truancy, { "spijbelen-dagdelen": 3 }).byRule).toEqual(["gat"]);
    expect(evaluate(truancy, { "spijbelen-dagdelen": 2, "spijbelen-dagen": 1 }).byRule).toEqual([]);
  });

  it("gives each converted value with the rule that made it, rounded, for the page to show", () => {
    const chain: SignalRules = ruleSet([], {
      conversions: [
        { from: "spijbelen-uren", to: "spijbelen-dagdelen", factor: 0.1 },
        { from: "spijbelen-dagdelen", to: "spijbelen-dagen", factor: 0.5 },
      ],
    });
    expect(evaluate(chain, { "spijbelen-dagen": 1 }).converted).toEqual({
      "spijbelen-dagdelen": { from: "spijbelen-dagen", value: 2 },
    });
    expect(evaluate(chain, { "spijbelen-uren": 3 }).converted).toEqual({
      "spijbelen-dagdelen": { from: "spijbelen-uren", value: 0.3 },
    });
  });

  it("lists the questions of the measures entered, and those that always apply", () => {
    expect(evaluate(truancy, { "spijbelen-dagdelen": 1 }).questions).toEqual(["gesprek", "altijd"]);
    expect(evaluate(truancy, { "ziektedagen-aaneengesloten": 3 }).questions).toEqual(["altijd", "ziek"]);
    expect(evaluate(truancy, {}).questions).toEqual([]);
  });
});

describe("every threshold in the content", async () => {
  const roots = ["content", "tests/fixtures/content"];
  const all = (await Promise.all(roots.map((root) => readContent(root)))).flatMap((result) =>
    result.routebooks.flatMap((book) => book.signals.map((s) => ({ book: book.id, signal: s }))),
  );

  it("is there to test", async () => {
    expect(all.length).toBeGreaterThan(0);
    expect((await readdir("tests/fixtures/content/proef-po")).includes("signalen.yml")).toBe(true);
  });

  it.each(all.map(({ book, signal: s }) => [`${book}: ${s.id}`, s] as const))(
    "%s holds just below, at and just above its bounds",
    (_, s) => {
      const at = (value: number) => applies(s, value);
      if (s.above !== undefined)
        expect([at(s.above - 0.5), at(s.above), at(s.above + 0.5)]).toEqual([
          false,
          false,
          s.atMost === undefined || s.above + 0.5 <= s.atMost,
        ]);
      if (s.atLeast !== undefined) expect([at(s.atLeast - 0.5), at(s.atLeast)]).toEqual([false, true]);
      if (s.atMost !== undefined)
        expect([at(s.atMost), at(s.atMost + 0.5)]).toEqual([s.atLeast === undefined || s.atMost >= s.atLeast, false]);
      if (s.below !== undefined)
        expect([at(s.below - 0.5), at(s.below), at(s.below + 0.5)]).toEqual([
          s.atLeast === undefined || s.below - 0.5 >= s.atLeast,
          false,
          false,
        ]);
    },
  );

  it.each(all.map(({ book, signal: s }) => [`${book}: ${s.id}`, s] as const))(
    "%s names its bounds in the source's words, or our note explains the reading",
    (_, s) => {
      // "More than 0" is how data says "any at all" ("Luxe verzuim"): the words need not name it.
      for (const bound of [s.above === 0 ? undefined : s.above, s.atLeast, s.atMost, s.below]) {
        if (bound === undefined) continue;
        // Sources write small numbers as words ("Vier keer ziek").
        const words = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];
        const names = (text: string) =>
          new RegExp(`(^|\\D)${String(bound).replace(".", "\\.")}(\\D|$)`).test(text.replace(/(\d),(\d)/g, "$1.$2")) ||
          new RegExp(`\\b${words[bound] ?? "-"}\\b`, "i").test(text);
        const named = names(s.signal) || (s.note !== undefined && names(s.note));
        expect(named, `"${s.signal}" should name ${bound}`).toBe(true);
      }
    },
  );
});
