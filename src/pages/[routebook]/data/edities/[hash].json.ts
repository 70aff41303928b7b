import type { APIRoute } from "astro";
import type { Edition } from "../../../../../pipeline/index.ts";
import { editionsOf, jsonResponse } from "../../../../lib/editions.ts";
import { getRoutebooks } from "../../../../lib/routebooks.ts";

/**
 * Every edition the site keeps, the current one too: the next build reads them
 * back from the site it replaces (tools/build/editions.ts), so the history
 * carries on from build to build.
 */
export async function getStaticPaths() {
  return (await getRoutebooks()).flatMap((routebook) =>
    editionsOf(routebook).kept.map((edition) => ({ params: { routebook: routebook.id, hash: edition.hash }, props: { edition } })),
  );
}

export const GET: APIRoute<{ edition: Edition }> = ({ props }) => jsonResponse(props.edition);
