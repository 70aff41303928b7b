import { join } from "node:path";
import { FLOW_FILE, META_FILE, type Routebook } from "../content.ts";

import type { z } from "zod";
import type { LinkUseSchema } from "../schema/link-report.ts";

/** One place where an external URL is used. */
export type LinkUse = z.infer<typeof LinkUseSchema>;

const URL_IN_TEXT = /https?:\/\/[^\s<>()[\]"']+/g;
const isExternal = (url: string) => /^https?:\/\//i.test(url);

/**
 * Every external URL of the content with every place it is used: step links
 * (file:line), source documents in routeboek.md, link annotations and URLs in
 * the text of the PDFs (file, page). Pure: reads only the loaded content.
 */
export function collectExternalLinks(routebooks: readonly Routebook[]): Map<string, LinkUse[]> {
  const uses = new Map<string, LinkUse[]>();
  const add = (url: string, use: LinkUse) => {
    if (!isExternal(url)) return;
    const list = uses.get(url) ?? [];
    const key = JSON.stringify(use);
    if (!list.some((existing) => JSON.stringify(existing) === key)) list.push(use);
    uses.set(url, list);
  };
  for (const routebook of routebooks) {
    const flowFile = join(routebook.folder, FLOW_FILE);
    for (const step of routebook.flow.steps) {
      for (const link of step.links) add(link.url, { routebook: routebook.id, where: `stap ${step.id}`, file: flowFile, line: link.place.line });
    }
    for (const source of routebook.documents) {
      if (source.url) add(source.url, { routebook: routebook.id, where: `bron "${source.alias}"`, file: join(routebook.folder, META_FILE) });
      const extracted = source.extracted;
      const pdf = source.pdf ? join(routebook.folder, source.pdf) : source.alias;
      if (!extracted) continue;
      for (const link of extracted.links) add(link.url, { routebook: routebook.id, where: `${source.alias}, link`, file: pdf, page: link.page });
      for (const chapter of extracted.chapters) {
        for (const block of chapter.blocks) {
          if (block.kind !== "paragraph") continue;
          for (const [found] of block.text.matchAll(URL_IN_TEXT)) {
            add(found.replace(/[.,;:!?]+$/, ""), { routebook: routebook.id, where: `${source.alias}, ${chapter.title}`, file: pdf, page: block.page });
          }
        }
      }
    }
  }
  return uses;
}
