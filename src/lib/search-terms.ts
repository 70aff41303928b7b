import { compoundTerms, stepPlainText, vocabularyOf, type Routebook } from "../../pipeline/index.ts";
import { getRoutebooks } from "./routebooks.ts";

/** Every text the site shows of a routebook: the vocabulary compound parts must come from. */
function textsOf(routebook: Routebook): string[] {
  const steps = routebook.flow.steps.map(stepPlainText);
  const chapters = routebook.documents.flatMap((source) => source.text?.chapters.map((chapter) => `${chapter.title} ${chapter.text}`) ?? []);
  return [...steps, ...chapters];
}

let vocabulary: Promise<Set<string>> | undefined;

/** Extra search terms for a page's text: the parts of its Dutch compounds (see pipeline/search/compounds.ts). */
export async function searchTermsFor(text: string): Promise<string> {
  const read = () => getRoutebooks().then((routebooks) => vocabularyOf(routebooks.flatMap(textsOf)));
  // Under `astro dev` the content can change between requests; a build reads it once.
  if (import.meta.env.DEV) return compoundTerms(text, await read()).join(" ");
  vocabulary ??= read();
  return compoundTerms(text, await vocabulary).join(" ");
}
