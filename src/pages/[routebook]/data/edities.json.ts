import type { APIRoute } from "astro";
import { editionUrl, type Routebook } from "../../../../pipeline/index.ts";
import { editionsOf, jsonResponse } from "../../../lib/editions.ts";
import { routebookPaths } from "../../../lib/routebooks.ts";

/** The editions the site keeps of a routebook, newest first, each with where to fetch it. */
export const getStaticPaths = routebookPaths;

export const GET: APIRoute<{ routebook: Routebook }> = ({ props }) =>
  jsonResponse(
    editionsOf(props.routebook).kept.map(({ hash, recorded, version, date, routeEdition }) => ({
      hash,
      recorded,
      version,
      date,
      routeEdition,
      url: editionUrl(props.routebook.id, hash),
    })),
  );
