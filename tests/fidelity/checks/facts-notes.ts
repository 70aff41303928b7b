// The editors' notes on the steps of a summary's flow are our words, but where a note says again what
// the source says, its roles must be the source's: "de adviseur van SPPOH" may not become "de
// leerplichtambtenaar" in the MDO note (review D13). And no note names a role or body the source lacks.
import type { Block } from "../../../pipeline/schema/rich.ts";
import { coverOf, covered, stemmed } from "../facts/align.ts";
import { joinLines, rolesIn, sourceSentences, wordsOf } from "../facts/text.ts";
import { unitsOf } from "../facts/units.ts";
import type { FidelityCheck, FidelityProblem } from "../types.ts";
import { addressed, vocabularyOf } from "./facts-roles.ts";

/** A note's sentence says a source sentence again when it holds at least this share of its own rare words. */
export const RESTATES = 0.5;

/** A note's sentence that names this many roles lists people; a list must name all the source lists. */
const LIST = 4;

const notesIn = (blocks: readonly { type: string }[]) =>
  blocks.flatMap((block) =>
    block.type === "notice" && (block as Extract<Block, { type: "notice" }>).kind === "redactie"
      ? unitsOf((block as Extract<Block, { type: "notice" }>).children, { notes: true })
      : [],
  );

/** The source sentence whose roles are most like these (at least two shared), if any. */
function listOf<T extends { roles: readonly string[] }>(roles: ReadonlySet<string>, sentences: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const sentence of sentences) {
    const own = new Set(sentence.roles);
    const shared = [...own].filter((role) => roles.has(role)).length;
    const score = shared / new Set([...own, ...roles]).size;
    if (shared >= 2 && score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

export const factsNotes: FidelityCheck = (input) => {
  if (input.source.kind !== "summary") return [];
  const vocabulary = vocabularyOf(input);
  const theirs = sourceSentences(input.seed).map((text) => ({
    text,
    stemmed: stemmed(text, vocabulary.roleWords),
    roles: rolesIn(text, vocabulary.matcher),
  }));
  const allRoles = new Set(theirs.flatMap((sentence) => sentence.roles));
  const sourceWords = new Set(wordsOf(joinLines(input.seed)));
  const problems: FidelityProblem[] = [];
  const file = `content/${input.routebook.id}/flow.md`;
  for (const step of input.routebook.flow.steps) {
    for (const unit of notesIn(step.body)) {
      const ours = stemmed(unit.text, vocabulary.roleWords);
      const roles = new Set(rolesIn(unit.text, vocabulary.matcher));
      for (const role of roles) {
        if (!allRoles.has(role) && !sourceWords.has(role)) {
          problems.push({ check: "facts: notes", file, where: step.id, message: `note names "${role}", which the source does not` });
        }
      }
      if (roles.size >= LIST) {
        // A note that lists people says again the source's list that shares most of them: it names them all.
        const list = listOf(roles, theirs);
        for (const role of new Set(list?.roles ?? [])) {
          if (!roles.has(role)) {
            problems.push({
              check: "facts: notes",
              file,
              where: step.id,
              message: `the note "${short(unit.text)}" leaves out "${role}", whom the source names there ("${short(list!.text)}")`,
            });
          }
        }
        continue;
      }
      const cover = coverOf(
        ours,
        theirs.map((sentence) => sentence.stemmed),
        vocabulary.idf,
      );
      const said = covered(ours, { text: "", stems: new Set(cover.flatMap((at) => [...theirs[at]!.stemmed.stems])) }, vocabulary.idf);
      // Too few words of its own to tell which source sentence it says again.
      if (ours.stems.size < 3 || cover.length === 0 || said < RESTATES) continue;
      const source = theirs[cover[0]!]!;
      // Who does what: a role of the note stands in the source sentences it says again, or next to them.
      const near = cover.flatMap((at) => [at - 1, at, at + 1]).flatMap((at) => (theirs[at] ? [theirs[at]!] : []));
      if (near.some((sentence) => addressed(sentence.text))) continue;
      const nearRoles = new Set(near.flatMap((sentence) => sentence.roles));
      for (const role of roles) {
        if (nearRoles.size > 0 && !nearRoles.has(role)) {
          problems.push({
            check: "facts: notes",
            file,
            where: step.id,
            message: `"${role}" in the note "${short(unit.text)}": the source says this of someone else ("${short(source.text)}")`,
          });
        }
      }
    }
  }
  return problems;
};
