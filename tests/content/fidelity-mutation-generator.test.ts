// The bench's mutation generator: the same seed gives the same changes, every change changes its file where its
// description says, and ids, anchors, URLs, HTML comments and YAML keys are never changed.
import { describe, expect, it } from "vitest";
import { readBook } from "../fidelity/mutations/book.ts";
import { candidates, generateMutations, mutationsOf } from "../fidelity/mutations/generate.ts";
import { sentences } from "../fidelity/mutations/sentences.ts";
import { type BookText, MUTATION_KINDS } from "../fidelity/mutations/types.ts";

const FLOW = `---
title: Proefroute
corrections:
  - step: start-12
    source: "binnen twee weken nlet meer"
    corrected: "binnen twee weken niet meer"
    reason: OCR las niet als nlet
phases:
  - name: "2"
    title: Verzuim stopt niet
---

<!-- Notes: niet twee school 12 ouders -->

## Meldt de school het verzuim binnen twee weken? {#start-12}

De school is niet alert. Ouders melden het verzuim binnen 3 dagen bij de leerplichtambtenaar.

**Fase:** 2 · looptijd 2 weken

- [Ja](#melden-twee)
- [Nee](#klaar) :afgeleid[De bron toont geen knop Nee.]

## Melden {#melden-twee}

De mentor belt de ouders binnen twee weken niet meer op.

- [Volgende](#klaar)

**Links:**

- [https://voorbeeld.nl/school/12](https://voorbeeld.nl/school/12)

## Klaar {#klaar}

**Einde:** De leerplichtambtenaar neemt het over. Dan ben je klaar.
`;

const META = `---
id: proef
title: Proef
purpose: "Een route voor één leerling die niet naar school gaat."
documents:
  - alias: Proefboek
    url: https://voorbeeld.nl/12
---

:::redactie
De school meldt het verzuim na 3 dagen. De mentor is er niet bij.
:::
`;

const SUMMARY = `# 1. School

De school meldt het verzuim binnen vier weken bij de leerplichtambtenaar. Ouders zijn er niet bij.

**Tabel:** Verzuim

| Situatie | Wat dan |
| :-- | :-- |
| Meer dan 16 uur | De school meldt het. |
| Vier keer ziek | De jeugdarts belt de ouders. |
`;

const SIGNALS = `signals:
  - id: meer-dan-16-uur
    measure: uren
    above: 16
    signal: Meer dan 16 uur in 4 weken
    source: Proefboek, 1. School
`;

const book: BookText = {
  id: "proef",
  files: new Map([
    ["flow.md", FLOW],
    ["routeboek.md", META],
    ["bronnen/route.md", SUMMARY],
    ["signalen.yml", SIGNALS],
  ]),
};

/** What no change may touch: step ids, a URL, a comment, ids and keys of YAML. */
const UNTOUCHABLE: Record<string, string[]> = {
  "flow.md": [
    "{#start-12}",
    "{#melden-twee}",
    "{#klaar}",
    "[https://voorbeeld.nl/school/12](https://voorbeeld.nl/school/12)",
    "<!-- Notes: niet twee school 12 ouders -->",
    "  - step: start-12\n",
    '    source: "binnen twee weken nlet meer"\n',
    "    corrected: ",
    "    reason: OCR las niet als nlet\n",
    '  - name: "2"\n',
    "    title: ",
  ],
  "routeboek.md": ["id: proef\n", "title: Proef\n", "  - alias: Proefboek\n", "    url: https://voorbeeld.nl/12\n", "purpose: "],
  "signalen.yml": ["  - id: meer-dan-16-uur\n", "    measure: uren\n", "    source: Proefboek, 1. School\n", "    above: "],
  "bronnen/route.md": ["| :-- | :-- |\n"],
};

describe("the mutation generator", () => {
  it("makes changes of every kind from a routebook's text", () => {
    expect(MUTATION_KINDS.filter((kind) => candidates(book, kind).length === 0)).toEqual([]);
  });

  it.each(MUTATION_KINDS)("%s: every change changes its file, names the file and line, and leaves ids, URLs, comments and keys", (kind) => {
    for (const change of candidates(book, kind)) {
      const text = book.files.get(change.file)!;
      const changed = change.apply(text);
      expect(changed, change.description).not.toBe(text);
      const [, file, line] = /^(\S+):(\d+) \S/.exec(change.description) ?? [];
      expect(file, change.description).toBe(change.file);
      expect(Number(line)).toBeGreaterThan(0);
      expect(Number(line)).toBeLessThanOrEqual(text.split("\n").length);
      // The line named is one the change touches: it differs, or is gone, in the changed text.
      const before = text.split("\n")[Number(line) - 1]!;
      expect(changed.split("\n")[Number(line) - 1], change.description).not.toBe(before);
      for (const kept of UNTOUCHABLE[change.file] ?? []) expect(changed, `${change.description} touched ${kept}`).toContain(kept);
    }
  });

  it("changes a correction together with the text that uses it", () => {
    for (const change of candidates(book, "corrections")) {
      const changed = change.apply(FLOW);
      expect(changed).not.toContain('corrected: "binnen twee weken niet meer"');
      expect(changed).not.toContain("binnen twee weken niet meer op.");
    }
  });

  it("re-points and swaps only answers, and drops whole answers", () => {
    for (const change of candidates(book, "target swaps")) {
      const targets = [...change.apply(FLOW).matchAll(/\]\(#([a-z0-9-]+)\)/g)].map((match) => match[1]);
      expect(targets, change.description).not.toEqual(["melden-twee", "klaar", "klaar"]);
      expect(targets).toHaveLength(3);
    }
    const dropped = candidates(book, "dropped options").map((change) => change.apply(FLOW));
    expect(dropped.map((text) => text.split("\n").length)).toEqual([
      FLOW.split("\n").length - 1,
      FLOW.split("\n").length - 1,
      FLOW.split("\n").length - 1,
    ]);
  });

  it("splits sentences at their ends, not inside a link's destination or after a step's number", () => {
    const text = "Zie [hoofdstuk 3](<bron:Preventieve aanpak, 3. Contact met ouders>). Stap 2. Bij verzuim belt de mentor! Klaar?";
    expect(sentences(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      "Zie [hoofdstuk 3](<bron:Preventieve aanpak, 3. Contact met ouders>).",
      "Stap 2. Bij verzuim belt de mentor!",
      "Klaar?",
    ]);
  });

  it("throws when a change is applied to another text than the one it was made for", () => {
    const [change] = candidates(book, "numbers");
    expect(() => change!.apply(book.files.get(change!.file)!.replace(/\d/g, "x"))).toThrow(/no longer/);
  });

  it("gives the same sample for the same seed, another for another seed, and at most perKind per kind", async () => {
    const sample = async (seed: number) =>
      mutationsOf(await readBook("content", "den-haag-tien-stappen"), { seed }).map((change) => `${change.kind} ${change.description}`);
    expect(await sample(1)).toEqual(await sample(1));
    expect(await sample(2)).not.toEqual(await sample(1));
    const small = mutationsOf(book, { seed: 2, perKind: 2 });
    expect(small.map((change) => change.description)).toEqual(
      mutationsOf(book, { seed: 2, perKind: 2 }).map((change) => change.description),
    );
    for (const kind of MUTATION_KINDS) expect(small.filter((change) => change.kind === kind).length).toBeLessThanOrEqual(2);
  });

  it("makes each change of the real content once, and each changes its file", async () => {
    const all = await generateMutations("content");
    const books = new Map<string, BookText>();
    for (const change of all) {
      if (!books.has(change.routebook)) books.set(change.routebook, await readBook("content", change.routebook));
      const text = books.get(change.routebook)!.files.get(change.file)!;
      expect(change.apply(text), change.description).not.toBe(text);
    }
    const keys = all.map((change) => `${change.routebook} ${change.kind} ${change.description}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
