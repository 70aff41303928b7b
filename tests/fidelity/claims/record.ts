// A routebook's claims record: for each place of our (the editors') text, the claims it makes —
// negations with the word they turn round, quantities with what they count, roles and bodies named.
// Written as a Markdown table a reviewer reads; the claims check (tests/fidelity/checks/claims.ts)
// compares it with the content, so a changed claim in our words fails until the record is rewritten.
import { fileURLToPath } from "node:url";
import { collapse, tableHead, tableRow, tableRows, type Unreadable } from "../records/table.ts";
import { CLAIM_KINDS, type Claims, noClaims } from "./claims.ts";
import type { ClaimsPlace } from "./places.ts";

/** Where the records live: outside content/, so a changed text cannot carry its own record along. */
export const CLAIMS_DIR = "tests/fidelity/claims";

/** The record's path as messages name it, relative to the project. */
export const claimsFile = (id: string) => `${CLAIMS_DIR}/${id}.md`;
/** The record's path on disk: the records sit beside this module. */
export const claimsPath = (id: string) => fileURLToPath(new URL(`./${id}.md`, import.meta.url));

const COLUMNS = ["Bestand", "Plaats", "Ontkenningen", "Getallen", "Rollen"] as const;

/** How a claim repeated in one place is written: "leerling ×2". */
const TIMES = / ×(\d+)$/;

/** A multiset of claims as one cell: each claim once, in order, with how often it is made. */
function claimsCell(claims: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim, (counts.get(claim) ?? 0) + 1);
  return [...counts].map(([claim, count]) => (count > 1 ? `${claim} ×${count}` : claim)).join("; ");
}

/** A cell back to its multiset. */
function cellClaims(text: string): string[] {
  return text
    .split(/;\s+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const times = TIMES.exec(part);
      return Array.from({ length: times ? Number(times[1]) : 1 }, () => (times ? part.slice(0, times.index) : part));
    });
}

const hasClaims = (claims: Claims) => CLAIM_KINDS.some((kind) => claims[kind].length > 0);

/** The record file's text: what it is and how to change it, then one row per place that makes a claim. */
export function renderClaims(id: string, places: readonly ClaimsPlace[], command: string): string {
  return [
    `# Claims of the editors' words in ${id}`,
    "",
    "Reviewed data. Every place of our own text (`:::redactie` notes, `:redactie[…]` words, introductions,",
    "`purpose`, signalen.yml's notes, questions, labels and bounds, glossary meanings without a source), with",
    "the claims it makes: each negation with the word it turns round, each number or number word normalised",
    'with what it counts ("twee weken" is `2 week`), and each role or body it names',
    "(tests/fidelity/facts/vocabulary.ts). Wording is not recorded: rewording that keeps every claim passes.",
    "",
    `The fidelity test (tests/fidelity/checks/claims.ts) fails while this table and the content differ. To`,
    `change a claim, edit the content, run \`${command}\`, and commit this file with it, so review sees it.`,
    "",
    ...tableHead(COLUMNS),
    ...places
      .filter((place) => hasClaims(place.claims))
      .map((place) => tableRow([place.file, collapse(place.place), ...CLAIM_KINDS.map((kind) => claimsCell(place.claims[kind]))])),
    "",
  ].join("\n");
}

/** A record's places with their claims, or the lines it cannot read (1-based). */
export function parseClaims(text: string): { places: ClaimsPlace[]; unreadable: Unreadable[] } {
  const table = tableRows(text, COLUMNS);
  const places: ClaimsPlace[] = [];
  const unreadable = [...table.unreadable];
  for (const { cells } of table.rows) {
    const [file, place, ...columns] = cells;
    const claims = noClaims();
    for (const [index, kind] of CLAIM_KINDS.entries()) claims[kind].push(...cellClaims(columns[index]!));
    places.push({ file: file!, place: place!, claims });
  }
  return { places, unreadable };
}
