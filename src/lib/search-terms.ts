import { compoundTerms, dutchLexicon } from "../../pipeline/index.ts";

/** Extra search terms for a page's text: the parts of its Dutch compounds and the stems of its plurals (see pipeline/search/compounds.ts). */
export async function searchTermsFor(text: string): Promise<string> {
  return compoundTerms(text, await dutchLexicon()).join(" ");
}
