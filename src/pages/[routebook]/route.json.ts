import type { APIRoute } from "astro";
import type { Routebook } from "../../../pipeline/index.ts";
import { routeData } from "../../lib/route-json.ts";
import { routebookPaths } from "../../lib/routebooks.ts";

/** The flow's graph and the case note's material, fetched by the route scripts only when a page needs them. */
export const getStaticPaths = routebookPaths;

export const GET: APIRoute<{ routebook: Routebook }> = ({ props }) =>
  new Response(JSON.stringify(routeData(props.routebook)), { headers: { "content-type": "application/json" } });
