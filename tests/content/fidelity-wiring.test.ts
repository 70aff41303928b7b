// The wiring check: every change to where an answer leads, to its label, its kind or the editors'
// reason fails against the reviewed record, and says what the record says and what the flow says.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import type { Option } from "../../pipeline/schema/step.ts";
import { wiringProblems } from "../fidelity/checks/wiring.ts";
import { describeProblems, fidelityProblems } from "../fidelity/check.ts";
import { SOURCES, sourceOf } from "../fidelity/sources.ts";
import { narrowed } from "../fidelity/wiring/compare.ts";
import { parseRecord, recordPath, renderRecord, wiringRows } from "../fidelity/wiring/record.ts";

let routebooks: Routebook[];
const seeds = new Map<string, string>();

beforeAll(async () => {
  routebooks = (await readContent("content")).routebooks;
  for (const source of SOURCES) seeds.set(source.id, await readFile(source.seedFile, "utf8"));
});

const inputOf = (routebook: Routebook) => {
  const source = sourceOf(routebook.id);
  return { routebook, source, pages: source.pages(seeds.get(routebook.id)!) };
};
const record = (id: string) => readFile(recordPath(id), "utf8");

/** SPPOH's routebook with its flow changed in memory; `change` edits a deep copy. */
function sppohWith(change: (options: (step: string) => Option[]) => void): Routebook {
  const copy = structuredClone(routebooks.find((book) => book.id === "sppoh-po")!);
  change((id) => copy.flow.steps.find((step) => step.id === id)!.options);
  return copy;
}

async function problemsOf(routebook: Routebook) {
  return wiringProblems(inputOf(routebook), await record(routebook.id));
}

describe("the wiring records", () => {
  it("match every routebook's flow as it is", async () => {
    for (const routebook of routebooks) expect(await problemsOf(routebook), routebook.id).toEqual([]);
  });

  it("are one per routebook under content/, no more", async () => {
    const records = (await readdir(dirname(recordPath("x")))).filter((name) => name.endsWith(".md"));
    expect(records.sort()).toEqual(routebooks.map((book) => `${book.id}.md`).sort());
  });

  it("list SPPOH's written application “Ja” as inferred by the editors (review F17)", async () => {
    const { rows } = parseRecord(await record("sppoh-po"));
    const ja = rows.find((row) => row.step === "schriftelijke-aanmelding" && row.answer === "Ja");
    expect(ja).toMatchObject({ to: "aanmelding-school", kind: "afgeleid", source: "p. 6" });
    expect(ja!.reason).toMatch(/^De bron toont het doel niet\./);
  });

  it("read back as written, a pipe or backslash in a label included", () => {
    const input = inputOf(routebooks.find((book) => book.id === "sppoh-po")!);
    const rows = wiringRows(input).map(({ line: _line, ...row }) => row);
    rows[0] = { ...rows[0]!, answer: "Ja | Nee \\ of", reason: "een | in de reden" };
    expect(parseRecord(renderRecord(input, rows))).toEqual({ rows, unreadable: [] });
  });
});

describe("the wiring check", () => {
  it("fails when Ja and Nee swap targets on “Is passend aanbod gerealiseerd?”, naming the record", async () => {
    const problems = await problemsOf(
      sppohWith((options) => {
        const [ja, nee] = options("passend-aanbod");
        [ja!.to, nee!.to] = [nee!.to, ja!.to];
      }),
    );
    expect(problems.map((problem) => [problem.file, problem.where])).toEqual([
      ["tests/fidelity/wiring/sppoh-po.md", "passend-aanbod"],
      ["tests/fidelity/wiring/sppoh-po.md", "passend-aanbod"],
    ]);
    expect(problems[0]!.message).toContain(
      'answer "Ja" leads to another step: record says → passend-aanbod-gerealiseerd, flow says → mdo-vastgelopen',
    );
    expect(problems[1]!.message).toContain("record says → mdo-vastgelopen, flow says → passend-aanbod-gerealiseerd");
    expect(problems[0]!.message).toContain("npm run fidelity:records");
  });

  it("fails on an answer re-pointed past the DUO/OT registration step, in flow.md in a copy of content/", async () => {
    const root = await mkdtemp(join(tmpdir(), "wiring-"));
    try {
      await cp("content", root, { recursive: true });
      const flow = join(root, "sppoh-po", "flow.md");
      const text = await readFile(flow, "utf8");
      const button = "- [Ga naar vervolgstap ‘registratie verzuim’](#registratie-verzuim)";
      expect(text).toContain(button);
      await writeFile(flow, text.replace(button, button.replace("(#registratie-verzuim)", "(#mdo-organiseren)")));
      const problems = (await fidelityProblems(root, ["sppoh-po"])).filter((problem) => problem.check === "wiring");
      const [where, message] = describeProblems(problems).split(": [wiring] ");
      expect(where).toBe("tests/fidelity/wiring/sppoh-po.md (beperkte-aanwezigheid)");
      expect(message).toMatch(
        new RegExp(
          '^answer "Ga naar vervolgstap ‘registratie verzuim’" leads to another step: ' +
            "record says → registratie-verzuim, flow says → mdo-organiseren \\(flow\\.md line \\d+\\)",
        ),
      );
      expect(problems).toHaveLength(1);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("fails on a dropped answer", async () => {
    const problems = await problemsOf(
      sppohWith((options) => {
        options("mdo-uitkomst").splice(1, 1);
      }),
    );
    const conflict = "Er is sprake van een conflict of verschil in visie tussen school en ouders";
    expect(problems.map((problem) => problem.message.split(" (content/")[0])).toEqual([
      `answer "${conflict}" → conflict-ouders (bron) is in the record but not in the flow: dropped`,
    ]);
  });

  it("fails on an added answer, with its line in flow.md", async () => {
    let line = 0;
    const problems = await problemsOf(
      sppohWith((options) => {
        const [first] = options("beperkte-aanwezigheid");
        line = first!.place.line;
        const added = { ...first!, label: "Sla over: direct naar het MDO", to: "mdo-uitkomst" };
        options("beperkte-aanwezigheid").push(added);
      }),
    );
    expect(problems.map((problem) => [problem.where, problem.message.split(" (content/")[0]])).toEqual([
      [
        "beperkte-aanwezigheid",
        `answer "Sla over: direct naar het MDO" → mdo-uitkomst (bron) is in the flow (flow.md line ${line}) ` +
          "but not in the record: added",
      ],
    ]);
  });

  it("fails on a changed reason and shows where the two reasons differ", async () => {
    const problems = await problemsOf(
      sppohWith((options) => {
        const ja = options("schriftelijke-aanmelding")[0]!;
        ja.inferred = { reason: ja.inferred!.reason.replace("Gekozen is pagina 7", "Gekozen is pagina 8") };
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe("schriftelijke-aanmelding");
    expect(problems[0]!.message).toMatch(/^answer "Ja" reason: record says …[^…]*pagina 7[^…]*…, flow says …[^…]*pagina 8[^…]*…/);
  });

  it("fails on a changed label, a label no longer marked as ours, and a target no longer marked inferred", async () => {
    const problems = await problemsOf(
      sppohWith((options) => {
        options("mdo-vastgelopen")[0]!.label = "Op lichte jeugdhulp, zorg of verblijfsvraag";
        delete options("schoolinschrijving")[0]!.editorialLabel;
        delete options("zorgplicht")[0]!.inferred;
      }),
    );
    const messages = problems.map((problem) => `${problem.where}: ${problem.message.split(" (content/")[0]}`);
    expect(messages).toEqual([
      expect.stringMatching(/^schoolinschrijving: answer "Ja" label: record says ":redactie\[Ja\]", flow says "Ja"/),
      expect.stringMatching(/^zorgplicht: answer ".*" kind: record says afgeleid, flow says bron/),
      expect.stringMatching(/^zorgplicht: answer ".*" reason: record says "Dit vak staat .*", flow says ""/),
      expect.stringMatching(
        new RegExp(
          '^mdo-vastgelopen: answer "Op lichte jeugdhulp, zorg of verblijfsvraag" label: ' +
            'record says "Op complexe jeugdhulp, zorg of verblijfsvraag", flow says "Op lichte',
        ),
      ),
    ]);
  });

  it("fails on answers put in another order", async () => {
    const problems = await problemsOf(sppohWith((options) => void options("passend-aanbod").reverse()));
    expect(problems.map((problem) => `${problem.where}: ${problem.message.split(" (content/")[0]}`)).toEqual([
      'passend-aanbod: answers in another order: record says "Ja", "Nee", flow says "Nee", "Ja"',
    ]);
  });

  it("asks for a record where a routebook has none, and names a row it cannot read", () => {
    const input = inputOf(routebooks.find((book) => book.id === "den-haag-tien-stappen")!);
    expect(wiringProblems(input, undefined)).toEqual([
      {
        check: "wiring",
        file: "tests/fidelity/wiring/den-haag-tien-stappen.md",
        where: "",
        message: expect.stringContaining("no wiring record for this routebook: write it with `npm run fidelity:records`"),
      },
    ]);
    const broken = renderRecord(input, wiringRows(input)).replace("| afgeleid |", "| vermoedelijk |");
    expect(wiringProblems(input, broken)[0]).toMatchObject({
      where: expect.stringMatching(/^line \d+$/),
      message: expect.stringContaining('cannot read the record: expected a kind "bron" or "afgeleid"'),
    });
    const short = renderRecord(input, wiringRows(input)).replace(/\| afgeleid \|[^\n]*/, "| afgeleid |");
    expect(wiringProblems(input, short)[0]).toMatchObject({
      where: expect.stringMatching(/^line \d+$/),
      message: expect.stringContaining("cannot read the record: expected 6 cells"),
    });
  });
});

describe("narrowed", () => {
  it("keeps short texts whole and cuts long ones to where they differ", () => {
    expect(narrowed("→ a", "→ b")).toEqual(["→ a", "→ b"]);
    const long = (word: string) => `${"x".repeat(100)} ${word} ${"y".repeat(100)}`;
    const cut = (word: string) => `…${"x".repeat(24)} ${word} ${"y".repeat(24)}…`;
    expect(narrowed(long("zeven"), long("acht"))).toEqual([cut("zeven"), cut("acht")]);
  });
});
