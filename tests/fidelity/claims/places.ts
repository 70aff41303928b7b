// Where our words stand in a routebook, and the claims each place makes. The editors' items come from
// provenanceOf (the list the Verantwoording page shows), so every text marked as ours is here; to them
// are added the titles of links (ours by rule), the editors' reading of the thresholds (signalen.yml's
// bounds, of its bands, gaps and contradictions) and glossary meanings of ours.
import { join, relative, resolve } from "node:path";
import { provenanceOf } from "../../../pipeline/provenance.ts";
import { vocabularyOf } from "../checks/facts-roles.ts";
import type { FidelityInput } from "../types.ts";
import { type Claims, claimsOf, joinClaims } from "./claims.ts";

/** One place of our text: the file (relative to the routebook's folder), where in it, and its claims. */
export interface ClaimsPlace {
  file: string;
  place: string;
  claims: Claims;
}

type Input = Pick<FidelityInput, "root" | "routebook" | "seed" | "files">;

/** The file an editorial item of provenanceOf stands in, from its place. */
function fileOf(place: string, chapters: ReadonlyMap<string, string>): string {
  if (place.startsWith("Is dit zorgwekkend verzuim?")) return "signalen.yml";
  if (place === "inleiding van de tool" || place.startsWith("fase ")) return "flow.md";
  return chapters.get(place) ?? "routeboek.md";
}

/** "content/x/bronnen/route.md" → "bronnen/route.md": files as the bench and the checks name them, wherever the root. */
const withinBook = (file: string, folder: string) => relative(resolve(folder), resolve(file)).replace(/\\/g, "/");

/** A signal's bounds as the editors read them: "> 0", "< 16". */
function boundsOf(signal: { above?: number; atLeast?: number; atMost?: number; below?: number }): string[] {
  const marks = [
    ["> ", signal.above],
    ["≥ ", signal.atLeast],
    ["≤ ", signal.atMost],
    ["< ", signal.below],
  ] as const;
  return marks.flatMap(([mark, value]) => (value === undefined ? [] : [`${mark}${value}`]));
}

/** Every place of our text in a stable order (as the Verantwoording lists them), with its claims. */
export function claimsPlaces(input: Input): ClaimsPlace[] {
  const { routebook } = input;
  const { matcher } = vocabularyOf(input);
  const chapters = new Map(
    routebook.documents.flatMap((source) =>
      (source.text?.chapters ?? []).map(
        (chapter) => [`${source.alias}, ${chapter.title}`, withinBook(chapter.file, join(input.root, routebook.id))] as const,
      ),
    ),
  );
  const places = new Map<string, { file: string; place: string; texts: string[]; extra: string[] }>();
  const add = (file: string, place: string, text: string, extra: readonly string[] = []) => {
    const key = `${file}\u0000${place}`;
    const known = places.get(key) ?? { file, place, texts: [], extra: [] };
    known.texts.push(text);
    known.extra.push(...extra);
    places.set(key, known);
  };
  for (const item of provenanceOf(routebook).editorial) {
    if (item.step) add("flow.md", `stap ${item.step.id}`, item.text);
    else add(fileOf(item.place ?? "", chapters), item.place ?? "", item.text);
  }
  // A tool's links have bare annotations in the source, so their titles are ours by rule (docs/content-format.md).
  for (const step of routebook.flow.steps) {
    for (const link of step.links) add("flow.md", `stap ${step.id}, links`, link.label);
  }
  for (const signal of routebook.signals) add("signalen.yml", `drempel "${signal.id}", grenzen`, "", boundsOf(signal));
  // The ranges the source leaves open or says twice are the editors' reading as much as the bands are.
  for (const unclear of [...routebook.signalEdges.gaps, ...routebook.signalEdges.contradictions]) {
    add("signalen.yml", `niet eenduidig "${unclear.id}", grenzen`, "", boundsOf(unclear));
  }
  for (const conversion of routebook.signalEdges.conversions) {
    const factor = conversion.factor === undefined ? [] : [`× ${conversion.factor}`];
    add("signalen.yml", `rekenregel ${conversion.from} → ${conversion.to}`, "", factor);
  }
  const own = input.files.get("begrippen.yml") ?? "";
  for (const entry of routebook.glossary.filter((candidate) => !candidate.source)) {
    const term = entry.term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const file = new RegExp(`^\\s*-?\\s*term:\\s*["']?${term}["']?\\s*$`, "m").test(own) ? "begrippen.yml" : "../begrippen.yml";
    add(file, `begrip "${entry.term}"`, entry.meaning);
  }
  return [...places.values()].map(({ file, place, texts, extra }) => {
    const claims = joinClaims(texts.map((text) => claimsOf(text, matcher)));
    claims.numbers.push(...extra);
    return { file, place, claims };
  });
}
