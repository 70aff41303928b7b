import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { editionLabel } from "../../src/lib/edition.ts";
import type { RouteData } from "../../shared/route/data.ts";

/** route.json carries what the case note must keep: the editors' targets, the source's order, the editors' fields. */
const { routebooks } = await readContent("content");
type Body = (typeof routebooks)[number]["flow"]["steps"][number]["body"];
/** The kinds of blocks the note keeps apart, in order; a notice's own blocks in its place. */
const kindsOf = (body: Body): string[] =>
  body.flatMap((block) => {
    if (block.type === "options") return [];
    if (block.type === "notice") return kindsOf(block.children);
    return ["actions", "end", "list"].includes(block.type) ? [block.type] : ["other"];
  });
const routeJson = async (id: string) => JSON.parse(await readFile(join(inject("siteDir"), id, "route.json"), "utf8")) as RouteData;

describe("route.json", () => {
  it.each(routebooks.map((routebook) => [routebook.id, routebook] as const))(
    "%s marks every option whose target the editors chose, with their reason",
    async (id, routebook) => {
      const data = await routeJson(id);
      for (const step of routebook.flow.steps) {
        const options = data.steps[step.id]!.options ?? [];
        expect(options.map((option) => option.inferred?.reason.map((run) => [run.t, run.r]))).toEqual(
          step.options.map((option) => (option.inferred ? [[option.inferred.reason.replace(/\s+/g, " ").trim(), true]] : undefined)),
        );
      }
    },
  );

  it.each(routebooks.map((routebook) => [routebook.id, routebook] as const))(
    "%s keeps each step's blocks in the source's order and passes on the editors' fields",
    async (id, routebook) => {
      const data = await routeJson(id);
      expect(data.editorialFields).toEqual(routebook.editorialFields);
      for (const step of routebook.flow.steps) {
        const kinds = kindsOf(step.body);
        const shown = (data.steps[step.id]!.body ?? []).map((block) => (block.type === "text" ? "other" : block.type));
        // A notice may hold several blocks: compare the order of the kinds the note keeps apart.
        const keep = (list: string[]) => list.filter((kind) => kind !== "other");
        expect(keep(shown), step.id).toEqual(keep(kinds));
      }
    },
  );

  it.each(routebooks.map((routebook) => [routebook.id, routebook] as const))(
    "%s carries the version labels the pages show (editionLabel), built once, for the note",
    async (id, routebook) => {
      const data = await routeJson(id);
      expect(data.versionLabel).toBe(editionLabel(routebook));
      expect(data.documents?.map((document) => document.versionLabel)).toEqual(
        routebook.documents.map((document) => editionLabel(document)),
      );
    },
  );
});
