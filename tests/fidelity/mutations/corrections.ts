// Kind "corrections": a flow correction's `corrected` text changed together with the flow text that uses it,
// so that the text still matches its correction, and only the correction's size and meaning give it away.
import { filesOf } from "./book.ts";
import { type Edit, mutation, pick, quote, wholeWords } from "./edit.ts";
import { frontmatter, yamlSpans } from "./outline.ts";
import type { Mutation, MutationGenerator } from "./types.ts";
import { vocabulary } from "./words.ts";

/** Words of a correction's raw YAML text, per run between escapes (`\n`) and quotes. */
const TOKEN = "\\p{L}{3,}|\\p{N}+";
/** How many words on each side of a changed word must match the flow's text, widest first. */
const CONTEXTS = [4, 3, 2];

export const corrections: MutationGenerator = (book, random) => {
  const flow = filesOf(book).find((file) => file.file === "flow.md");
  const head = flow && frontmatter(flow.text);
  if (!flow || !head) return [];
  const bodyStart = head.offset + head.yaml.length;
  const body = flow.text.slice(bodyStart);
  const vocab = vocabulary(book);
  const result: Mutation[] = [];
  for (const span of yamlSpans(head.yaml, head.offset).filter(
    (candidate) => candidate.key === "corrections.corrected",
  )) {
    for (const run of span.text.matchAll(/[^"\\]+/g)) {
      const tokens = wholeWords(run[0], TOKEN);
      for (const [index, token] of tokens.entries()) {
        // The shortest phrase around the word, as wide as the run allows up to the widest context, found in the text.
        const phrase = CONTEXTS.map((width) => {
          const from = tokens[Math.max(0, index - width)]!;
          const to = tokens[Math.min(tokens.length - 1, index + width)]!;
          return { from: from.index, text: run[0].slice(from.index, to.index + to[0].length) };
        }).find((candidate) => candidate.text.includes(" ") && body.includes(candidate.text));
        if (!phrase) continue;
        const word = token[0];
        const after = /^\p{N}+$/u.test(word)
          ? String(Number(word) + 1)
          : pick(
              [
                pick(
                  vocab.filter((other) => other !== word.toLowerCase()),
                  random,
                )!,
                "",
              ],
              random,
            )!;
        const at = token.index - phrase.from;
        const edits: Edit[] = [];
        const inYaml = span.start + run.index + token.index;
        edits.push({ start: inYaml, end: inYaml + word.length, before: word, after });
        for (
          let found = body.indexOf(phrase.text);
          found !== -1;
          found = body.indexOf(phrase.text, found + phrase.text.length)
        ) {
          const start = bodyStart + found + at;
          edits.push({ start, end: start + word.length, before: word, after });
        }
        const correction = quote(span.text.replace(/^"/, ""), 30);
        const change = `${quote(word)} → ${quote(after)} in ${quote(phrase.text, 50)}`;
        const what = `correction ${correction}: ${change}, and ${edits.length - 1} place(s) in the text`;
        result.push(mutation("corrections", book.id, "flow.md", flow.text, edits, what));
      }
    }
  }
  return result;
};
