/**
 * Word families from the Dutch dictionary's affix rules: a hunspell entry and
 * every form its suffix flags make ("financieel" with "financiële", "dagdeel"
 * with "dagdelen"). Pagefind's stemmer joins neither pair, so the search page
 * reads the families of the site's words (vocabulary.ts) and searches a query
 * word's other forms too (src/elements/search-widen.ts). Pure code.
 */
import { withoutDiacritics } from "./diacritics.ts";

interface SuffixRule {
  strip: string;
  add: string;
  /** What the entry must end in for the rule to apply. */
  condition: RegExp;
  /** The form's morphological tag (`ts:VB3`, a verb's third person), when the rule gives one. */
  tag?: string;
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
      ...(tag?.startsWith("ts:") ? { tag } : {}),
    });
    rules.set(flag, group);
  }
  return rules;
}

/** A hunspell flag list as OpenTaal writes it (`FLAG long`): two letters per flag. */
const twoLetterFlags = (flags: string): string[] => flags.match(/../gu) ?? [];

/** The forms one .dic entry makes: the word and each of its suffix rules applied. */
function entryForms(word: string, flags: readonly string[], rules: ReadonlyMap<string, SuffixRule[]>): string[] {
  const forms = new Set([word]);
  for (const flag of flags) {
    for (const rule of rules.get(flag) ?? []) {
      if (!word.endsWith(rule.strip) || !rule.condition.test(word)) continue;
      forms.add(word.slice(0, word.length - rule.strip.length) + rule.add);
    }
  }
  return [...forms].filter(isWord);
}

/**
 * The infinitives Dutch spelling makes of a verb's stem: "weiger" → "weigeren", "organiseer" → "organiseren" (a
 * long vowel written once before a syllable), "stop" → "stoppen" (a short vowel's consonant doubled), "leef" →
 * "leven" (f and s voiced). Only those the dictionary has count.
 */
export function infinitivesOf(stem: string): string[] {
  const voiced = stem.replace(/f$/u, "v").replace(/s$/u, "z");
  const once = (root: string) => root.replace(/([aeou])\1(\p{L})$/u, "$1$2");
  const roots = [stem, voiced].flatMap((root) => [root, once(root), root + root.at(-1)]);
  return [...new Set(roots.map((root) => `${root}en`))];
}

/**
 * The families that hold at least one of `words` (compared by formKey), each as its forms by formKey; an entry
 * whose flags make no other form is no family. OpenTaal lists a verb twice, as its stem with the present and past
 * ("weiger": weigert, weigerde) and as its infinitive with the participle ("weigeren": weigerend); the two are one
 * family.
 */
export function wordFamilies(dic: string, rules: ReadonlyMap<string, SuffixRule[]>, words: ReadonlySet<string>): string[][] {
  const entries: { word: string; forms: string[]; stem: boolean }[] = [];
  const infinitives = new Map<string, string[]>();
  for (const line of dic.split("\n")) {
    const slash = line.indexOf("/");
    if (slash < 1) continue;
    const word = line.slice(0, slash);
    const flags = twoLetterFlags(line.slice(slash + 1).split(/\s/)[0]!);
    const tags = flags.flatMap((flag) => (rules.get(flag) ?? []).map((rule) => rule.tag));
    const forms = entryForms(word, flags, rules);
    // A present participle (`ts:PPn`, "weigerend") comes of the infinitive; a third person (`ts:VB3`), of the stem.
    if (tags.includes("ts:PPn")) infinitives.set(word, forms);
    entries.push({ word, forms, stem: tags.includes("ts:VB3") });
  }
  // Each verb's stem entry joined to its infinitive entry, both ways: "weigeren" finds the pages with "weigerden".
  const partner = new Map<string, string[]>();
  for (const { word, forms, stem } of entries) {
    const infinitive = stem ? infinitivesOf(word).find((candidate) => infinitives.has(candidate)) : undefined;
    if (!infinitive) continue;
    partner.set(word, infinitives.get(infinitive)!);
    partner.set(infinitive, [...(partner.get(infinitive) ?? []), ...forms]);
  }
  const families: string[][] = [];
  for (const { word, forms } of entries) {
    const family = [...new Set([...forms, ...(partner.get(word) ?? [])].map(formKey))];
    if (family.length > 1 && family.some((form) => words.has(form))) families.push(family);
  }
  return families;
}
