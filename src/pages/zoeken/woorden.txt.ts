import type { APIRoute } from "astro";
import { siteVocabulary } from "../../lib/search-terms.ts";
import { getRoutebooks } from "../../lib/routebooks.ts";

/** The site's words, most frequent first: what "Bedoelde je …?" on the search page chooses from. */
export const GET: APIRoute = async () =>
  new Response(await siteVocabulary(await getRoutebooks()), { headers: { "content-type": "text/plain; charset=utf-8" } });
