import type { APIRoute } from "astro";
import type { Routebook } from "../../../../pipeline/index.ts";
import { editionsOf, jsonResponse } from "../../../lib/editions.ts";
import { routebookPaths } from "../../../lib/routebooks.ts";

/** Open data: the routebook's current edition at a stable address (docs/open-data.md). */
export const getStaticPaths = routebookPaths;

export const GET: APIRoute<{ routebook: Routebook }> = ({ props }) => jsonResponse(editionsOf(props.routebook).current);
