/**
 * Word families from the Dutch dictionary's affix rules: a hunspell entry and
 * every form its suffix flags make ("financieel" with "financiële", "dagdeel"
 * with "dagdelen"). Pagefind's stemmer joins neither pair, so the search page
 * reads the families of the site's words (vocabulary.ts) and searches a query
 * word's other forms too (src/scripts/search-widen.ts). Pure code.
 */
import { withoutDiacritics } from "./terms.ts";

interface SuffixRule {
  strip: string;
  add: string;
  /** What the entry must end in for the rule to apply. */
  condition: RegExp;
}

/** A form as the search compares it: lower case, no diacritics, the dictionary's "ĳ" as the "ij" people type. */
export const formKey = (word: string): string => withoutDiacritics(word.normalize("NFKC").toLowerCase());

/** Only forms of letters: a rule's "en-" makes the first part of a hyphenated compound, not a word. */
const isWord = (form: string) => /^\p{L}+$/u.test(form);

/** The suffix rules of a hunspell .aff, by flag: `SFX flag strip add condition`, "0" meaning nothing. */
export function suffixRules(aff: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  const lines = aff.split("\n").map((line) => line.trim().split(/\s+/));
  const onlyInCompound = lines.find(([name]) => name === "ONLYINCOMPOUND")?.[1];
  for (const [kind, flag, strip, add, condition, tag] of lines) {
    // The header of a rule group (`SFX flag Y count`) has no condition.
    if (kind !== "SFX" || !flag || strip === undefined || !add || !condition) continue;
    // A diminutive ("schooltje", tagged NN1r or NN2r) is a word nobody searches a routebook for.
    if (tag && /^ts:NN\dr$/.test(tag)) continue;
    const [ending, continuation = ""] = add.split("/");
    // A form that stands only inside a compound ("opschalings-") is no word of its own.
    if (onlyInCompound && twoLetterFlags(continuation).includes(onlyInCompound)) continue;
    const group = rules.get(flag) ?? [];
    group.push({
      strip: strip === "0" ? "" : strip,
      add: ending === "0" ? "" : ending!,
      condition: new RegExp(`${condition === "." ? "" : condition}$`, "u"),
    });
    rules.set(flag, group);
  }
  return rules;
}

/** A hunspell flag list as OpenTaal writes it (`FLAG long`): two letters per flag. */
const twoLetterFlags = (flags: string): string[] => flags.match(/../gu) ?? [];

/** The forms one .dic entry makes: the word and each of its suffix rules applied. */
function entryForms(word: string, flags: string, rules: ReadonlyMap<string, SuffixRule[]>): string[] {
  const forms = new Set([word]);
  for (const flag of twoLetterFlags(flags)) {
    for (const rule of rules.get(flag) ?? []) {
      if (!word.endsWith(rule.strip) || !rule.condition.test(word)) continue;
      forms.add(word.slice(0, word.length - rule.strip.length) + rule.add);
    }
  }
  return [...forms].filter(isWord);
}

/**
 * The families that hold at least one of `words` (compared by formKey), each as its forms by formKey; an entry
 * whose flags make no other form is no family.
 */
export function wordFamilies(
  dic: string,
  rules: ReadonlyMap<string, SuffixRule[]>,
  words: ReadonlySet<string>,
): string[][] {
  const families: string[][] = [];
  for (const line of dic.split("\n")) {
    const slash = line.indexOf("/");
    if (slash < 1) continue;
    const flags = line.slice(slash + 1).split(/\s/)[0]!;
    const forms = [...new Set(entryForms(line.slice(0, slash), flags, rules).map(formKey))];
    if (forms.length > 1 && forms.some((form) => words.has(form))) families.push(forms);
  }
  return families;
}
