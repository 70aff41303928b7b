// Kind "role swaps": a role or body replaced by another that occurs in the same routebook.
import { parse } from "yaml";
import { ROLE_GROUPS, ROLE_SPELLINGS, roleKey } from "../facts/vocabulary.ts";
import { filesOf, spansOf } from "./book.ts";
import { pick, replacement, wholeWords } from "./edit.ts";
import type { Mutation, MutationGenerator } from "./types.ts";

/**
 * Who can hold a duty in a Dutch route against school absence: the facts checks' one vocabulary, each role with
 * its other names (a plural, an abbreviation, a function), which are no swap. Only those that occur in a
 * routebook's own text are swapped, for one of another group, so each routebook gets its own set.
 */
const ROLES: readonly (readonly string[])[] = ROLE_GROUPS.map((group) => {
  const keys = new Set(group.map(roleKey));
  return [...group, ...Object.keys(ROLE_SPELLINGS).filter((spelling) => keys.has(roleKey(spelling)) && !group.includes(spelling))];
});

/** A glossary meaning that names a body or a person's function: "schoolmaatschappelijk werk", "Leerplicht". */
const BODY = new RegExp(
  `(${["werk", "zorg", "dienst", "verband", "team", "centrum", "arts", "ambtenaar", "gemeente"].join("|")}|` +
    `${["stichting", "bureau", "afdeling", "consulent", "loket", "punt", "leerplicht"].join("|")})$`,
  "i",
);

/** The routebook's own glossary terms for bodies and functions (content/<id>/begrippen.yml). */
function glossaryRoles(glossary: string | undefined): string[] {
  const entries: unknown = glossary ? parse(glossary) : [];
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: { term?: unknown; meaning?: unknown }) =>
    typeof entry.term === "string" && typeof entry.meaning === "string" && BODY.test(entry.meaning.split(/[,;(]/)[0]!.trim())
      ? [entry.term]
      : [],
  );
}

export const roles: MutationGenerator = (book, random) => {
  const spans = spansOf(filesOf(book), (span) => span.role !== "link");
  const listed = new Set(ROLES.flat().map((role) => role.toLowerCase()));
  const glossary = glossaryRoles(book.files.get("begrippen.yml")).filter((term) => !listed.has(term.toLowerCase()));
  const groups = [...ROLES, ...glossary.map((term) => [term])];
  const pattern = (role: string) => role.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Case matters for abbreviations ("LP", not "lp"); a role at the start of a sentence keeps its capital.
  const find = (text: string, role: string) => wholeWords(text, pattern(role), role === role.toUpperCase() ? "gu" : "giu");
  const occurs = (role: string) => spans.some(({ span }) => find(span.text, role).length > 0);
  const present = groups.map((group) => group.filter(occurs)).filter((group) => group.length > 0);
  const result: Mutation[] = [];
  for (const { file, span } of spans) {
    for (const [index, group] of present.entries()) {
      const others = present.filter((_, other) => other !== index).flat();
      for (const role of group) {
        for (const match of find(span.text, role)) {
          // Not where a longer name of the same group stands here ("school" in "school van aanmelding").
          const longer = group.some(
            (name) =>
              name.length > role.length &&
              find(span.text, name).some((m) => m.index <= match.index && m.index + m[0].length >= match.index + match[0].length),
          );
          const other = pick(others, random);
          if (longer || !other) continue;
          // A capital stays where a word starts with one ("Ouders"), not where an abbreviation is all capitals ("JGZ").
          const capital = /^\p{Lu}\p{Ll}/u.test(match[0]) && other !== other.toUpperCase();
          const after = capital ? other[0]!.toUpperCase() + other.slice(1) : other;
          const start = span.start + match.index;
          const edit = { start, end: start + match[0].length, before: match[0], after };
          result.push(replacement("role swaps", book.id, file.file, file.text, edit));
        }
      }
    }
  }
  return result;
};
