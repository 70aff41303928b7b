// The words of a correction's two texts, as the bound on corrections compares them: runs of letters and
// digits, lowercased, with the characters OCR mistakes for one another folded together.
import { CARDINALS, HALVES, ORDINALS } from "../../../shared/wording/number-words.ts";

/** One word of a text: its letters and digits as written, and where it stands among the text's words. */
export interface Token {
  /** The letters and digits as written, e.g. "Quder", "1", or "|" for a lone mark OCR makes of a 1. */
  text: string;
  /** Lowercased, with OCR look-alikes folded ("quder" and "ouder" both "ouder"): what is compared. */
  key: string;
  /** The whitespace-separated piece of text it stands in, e.g. "(Clusterl," or "7\\". */
  chunk: string;
  /** Whether it starts a sentence, a line or a list item: a capital there names nothing. */
  initial: boolean;
}

/** Characters OCR reads for one another, each folded to one of them: O/Q/0, I/l/1/|/[/]/!, Z/2, S/5, B/8. */
const LOOKALIKES: Record<string, string> = {
  q: "o",
  "0": "o",
  i: "l",
  "1": "l",
  "|": "l",
  "[": "l",
  "]": "l",
  "!": "l",
  "2": "z",
  "5": "s",
  "8": "b",
};

/** A word folded for comparison: lowercased, letters and digits only, look-alikes as one. */
export const fold = (text: string) =>
  [...text.normalize("NFC").toLowerCase()].map((character) => LOOKALIKES[character] ?? character).join("");

/** A lone mark that OCR makes of a 1 ("Heb je | of meerdere", "(Cluster [, 2"): a word, for pairing with the 1. */
const LONE_ONE = /^[|[\]!][,.;:)]*$/;

/** The words of a text in order. */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let initial = true;
  for (const line of text.normalize("NFC").split("\n")) {
    initial = true;
    for (const chunk of line.split(/[ \t]+/).filter(Boolean)) {
      const words = LONE_ONE.test(chunk) ? [chunk[0]!] : (chunk.match(/[\p{L}\p{N}]+/gu) ?? []);
      for (const [index, word] of words.entries()) {
        tokens.push({ text: word, key: fold(word), chunk, initial: initial && index === 0 });
      }
      // A bullet or a glyph before the first word leaves the sentence's start where it was.
      if (words.length > 0) initial = /[.!?:]$/.test(chunk) || /^\d+\.$/.test(chunk);
    }
  }
  return tokens;
}

/** Negations: a correction that adds or drops one turns a duty around. */
export const NEGATIONS: ReadonlySet<string> = new Set(["niet", "geen", "nooit", "niets", "niemand", "nergens", "noch", "zonder"]);

/**
 * Number words, cardinal and ordinal. "een" is left out: it is mostly the article, and a dropped or added
 * article is a dropped or added word, which the bound fails anyway.
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([CARDINALS, ORDINALS, HALVES].flatMap(Object.keys));

/** Whether a word is or holds a number: digits, or a number word. */
export const isNumber = (token: Token) => /\p{N}/u.test(token.text) || NUMBER_WORDS.has(token.text.toLowerCase());

/** Whether a word is a negation. */
export const isNegation = (token: Token) => NEGATIONS.has(token.text.toLowerCase());

/** Whether a word names something: a capital inside a sentence, or two capitals ("OT", "iLoket", "ECZ"). */
export const isName = (token: Token) => (/^\p{Lu}/u.test(token.text) && !token.initial) || (token.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

/** The folded letters and digits of a text: where a name is looked for ("Zuid-Holland" has "Holland"). */
export const letterStream = (text: string) =>
  tokensOf(text)
    .map((token) => token.key)
    .join("");
