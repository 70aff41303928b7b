// The page furniture of the clickable tools: words of a source page that the site replaces by
// a rule of its own on every step, not by a choice per page. The omissions check accepts these
// words as not in the steps; every other word of a page must be in the steps made from it, or
// be listed in the flow's `leftOut:` with where and why. Keep this list short and general: a
// word that only one page has belongs in `leftOut:`, where the Verantwoording page shows it.

/** One rule of furniture: the words, as a pattern on a page's corrected text, and why the site may drop them. */
export interface Furniture {
  pattern: RegExp;
  why: string;
}

export const FURNITURE: readonly Furniture[] = [
  {
    // "Wil je meer lezen over preventie van verzuim? Lees verder in het", "Lees verder over afwegingskaders … in de".
    pattern: new RegExp(
      String.raw`(?:Wil je meer lezen over [^?]{0,120}\?\s*)?` +
        String.raw`Lees verder(?: over [^\n]*? (?:in|op)| in| op)?(?: de| het)?:?(?=\s|$)`,
      "g",
    ),
    why: 'the site lists every reference under its own heading "Lees verder", without the question that led to it',
  },
  {
    pattern: /Actie(?:\s*\d+)?\s*[:.]/g,
    why: 'the site shows a page\'s actions as a list under "Actie" or "Acties", without the word "Actie" or its number',
  },
  {
    pattern: /^\s*\d+\.(?=\s)/gm,
    why: "the number before a numbered action is the list's own numbering on the site",
  },
  {
    pattern: /Let op:/g,
    why: 'the site shows a "Let op" box of a page as a notice, which the site itself heads "Let op"',
  },
  {
    pattern: /^[ \t]*\d{1,3}[ \t]*$/gm,
    why: "a number alone on its line is the printed page number",
  },
  {
    pattern: /\bEinde:?/g,
    why: 'the site marks the end of a route with its own "Einde"',
  },
  {
    pattern: /Vorige(?: pagina)?/g,
    why: "the browser's back button and the site's answers replace \"Vorige\"; going back is no answer of a step",
  },
  {
    pattern: /Digitale tool Routeboek Verzuim en Thuiszitters/g,
    why: "the running header (logo text) of a tool's pages, after its corrections; the site has its own header",
  },
  {
    pattern: /Start de tool!/g,
    why: "the start button of a tool's first page: the site's own start button replaces it",
  },
  {
    // An address the dump broke after a hyphen is one link; the link check compares the URLs.
    pattern: /https?:\/\/\S+-[ \t]*\n\s*[^\s]+|https?:\/\/\S+/g,
    why: "addresses are checked by the link checks, as links, not as words",
  },
];
