// The quantities of a Dutch text as facts: numbers in digits or words, ordinals, ranges, ages,
// years and frequencies, each with the unit it counts, so "twee weken" and "2 weken" are the
// same fact and "2 weken" and "2 dagen" are not.
import { CARDINALS as DUTCH_CARDINALS, ORDINALS } from "../../../shared/wording/number-words.ts";
import { forLongTexts } from "../memo.ts";

/** A quantity found in a text. */
export interface Quantity {
  /** The number, normalised: "2", "1.5"; an ordinal ends in "e" ("7e"); a frequency is "elke". */
  value: string;
  /** What it counts, normalised to the singular ("week", "keer", "jaar", "+"), or "" when the text does not say. */
  unit: string;
  /** The words as the text has them, for messages. */
  text: string;
  /**
   * Without a unit: the start of the word after the number, which says what it counts ("varia" in "vier varianten").
   */
  counts?: string;
  /** The unit is a label before the number ("Bijlage 3", "onderdeel 4"): it names a numbered part. */
  label?: boolean;
}

/** The key two quantities are the same fact by. */
export const keyOf = (quantity: Pick<Quantity, "value" | "unit" | "counts">) =>
  `${quantity.value} ${quantity.unit}${quantity.counts ? ` (${quantity.counts}…)` : ""}`.trim();

/** The number words a quantity is read from; "eén" is a common misspelling of "één". */
const CARDINALS: Readonly<Record<string, number>> = {
  ...DUTCH_CARDINALS,
  eén: 1,
  anderhalf: 1.5,
  anderhalve: 1.5,
};

/** Words a number counts, by their forms, each to one name. Only these give a quantity its unit. */
const UNIT_FORMS: Record<string, string[]> = {
  uur: ["uur", "uren"],
  lesuur: ["lesuur", "lesuren"],
  minuut: ["minuut", "minuten"],
  dag: ["dag", "dagen"],
  schooldag: ["schooldag", "schooldagen"],
  dagdeel: ["dagdeel", "dagdelen"],
  // School weeks and lesson weeks are weeks: "4 weken" and "4 lesweken" count the same.
  week: ["week", "weken", "schoolweek", "schoolweken", "lesweek", "lesweken"],

  maand: ["maand", "maanden"],
  jaar: ["jaar", "jaren"],
  schooljaar: ["schooljaar", "schooljaren"],
  keer: ["keer", "keren", "maal"],
  maandelijks: ["maandelijks"],
  gemeente: ["gemeente", "gemeenten", "gemeentes"],
  onderdeel: ["onderdeel", "onderdelen"],
  stap: ["stap", "stappen"],
  criterium: ["criterium", "criteria"],
  partner: ["partner", "partners"],
  ziekmelding: ["ziekmelding", "ziekmeldingen"],
  "%": ["%", "procent"],
  januari: ["januari"],
  februari: ["februari"],
  maart: ["maart"],
  april: ["april"],
  mei: ["mei"],
  juni: ["juni"],
  juli: ["juli"],
  augustus: ["augustus"],
  september: ["september"],
  oktober: ["oktober"],
  november: ["november"],
  december: ["december"],
};
const UNITS = new Map(Object.entries(UNIT_FORMS).flatMap(([unit, forms]) => forms.map((form) => [form, unit] as const)));

/** Units that "een" counts as one of ("een week" is one week); before other words "een" is an article. */
const ONE_BEFORE = new Set(["uur", "lesuur", "minuut", "dag", "schooldag", "dagdeel", "week", "maand", "jaar", "schooljaar", "keer"]);

/** Words a number after them is the number of: "Bijlage 3", "artikel 5", "stap 2". */
const LABELS = new Set(["bijlage", "hoofdstuk", "artikel", "station", "stap", "onderdeel", "fase", "lid", "criterium"]);

/** The unit a word names, if it names one: "weken" is "week". */
export const unitName = (word: string) => UNITS.get(word.toLowerCase());

/** Words between two numbers that make them one range or choice: "8 t/m 11 keer", "één of twee dagen". */
const CONNECTORS = new Set(["t/m", "tot", "met", "en", "of", "-", "–", "à", "a", "tussen"]);

/** Words that never stand between a number and its unit: "bijlage 1 voor criteria" counts no criteria. */
const PLAIN = new Set([
  ...CONNECTORS,
  "voor",
  "van",
  "in",
  "op",
  "per",
  "na",
  "de",
  "het",
  "een",
  "te",
  "om",
  "uit",
  "aan",
  "bij",
  "naar",
  "door",
  "over",
  "is",
  "zijn",
  "wordt",
  "worden",
  "geen",
  "niet",
  "dat",
  "die",
  "dan",
  "als",
  "ook",
  "nog",
  "wel",
  "maar",
  "zo",
]);

/** Frequencies: "elke week", "wekelijks" and "iedere week" are one fact. */
const EVERY = new Set(["elke", "elk", "iedere", "ieder"]);
const FREQUENCY_WORDS: Record<string, string> = {
  dagelijks: "dag",
  wekelijks: "week",
  maandelijks: "maand",
  jaarlijks: "jaar",
};

/** Set phrases whose number word counts nothing: a name ("Tweede Kamer") or an idiom ("in eerste instantie"). */
const IDIOMS = /\b(?:tweede|eerste) kamer\b|\bin eerste instantie\b/giu;

/** "een van de ouders" is one of them: after "een", these words make it a number. */
const ONE_OF = new Set(["de", "der", "hen", "hun", "beide", "deze", "die", "zijn", "haar"]);

interface Token {
  word: string;
  lower: string;
  number?: { value: string; ordinal: boolean; suffix?: string };
}

const TOKEN = /(\d+(?:,\d+|\.\d+(?![\d\p{L}]))?)(\+|-(?=\s)|e(?!\p{L}))?|[\p{L}](?:\p{L}|['’](?=\p{L}))*(?:\/[\p{L}]+)?|[%–-]/gu;

/** Addresses: their digits are no facts of the text, except where a reference is compared with them. */
const ADDRESSES = /https?:\/\/\S+|www\.\S+|\S+@\S+/g;

function tokens(text: string, addresses: boolean): Token[] {
  const found: Token[] = [];
  const readable = addresses ? text.replace(ADDRESSES, (address) => address.replace(/[/_.?=&#-]+/g, " ")) : text.replace(ADDRESSES, " ");
  for (const match of readable.replace(IDIOMS, " ").matchAll(TOKEN)) {
    const word = match[0];
    const lower = word.toLowerCase();
    if (match[1]) {
      // "1,5" is a decimal; "5.1" numbers a section, and stays as written.
      const value = match[1].includes(".") ? match[1] : String(Number(match[1].replace(",", ".")));
      const suffix = match[2];
      found.push({
        word,
        lower,
        number: { value, ordinal: suffix === "e", suffix: suffix === "e" ? undefined : suffix },
      });
    } else if (lower in CARDINALS) found.push({ word, lower, number: { value: String(CARDINALS[lower]), ordinal: false } });
    else if (lower in ORDINALS) found.push({ word, lower, number: { value: String(ORDINALS[lower]), ordinal: true } });
    else found.push({ word, lower });
  }
  return found;
}

const unitOf = (token: Token | undefined) => (token && !token.number ? UNITS.get(token.lower) : undefined);

/**
 * The label a number at `at` is the number of: the word before it ("Bijlage 3"), or the label of
 * the list it continues ("stap 3, 4 en 5": all three are steps).
 */
function labelBefore(list: readonly Token[], at: number, previous: (Quantity & { at: number }) | undefined): string | undefined {
  const before = list[at - 1];
  if (before && LABELS.has(before.lower)) return before.lower;
  const between = previous ? list.slice(previous.at + 1, at) : [];
  return previous?.label && between.every((token) => CONNECTORS.has(token.lower)) ? previous.unit : undefined;
}

/**
 * Every quantity of `text`, in order. A number's unit is the unit word right after it (one
 * adjective may stand between: "4 opeenvolgende lesweken"), "+" or "-" after an age ("12+"),
 * the label before it ("Bijlage 3"), or the unit of the number it makes a range with. Web and
 * mail addresses are left out, or with `addresses` read as words ("…/MAS-september-2022.pdf").
 */
export const quantities: (text: string, options?: { addresses?: boolean }) => Quantity[] = forLongTexts(
  (text: string, options: { addresses?: boolean } = {}) => readQuantities(text, options),
  (options = {}) => String(options.addresses ?? false),
);

function readQuantities(text: string, { addresses = false }: { addresses?: boolean }): Quantity[] {
  const list = tokens(text, addresses);
  const found: (Quantity & { at: number })[] = [];
  list.forEach((token, at) => {
    const next = list[at + 1];
    if (EVERY.has(token.lower) && unitOf(next) && ONE_BEFORE.has(unitOf(next)!)) {
      found.push({ value: "elke", unit: unitOf(next)!, text: `${token.word} ${next!.word}`, at });
      return;
    }
    if (token.lower in FREQUENCY_WORDS && !list[at - 1]?.number) {
      found.push({ value: "elke", unit: FREQUENCY_WORDS[token.lower]!, text: token.word, at });
      return;
    }
    const isOne =
      token.lower === "een" &&
      (ONE_BEFORE.has(unitOf(next) ?? "") ||
        (next?.lower === "of" && list[at + 2]?.number) ||
        (next?.lower === "van" && ONE_OF.has(list[at + 2]?.lower ?? "")));
    if (!token.number && !isOne) return;
    const number = token.number ?? { value: "1", ordinal: false };
    const value = number.ordinal ? `${number.value}e` : number.value;
    const label = labelBefore(list, at, found.at(-1));
    if (label) {
      found.push({
        value,
        unit: label,
        text: list[at - 1]?.lower === label ? `${list[at - 1]!.word} ${token.word}` : token.word,
        at,
        label: true,
      });
      return;
    }
    const skipped = !unitOf(next) && next && !next.number && !PLAIN.has(next.lower) && unitOf(list[at + 2]);
    const unitToken = skipped ? list[at + 2] : next;
    const unit = number.suffix ?? unitOf(unitToken) ?? "";
    const words = unitOf(unitToken) ? list.slice(at, at + (skipped ? 3 : 2)) : [token];
    // Without a unit, the word after the number still says what it counts ("vier varianten").
    // A year or an ordinal says what it is by itself ("in 2019 volgde", "de eerste contactpersoon").
    const year = /^(19|20)\d\d$/.test(value);
    const counts = !unit && !year && !number.ordinal && next && !next.number && !PLAIN.has(next.lower) ? next.lower.slice(0, 5) : undefined;
    found.push({
      value,
      unit,
      text: [...words, ...(counts ? [next!] : [])].map((word) => word.word).join(" "),
      at,
      ...(counts ? { counts } : {}),
    });
  });
  // A number without a unit takes the unit of the number it makes a range with: "8 t/m 11 keer".
  for (let index = found.length - 2; index >= 0; index--) {
    const [here, after] = [found[index]!, found[index + 1]!];
    const between = list.slice(here.at + 1, after.at);
    if (!here.unit && after.unit && between.length <= 3 && between.every((token) => CONNECTORS.has(token.lower))) {
      here.unit = after.unit;
    }
  }
  return found.map(({ at: _at, ...quantity }) => quantity);
}

/**
 * A seed's text as its words read: OCR's replacement characters and soft hyphens gone, words
 * broken over a line joined ("sig-\n\nnalen"), lines holding only a page number dropped, and
 * white space folded.
 */
export const readableSeed: (seed: string) => string = forLongTexts((seed: string) => readable(seed));

function readable(seed: string): string {
  return seed
    .replace(/[\uFFFD\u00AD]/g, "")
    .replace(/^[ \t]*\d{1,3}[ \t]*$/gm, "")
    .replace(/(\p{L})-[ \t]*\n\s*(\p{Ll})/gu, "$1$2")
    .replace(/\s+/g, " ")
    .trim();
}
