// The words the facts checks compare as facts: negations, roles and named bodies. One list each;
// the mutation bench imports them to make negation and role-swap mutations, so they stay plain.

/** Words that turn a clause round; one list, which search uses too. */
export { NEGATIONS } from "../../../shared/wording/negations.ts";

/**
 * Roles and bodies that every routebook may name, one group per role: its names, lowercase, except a name in
 * capitals only ("SWV", "LP"), which matches only in capitals. The names of one group stand for one role (a
 * person and their function, an abbreviation): the facts checks compare each name (plurals folded by `roleKey`),
 * and the content-mutation bench swaps a name only for one of another group. A routebook adds its glossary's terms
 * and the names its source text uses (see `rolesOf`).
 */
export const ROLE_GROUPS: readonly (readonly string[])[] = [
  // The school and the people in it.
  ["school"],
  ["directeur", "directie", "schoolleider", "schoolleiding"],
  ["teamleider"],
  ["mentor"],
  ["leerkracht", "docent"],
  ["intern begeleider", "ib'er", "ib-er"],
  ["zorgcoördinator", "ondersteuningscoördinator", "oco"],
  ["schoolmaatschappelijk werk", "schoolmaatschappelijk werker", "smw'er", "SMW"],
  // The pupil and the family.
  ["leerling", "jeugdige", "kind"],
  ["ouder", "ouders", "ouder(s)", "verzorger"],
  // Partners outside the school.
  ["leerplichtambtenaar", "leerplicht", "consulent leerplicht", "LP", "LPA"],
  ["jeugdarts", "jeugdverpleegkundige", "jeugdgezondheidszorg", "JGZ"],
  ["GGD"],
  ["samenwerkingsverband", "SWV"],
  ["gemeente"],
  ["wijkteam"],
  ["jeugdhulp"],
  ["CJG"],
  ["RMC"],
  ["DUO"],
  ["SPPOH"],
  ["jeugdconsulent"],
  ["koppelgenoot"],
  ["casusregisseur", "regisseur"],
  ["trajectbegeleider"],
  ["onderwijsconsulent"],
  ["zorgaanbieder"],
  ["adviseur"],
  ["inspectie"],
];

/** Every name of the generic roles, as `ROLE_GROUPS` lists them. */
export const GENERIC_ROLES: readonly string[] = ROLE_GROUPS.flat();

/** Plurals and other spellings of the generic roles, to the one key a role is compared by. */
export const ROLE_SPELLINGS: Readonly<Record<string, string>> = {
  scholen: "school",
  leerlingen: "leerling",
  mentoren: "mentor",
  mentors: "mentor",
  jeugdartsen: "jeugdarts",
  leerplichtambtenaren: "leerplichtambtenaar",
  leerkrachten: "leerkracht",
  docenten: "docent",
  jeugdigen: "jeugdige",
  kinderen: "kind",
  gemeenten: "gemeente",
  samenwerkingsverbanden: "samenwerkingsverband",
  directeuren: "directeur",
  adviseurs: "adviseur",
  zorgaanbieders: "zorgaanbieder",
  verzorgers: "verzorger",
  "ib-er": "ib'er",
  "ib-ers": "ib'er",
  "ib'ers": "ib'er",
  "smw'ers": "smw'er",
  ouder: "ouders",
  jeugdconsulenten: "jeugdconsulent",
  onderwijsconsulenten: "onderwijsconsulent",
  wijkteams: "wijkteam",
};

/** Lowercase key of a role word: other spellings folded to one ("scholen" → "school", "ouder" → "ouders"). */
export function roleKey(word: string): string {
  const lower = word.normalize("NFC").toLowerCase().replace(/’/g, "'");
  return ROLE_SPELLINGS[lower] ?? lower;
}

/** What a routebook adds to the generic roles: its glossary's terms (content/begrippen.yml and its own). */
export interface RoleSources {
  glossaryTerms: readonly string[];
}

/**
 * Every role or body of one routebook, as they are written: the generic roles, the glossary's terms,
 * and the abbreviations in capitals that its source text uses (SPPOH, SMW, JGZ, DUO, …). Longest first,
 * so that "intern begeleider" is found before a shorter role inside it.
 */
export function rolesOf({ glossaryTerms }: RoleSources, sourceText: string): string[] {
  const abbreviations = [...sourceText.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}()]*\p{Lu}(?:['’]er)?(?![\p{L}\p{N}])/gu)].map(
    (match) => match[0],
  );
  const all = new Set<string>(
    [...GENERIC_ROLES, ...Object.keys(ROLE_SPELLINGS), ...glossaryTerms, ...abbreviations].map((role) => role.replace(/’/g, "'")),
  );
  return [...all].filter((role) => role.length > 1).sort((a, b) => b.length - a.length || a.localeCompare(b));
}
