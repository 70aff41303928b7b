// The claims check: our own words have no source, so their claims (negations, numbers, roles) are
// reviewed data. Each change of a claim fails with what the record says and what the content says;
// rewording that keeps every claim passes.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import type { Routebook } from "../../pipeline/model/model.ts";
import { negationsIn } from "../fidelity/claims/claims.ts";
import { claimsPlaces } from "../fidelity/claims/places.ts";
import { claimsPath, parseClaims, renderClaims } from "../fidelity/claims/record.ts";
import { claimsProblems } from "../fidelity/checks/claims.ts";
import { contentFiles, describeProblems } from "../fidelity/check.ts";
import { isolatedCopy } from "../fidelity/mutations/copy.ts";
import { sourceOf } from "../fidelity/sources.ts";

const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

async function inputOf(root: string, routebook: Routebook) {
  return {
    root,
    routebook,
    seed: await readFile(sourceOf(routebook.id).seedFile, "utf8"),
    files: await contentFiles(join(root, routebook.id)),
  };
}

/** The claims problems of routebook `id` with `file` changed by replacing `before` (which must occur) with `after`. */
async function problemsWith(id: string, file: string, before: string, after: string) {
  const root = await mkdtemp(join(tmpdir(), "routeboek-claims-"));
  temporary.push(root);
  await isolatedCopy("content", id, root);
  const path = join(root, id, file);
  const text = await readFile(path, "utf8");
  expect(text, `${file} holds ${before}`).toContain(before);
  await writeFile(path, text.replace(before, after));
  const content = await readContent(root);
  expect(content.problems, describeProblems([])).toEqual([]);
  const routebook = content.routebooks.find((book) => book.id === id)!;
  return claimsProblems(await inputOf(root, routebook), await readFile(claimsPath(id), "utf8"));
}

let routebooks: Routebook[];
beforeAll(async () => {
  routebooks = (await readContent("content")).routebooks;
});

describe("the claims records", () => {
  it("match the real content of every routebook", async () => {
    for (const routebook of routebooks) {
      const problems = claimsProblems(await inputOf("content", routebook), await readFile(claimsPath(routebook.id), "utf8"));
      expect(describeProblems(problems), routebook.id).toBe("");
    }
  });

  it("read back as written", async () => {
    const routebook = routebooks.find((book) => book.id === "den-haag-tien-stappen")!;
    const places = claimsPlaces(await inputOf("content", routebook)).filter((place) =>
      Object.values(place.claims).some((claims) => claims.length),
    );
    // Claims are multisets: a repeated claim is written once with its count, so compare them sorted.
    const sorted = (list: typeof places) =>
      list.map(({ file, place, claims }) => ({
        file,
        place,
        claims: Object.fromEntries(Object.entries(claims).map(([kind, values]) => [kind, [...values].sort()])),
      }));
    const { places: read, unreadable } = parseClaims(renderClaims(routebook.id, places, "x"));
    expect(unreadable).toEqual([]);
    expect(sorted(read)).toEqual(sorted(places));
  });

  it("record a negation with the word it turns round, and a number with what it counts", () => {
    expect(negationsIn("De school vult het formulier niet in; zij noemt geen drempels. Dat zegt de bron niet.")).toEqual([
      "niet · in",
      "geen · drempels",
      "bron · niet",
    ]);
  });
});

describe("a changed claim in the editors' words fails with a readable difference", () => {
  it("a negation removed from a note", async () => {
    const problems = await problemsWith(
      "den-haag-tien-stappen",
      "flow.md",
      "Precies 16 uur in 4 weken noemt de bron niet:",
      "Precies 16 uur in 4 weken noemt de bron:",
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ check: "claims", file: "content/den-haag-tien-stappen/flow.md", where: "stap verzuim" });
    expect(problems[0]!.message).toContain('negations: record says "bron · niet", content says nothing');
    expect(problems[0]!.message).toContain("npm run fidelity:records");
    expect(problems[0]!.message).toContain("tests/fidelity/claims/den-haag-tien-stappen.md");
  });

  it("a negation inserted in a note", async () => {
    const problems = await problemsWith(
      "swvzhw-vo",
      "flow.md",
      "De vervolgstap hieronder is een keuze van de redactie",
      "De vervolgstap hieronder is niet een keuze van de redactie",
    );
    expect(problems.map((problem) => problem.message).join("\n")).toMatch(/negations: record says nothing, content says "niet · een"/);
  });

  it('"een" → "geen" in an introduction', async () => {
    const problems = await problemsWith("sppoh-po", "routeboek.md", "Wat doe je als een leerling", "Wat doe je als geen leerling");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/sppoh-po/routeboek.md", where: "inleiding van het routeboek" });
    expect(problems[0]!.message).toContain('content says "geen · leerling"');
  });

  it('"wel" → "niet" in an introduction', async () => {
    const problems = await problemsWith("west-brabant-thuiszitterspact", "routeboek.md", "Zij geldt wel met", "Zij geldt niet met");
    expect(problems.map((problem) => problem.message).join("\n")).toContain('content says "niet · met"');
  });

  it("a number in an introduction", async () => {
    const problems = await problemsWith(
      "west-brabant-thuiszitterspact",
      "routeboek.md",
      "in de kop van hoofdstuk 4 en 5",
      "in de kop van hoofdstuk 4 en 6",
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('numbers: record says "5 hoofdstuk", content says "6 hoofdstuk"');
  });

  it("a number word in the purpose", async () => {
    const problems = await problemsWith("sppoh-po", "routeboek.md", "de route voor één leerling", "de route voor twee leerling");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ where: "waarvoor je het routeboek gebruikt" });
    expect(problems[0]!.message).toMatch(/numbers: record says "1 [^"]*", content says "2 [^"]*"/);
  });

  it("a role swapped in a signalen.yml note", async () => {
    const problems = await problemsWith(
      "den-haag-tien-stappen",
      "signalen.yml",
      "bij de leerplichtambtenaar van je gemeente.",
      "bij de leerplichtambtenaar van je directeur.",
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/den-haag-tien-stappen/signalen.yml" });
    expect(problems[0]!.where).toContain("precies-16-uur");
    expect(problems[0]!.message).toContain('roles and bodies: record says "gemeente", content says "directeur"');
  });

  it("a year in a link's title (ours by rule)", async () => {
    const problems = await problemsWith(
      "sppoh-po",
      "flow.md",
      "[Praktische handreiking, oude versie (2024)]",
      "[Praktische handreiking, oude versie (2023)]",
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toMatch(/^stap .*, links$/);
    expect(problems[0]!.message).toContain('numbers: record says "2024", content says "2023"');
  });

  it("a threshold's bound in signalen.yml", async () => {
    const problems = await problemsWith("den-haag-tien-stappen", "signalen.yml", "    above: 16\n", "    above: 4\n");
    expect(problems.map((problem) => `${problem.where}: ${problem.message}`).join("\n")).toContain(
      'numbers: record says "> 16", content says "> 4"',
    );
  });

  it("a bound of a range the source leaves open, and a conversion's factor", async () => {
    const gap = await problemsWith(
      "den-haag-tien-stappen",
      "signalen.yml",
      "    atLeast: 16\n    atMost: 16\n",
      "    atLeast: 0\n    atMost: 16\n",
    );
    expect(describeProblems(gap)).toContain('niet eenduidig "precies-16-uur", grenzen');
    const factor = await problemsWith("den-bosch-schoolverzuim", "signalen.yml", "factor: 0.5", "factor: 2");
    expect(describeProblems(factor)).toContain("rekenregel");
  });
});

describe("rewording that keeps every claim", () => {
  it("passes", async () => {
    const problems = await problemsWith(
      "den-haag-tien-stappen",
      "flow.md",
      "Precies 16 uur in 4 weken noemt de bron niet: vraag na wat dan geldt.",
      "Vraag na wat er dan geldt: wat er bij precies 16 uur in 4 weken gebeurt, zegt de bron niet.",
    );
    expect(describeProblems(problems)).toBe("");
  });
});
