/**
 * `routeboek diff OLD NEW` over a git repository with two editions of the test routebook, edition files and a
 * folder laid out like a built site.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { editionOf } from "../../pipeline/editions/snapshot.ts";
import { editionDataUrl } from "../../pipeline/urls/scheme.ts";
import { CHANGES_SINCE_OLDER } from "../fixtures/editions/older.ts";
import { CLI_TEST_TIMEOUT, routeboek } from "../support/cli.ts";
import { editionRepository } from "../support/edition-repo.ts";

describe("routeboek diff", { timeout: 4 * CLI_TEST_TIMEOUT }, () => {
  let repo: string;
  let olderContent: string;

  beforeAll(async () => {
    ({ repo, olderContent } = await editionRepository());
  }, 4 * CLI_TEST_TIMEOUT);

  it("compares two git refs as JSON: every change, with its text", () => {
    const result = routeboek(["diff", "HEAD~1", "HEAD", "--format", "json"], repo);
    expect(result.status, result.stderr).toBe(0);
    const [diff] = JSON.parse(result.stdout);
    expect(diff.routebook).toBe("proef-po");
    expect(diff.changes.map((change: { kind: string }) => change.kind)).toEqual(CHANGES_SINCE_OLDER);
    expect(diff.changes.find((change: { kind: string }) => change.kind === "answer-rewired")).toMatchObject({
      label: "Volgende",
      from: { id: "geen-verzuim" },
      to: { id: "passend" },
      text: "Bij de stap „Er is verzuim” leidt het antwoord „Volgende” nu naar „Passend aanbod” (redactie) (was „Geen verzuim”).",
    });
    expect(diff.from.hash).not.toBe(diff.to.hash);
  });

  it("writes Markdown for a pull request and text for a terminal, saying the same", () => {
    const markdown = routeboek(["diff", "HEAD~1", "HEAD", "--format", "markdown"], repo);
    expect(markdown.status, markdown.stderr).toBe(0);
    expect(markdown.stdout).toMatch(/^## Wijzigingen in de routeboeken\n\n### Proefroutebook Verzuim \(`proef-po`\): 14 wijzigingen\n/);
    expect(markdown.stdout).toContain("- Nieuwe stap: „Passend aanbod” _(redactie)_ (`passend`).");
    const plain = routeboek(["diff", "HEAD~1", "HEAD"], repo);
    expect(plain.stdout.split("\n")[0]).toMatch(
      /^proef-po: 14 wijzigingen \(editie [0-9a-f]{16} \(versie testversie 0\) → [0-9a-f]{16} \(versie testversie\)\)$/,
    );
    expect(plain.stdout).toContain("  - De stap „Oude stap” is vervallen.");
  });

  it("takes edition files, content folders and built sites as sides, and finds nothing between equal ones", async () => {
    const { routebooks } = await readContent(olderContent);
    const older = editionOf(routebooks[0]!, "2025-09-01");
    const file = join(repo, "..", "older.json");
    await writeFile(file, JSON.stringify(older));
    const site = join(repo, "..", "site");
    await mkdir(join(site, "proef-po/data"), { recursive: true });
    await writeFile(join(site, editionDataUrl("proef-po")), JSON.stringify(older));
    for (const old of [file, site, olderContent]) {
      const result = routeboek(["diff", old, "content", "--format", "json"], repo);
      expect(result.status, `${old}: ${result.stderr}`).toBe(0);
      expect(
        JSON.parse(result.stdout)[0].changes.map((change: { kind: string }) => change.kind),
        old,
      ).toEqual(CHANGES_SINCE_OLDER);
    }
    const same = routeboek(["diff", file, olderContent], repo);
    expect(same.stdout).toMatch(/^proef-po: geen wijzigingen/);
  });

  it("refuses, in one line with what to do, a side it cannot read or an edition edited by hand", async () => {
    const unknown = routeboek(["diff", "no-such-ref", "HEAD"], repo);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe(
      "no-such-ref: is no file, no folder and no git ref\n    → give an edition file (.json), a built site, a content folder, or a git ref such as main or HEAD~1\n",
    );
    const { routebooks } = await readContent(olderContent);
    const edited = { ...editionOf(routebooks[0]!, "2025-09-01") };
    edited.steps[0]!.options[0]!.to = "verzuim-elders";
    const file = join(repo, "..", "edited.json");
    await writeFile(file, JSON.stringify(edited));
    const tampered = routeboek(["diff", file, "HEAD"], repo);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr.split("\n")[0]).toBe(`${file}: says it is edition ${edited.hash}, but its content is not`);
    expect(tampered.stderr).not.toMatch(/\n\s+at /);
    const format = routeboek(["diff", "HEAD~1", "HEAD", "--format", "xml"], repo);
    expect(format.status).toBe(2);
    expect(format.stderr.split("\n")[0]).toBe('--format takes text, markdown, json, not "xml"');
  });
});
