// Kind "role swaps": a role or body replaced by another that occurs in the same routebook.
import { parse } from "yaml";
import { filesOf, spansOf } from "./book.ts";
import { pick, replacement, wholeWords } from "./edit.ts";
import type { Mutation, MutationGenerator } from "./types.ts";

/**
 * Who can hold a duty in a Dutch route against school absence: people, their functions and bodies. Only those
 * that occur in a routebook's own text are swapped, for another of them, so each routebook gets its own set.
 */
const ROLES = [
  "leerplichtambtenaar",
  "leerplichtambtenaren",
  "leerplicht",
  "consulent leerplicht",
  "school",
  "scholen",
  "ouders",
  "leerling",
  "jeugdige",
  "jeugdarts",
  "jeugdverpleegkundige",
  "mentor",
  "leerkracht",
  "docent",
  "IB'er",
  "intern begeleider",
  "zorgcoördinator",
  "ondersteuningscoördinator",
  "schoolmaatschappelijk werker",
  "schoolmaatschappelijk werk",
  "directeur",
  "directie",
  "schoolleider",
  "teamleider",
  "jeugdconsulent",
  "koppelgenoot",
  "casusregisseur",
  "trajectbegeleider",
  "onderwijsconsulent",
  "samenwerkingsverband",
  "gemeente",
  "wijkteam",
  "jeugdhulp",
  "SMW",
  "JGZ",
  "GGD",
  "CJG",
  "LP",
  "RMC",
  "DUO",
  "OCO",
  "SPPOH",
];

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
    typeof entry.term === "string" &&
    typeof entry.meaning === "string" &&
    BODY.test(entry.meaning.split(/[,;(]/)[0]!.trim())
      ? [entry.term]
      : [],
  );
}

export const roles: MutationGenerator = (book, random) => {
  const spans = spansOf(filesOf(book), (span) => span.role !== "link");
  const known = [...new Set([...ROLES, ...glossaryRoles(book.files.get("begrippen.yml"))])];
  const pattern = (role: string) => role.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Case matters for abbreviations ("LP", not "lp"); a role at the start of a sentence keeps its capital.
  const find = (text: string, role: string) =>
    wholeWords(text, pattern(role), role === role.toUpperCase() ? "gu" : "giu");
  const present = known.filter((role) => spans.some(({ span }) => find(span.text, role).length > 0));
  const result: Mutation[] = [];
  for (const { file, span } of spans) {
    for (const role of present) {
      for (const match of find(span.text, role)) {
        const other = pick(
          present.filter((candidate) => candidate.toLowerCase() !== role.toLowerCase()),
          random,
        );
        if (!other) continue;
        // A capital stays where a word starts with one ("Ouders"), not where an abbreviation is all capitals ("JGZ").
        const capital = /^\p{Lu}\p{Ll}/u.test(match[0]) && other !== other.toUpperCase();
        const after = capital ? other[0]!.toUpperCase() + other.slice(1) : other;
        const start = span.start + match.index;
        result.push(
          replacement("role swaps", book.id, file.file, file.text, {
            start,
            end: start + match[0].length,
            before: match[0],
            after,
          }),
        );
      }
    }
  }
  return result;
};
