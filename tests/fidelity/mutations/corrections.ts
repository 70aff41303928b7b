// Kind "corrections": a flow correction's `corrected` text changed together with the flow text that uses it, so
// that the text still matches its corrected source page and only the correction's size and meaning give it away.
// The text that uses it: the steps made from the pages of the correction's step (tests/fidelity/sources.ts), or
// the whole flow for a correction of no step or a routebook without a page map.
import { parse } from "yaml";
import { SOURCES } from "../sources.ts";
import { filesOf } from "./book.ts";
import { type Edit, mutation, pick, quote, wholeWords } from "./edit.ts";
import { frontmatter, yamlSpans } from "./outline.ts";
import type { Mutation, MutationGenerator } from "./types.ts";
import { vocabulary } from "./words.ts";

/** Words of a correction's raw YAML text, per run between escapes (`\n`) and quotes: "en/of" is two. */
const TOKEN = "\\p{L}{2,}|\\p{N}+";
/** How many words on each side of a changed word must match the flow's text, widest first. */
const CONTEXTS = [4, 3, 2, 1];

/** [start, end) of each step's section in `text` (its heading to the next step's), in the file's order. */
function sections(text: string, steps: readonly string[]): [number, number][] {
  return steps
    .flatMap((step): [number, number][] => {
      const heading = new RegExp(`^## .*\\{#${step}\\}[ \\t]*$`, "m").exec(text);
      if (!heading) return [];
      const next = /^## /m.exec(text.slice(heading.index + heading[0].length));
      return [[heading.index, next ? heading.index + heading[0].length + next.index : text.length]];
    })
    .sort((a, b) => a[0] - b[0]);
}

/** The steps whose text a correction of `step` reaches: those made from one of its pages; undefined for all. */
function stepsUsing(routebook: string, step: string | undefined): string[] | undefined {
  const pagesOf = SOURCES.find((source) => source.id === routebook)?.pagesOf;
  const pages = step ? pagesOf?.[step] : undefined;
  if (!pagesOf || !pages) return undefined;
  return Object.keys(pagesOf).filter((other) => pagesOf[other]!.some((page) => pages.includes(page)));
}

export const corrections: MutationGenerator = (book, random) => {
  const flow = filesOf(book).find((file) => file.file === "flow.md");
  const head = flow && frontmatter(flow.text);
  if (!flow || !head) return [];
  const steps = ((parse(head.yaml) as { corrections?: { step?: string }[] } | null)?.corrections ?? []).map((entry) => entry.step);
  const correctedSpans = yamlSpans(head.yaml, head.offset).filter((span) => span.key === "corrections.corrected");
  const vocab = vocabulary(book);
  const result: Mutation[] = [];
  const bodyStart = head.offset + head.yaml.length;
  for (const [entry, span] of correctedSpans.entries()) {
    const using = stepsUsing(book.id, steps[entry]);
    const ranges = using ? sections(flow.text, using) : [[bodyStart, flow.text.length] as [number, number]];
    for (const run of span.text.matchAll(/[^"\\]+/g)) {
      const tokens = wholeWords(run[0], TOKEN);
      for (const [index, token] of tokens.entries()) {
        // The widest phrase around the word, up to four words each side, that the step's text has.
        const phrase = CONTEXTS.map((width) => {
          const first = tokens[Math.max(0, index - width)]!;
          const last = tokens[Math.min(tokens.length - 1, index + width)]!;
          return { from: first.index, text: run[0].slice(first.index, last.index + last[0].length) };
        }).find(
          (candidate) => candidate.text.includes(" ") && ranges.some(([from, to]) => flow.text.slice(from, to).includes(candidate.text)),
        );
        if (!phrase) continue;
        const word = token[0];
        const other = pick(
          vocab.filter((candidate) => candidate !== word.toLowerCase()),
          random,
        )!;
        // A number goes up by one; a word is replaced by another of the routebook, or dropped.
        const after = /^\p{N}+$/u.test(word) ? String(Number(word) + 1) : pick([other, ""], random)!;
        const inYaml = span.start + run.index + token.index;
        const edits: Edit[] = [{ start: inYaml, end: inYaml + word.length, before: word, after }];
        const at = token.index - phrase.from;
        for (const [from, to] of ranges) {
          const uses = flow.text.slice(from, to);
          for (let found = uses.indexOf(phrase.text); found !== -1; found = uses.indexOf(phrase.text, found + 1)) {
            const start = from + found + at;
            if (edits.at(-1)!.end <= start) edits.push({ start, end: start + word.length, before: word, after });
          }
        }
        const correction = quote(span.text.replace(/^"/, ""), 30);
        const change = `${quote(word)} → ${quote(after)} in ${quote(phrase.text, 50)}`;
        const where = using ? `step(s) ${using.join(", ")}` : "the text";
        const what = `correction ${correction}: ${change}, and ${edits.length - 1} place(s) in ${where}`;
        result.push(mutation("corrections", book.id, "flow.md", flow.text, edits, what));
      }
    }
  }
  return result;
};
