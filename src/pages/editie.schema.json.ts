import type { APIRoute } from "astro";
import { editionJsonSchema } from "../../pipeline/index.ts";
import { jsonResponse } from "../lib/editions.ts";

/** The JSON Schema of the open data: `/<id>/data/routeboek.json` and every edition kept. */
export const GET: APIRoute = () => jsonResponse(editionJsonSchema());
