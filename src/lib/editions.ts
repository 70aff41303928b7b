import { type Routebook, routebookEditions, siteToday } from "../../pipeline/index.ts";

/** The routebook's editions as of the day the site is built for (pipeline/derive/editions.ts). */
export const editionsOf = (routebook: Routebook) => routebookEditions(routebook, siteToday());

/** JSON as the open data is served: indented, so a person can read it too. */
export const jsonResponse = (value: unknown) =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { "content-type": "application/json" } });
