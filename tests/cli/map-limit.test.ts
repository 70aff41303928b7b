/**
 * A flow larger than MAP_MAX_STEPS gets no drawing on its map page (a layout of
 * thousands of boxes is unreadable and was the slowest page of a large build),
 * but a notice and the list of every step. Built from a synthetic flow one step
 * over the limit, with its own output and caches.
 */
import { load, type CheerioAPI } from "cheerio";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LARGE_FLOW_ID, writeLargeFlowContent } from "../../bench/large-flow.ts";
import { MAP_MAX_STEPS } from "../../pipeline/flow/map.ts";

const STEPS = MAP_MAX_STEPS + 1;

describe(`the map page of a flow of ${STEPS} steps`, () => {
  let work: string;
  let $: CheerioAPI;

  beforeAll(async () => {
    work = resolve(await mkdtemp(".build/test-map-limit-"));
    const content = await writeLargeFlowContent(join(work, "content"), STEPS, { compact: true });
    const site = join(work, "site");
    const result = spawnSync("node", ["tools/build/build.ts"], {
      encoding: "utf8",
      env: {
        ...process.env,
        ROUTEBOEK_CONTENT: content,
        ROUTEBOEK_OUT: site,
        ROUTEBOEK_CACHE: join(work, "pdf"),
        ROUTEBOEK_ASTRO_CACHE: join(work, "astro"),
      },
    });
    if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
    $ = load(await readFile(join(site, LARGE_FLOW_ID, "kaart", "index.html"), "utf8"));
  }, 1_200_000); // a build beside the other tiers' work: the limit only catches a hang

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("has no drawing and no legend, but says why, with the limit", () => {
    expect($("svg.flow-map").length).toBe(0);
    expect($(".map-legend").length).toBe(0);
    const notice = $("p.map-too-large").text().replace(/\s+/g, " ");
    expect(notice).toContain(`Deze route heeft ${STEPS} stappen, te veel voor een leesbare tekening`);
    expect(notice).toContain(`getekend tot ${MAP_MAX_STEPS} stappen`);
    expect($("p.map-too-large a").attr("href")).toBe("#alle-stappen");
  });

  it("lists every step, each linking to its page", () => {
    const links = $("ol.step-index > li > a")
      .map((_, a) => $(a).attr("href"))
      .get();
    expect(links).toEqual(Array.from({ length: STEPS }, (_, index) => `/${LARGE_FLOW_ID}/stap/stap-${index + 1}/`));
  });
});
