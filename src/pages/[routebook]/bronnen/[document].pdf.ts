import type { APIRoute, GetStaticPaths } from "astro";
import { readFile } from "node:fs/promises";
import { getRoutebooks } from "../../../lib/routebooks.ts";

/**
 * Copies each source PDF into the site, so references can open it at the right page.
 * The `.pdf` in the file name makes it a file route, which `astro dev` serves without a trailing slash too.
 */
export const getStaticPaths = (async () => {
  const routebooks = await getRoutebooks();
  return routebooks.flatMap((routebook) =>
    routebook.documents.flatMap((source) =>
      source.pdfPath ? [{ params: { routebook: routebook.id, document: source.slug }, props: { path: source.pdfPath } }] : [],
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = async ({ props }) =>
  new Response(new Uint8Array(await readFile(props.path)), { headers: { "content-type": "application/pdf" } });
