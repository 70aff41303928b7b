// The "said" record of a summary: each change below once went through every check (the bench, seed 21),
// because another summary sentence still said enough of the dropped one's source sentence.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { saidProblems } from "../fidelity/checks/said.ts";
import type { SaidRow } from "../fidelity/said/record.ts";
import { changedCopies, replacing } from "../support/changed-copy.ts";

const changed = changedCopies(["said"]);

const saidAfter = async (id: string, file: string, from: string, to: string) =>
  (await changed(id, [file, replacing(from, to)])).filter((problem) => problem.check === "said");

describe("the said record", () => {
  it.each([
    [
      "den-bosch-schoolverzuim",
      "bronnen/17-bijlage-7-preventieve-spreekuren.md",
      "* Bij opnieuw verzuim na een gesprek op het spreekuur wordt een melding gemaakt via DUO.\n",
    ],
    ["den-bosch-schoolverzuim", "bronnen/11-bijlage-1-registratiecriteria.md", "Is de leerling jonger dan 12 jaar, dan"],
    ["west-brabant-thuiszitterspact", "bronnen/pact.md", "— oud-minister Wiersma"],
    ["den-haag-tien-stappen", "flow.md", "* Combinatie van onderwijs en jeugdhulp"],
    ["den-haag-tien-stappen", "flow.md", "**Einde:** Het besluit beperkt zich tot toe- of afwijzing met toelichting."],
    // A tool's page text that two steps made from the page both show: the omissions check still finds it in one.
    ["swvzhw-vo", "flow.md", "Ouders kunnen voor specifieke informatie of advies over passend onderwijs terecht"],
  ])("fails on a sentence of %s's summary dropped (%s)", async (id, file, dropped) => {
    const text = await readFile(join("content", id, file), "utf8");
    // The whole line the dropped words start, so the summary loses that sentence, item or attribution.
    const line = text.split("\n").find((candidate) => candidate.includes(dropped.trim().split("\n")[0]!))!;
    const problems = await saidAfter(id, file, `${line}\n`, "");
    expect(problems.map((problem) => problem.message).join("\n")).toMatch(/was said in ".+", now|is no longer in the summary/);
  });

  it("fails on a step title of the source's changed to another role", async () => {
    const problems = await saidAfter("den-haag-tien-stappen", "flow.md", "## JGZ {#jgz}", "## DUO {#jgz}");
    expect(problems.map((problem) => problem.message).join("\n")).toContain('"DUO (1; duo)"');
  });

  // Seed 99 of the bench, held out: each went through before the record named a sentence's roles.
  it.each([
    [
      "den-bosch-schoolverzuim",
      "bronnen/12-bijlage-2-gespreksvoering.md",
      "waarom ze naar de GGD moeten",
      "waarom ze naar de mentor moeten",
    ],
    ["west-brabant-thuiszitterspact", "bronnen/pact.md", "belastbaarheid van een leerling", "belastbaarheid van een leerplichtambtenaren"],
  ])("fails on a role swapped past a sentence's first words (%s)", async (id, file, from, to) => {
    const problems = await saidAfter(id, file, from, to);
    expect(problems.map((problem) => problem.message).join("\n")).toMatch(/was said in ".+", now in/);
  });

  it("names the source sentence, where it was said and where it is said now", () => {
    const row = (said: string): SaidRow => ({ file: "bronnen/a.md", chapter: "1. A", source: "De school meldt.", said });
    const [moved] = saidProblems("x", [row("De school meldt het verzuim.")], [row("Leerplicht meldt.")]);
    expect(moved!.message).toContain(
      'the source\'s "De school meldt." was said in "De school meldt het verzuim.", now in "Leerplicht meldt."',
    );
    const [gone] = saidProblems("x", [row("De school meldt het verzuim.")], [row("(niet gezegd)")]);
    expect(gone!.message).toContain("now nowhere");
    expect(
      saidProblems("x", [row("Leerplicht meldt."), row("De school meldt.")], [row("De school meldt."), row("Leerplicht meldt.")]),
    ).toEqual([]);
    const [extra] = saidProblems("x", [row("A."), row("A.")], [row("A.")]);
    expect(extra!.message).toContain("is no longer in the summary");
  });
});
