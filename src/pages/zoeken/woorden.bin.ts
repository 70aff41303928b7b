import type { APIRoute } from "astro";
import { gzipSync } from "node:zlib";
import { getSiteSearch } from "../../lib/search-terms.ts";

/**
 * The site's words, most frequent first: what "Bedoelde je …?" on the search
 * page chooses from. Gzipped here (21 kB of text becomes 8 kB), as Pagefind
 * does with its own files, so it stays small on a host that compresses nothing;
 * the search page also reads it when a host has already decoded it.
 */
export const GET: APIRoute = async () =>
  new Response(gzipSync((await getSiteSearch()).vocabulary, { level: 9 }), {
    headers: { "content-type": "application/octet-stream" },
  });
