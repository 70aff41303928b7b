import { FLOW_FILE, META_FILE } from "../../pipeline/files/content-names.ts";
import { join } from "node:path";
import type { Routebook } from "../../pipeline/model/model.ts";
import { stepInlineRuns } from "../../pipeline/flow/step-text.ts";
import { linksIn, textRuns } from "../../pipeline/rich/text.ts";

import type { z } from "zod";
import type { LinkUseSchema } from "../../pipeline/schema/link-report.ts";

/** One place where an external URL is used. */
export type LinkUse = z.infer<typeof LinkUseSchema>;

const isExternal = (url: string) => /^https?:\/\//i.test(url);

/**
 * Every external URL of the content with every place it is used: step links
 * and links in text (file:line), source documents in routeboek.md, link
 * annotations and URLs in the text of the PDFs (file, page). Pure: reads only
 * the loaded content.
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
    const metaFile = join(routebook.folder, META_FILE);
    for (const step of routebook.flow.steps) {
      const where = `stap ${step.id}`;
      for (const link of step.links) add(link.url, { routebook: routebook.id, where, file: flowFile, line: link.place.line });
      for (const run of stepInlineRuns(step))
        for (const link of linksIn(run)) add(link.url, { routebook: routebook.id, where, file: flowFile, line: link.line });
    }
    for (const run of textRuns(routebook.description)) {
      for (const link of linksIn(run)) add(link.url, { routebook: routebook.id, where: "inleiding", file: metaFile, line: link.line });
    }
    for (const run of textRuns(routebook.flow.intro)) {
      for (const link of linksIn(run))
        add(link.url, { routebook: routebook.id, where: "inleiding van de tool", file: flowFile, line: link.line });
    }
    for (const source of routebook.documents) {
      if (source.url) add(source.url, { routebook: routebook.id, where: `bron "${source.alias}"`, file: metaFile });
      const pdf = source.pdf ? join(routebook.folder, source.pdf) : source.alias;
      for (const link of source.pdfLinks ?? []) {
        add(link.url, { routebook: routebook.id, where: `${source.alias}, ${link.chapter ?? "link"}`, file: pdf, page: link.page });
      }
      for (const chapter of source.text?.chapters ?? []) {
        for (const run of textRuns(chapter)) {
          for (const link of linksIn(run))
            add(link.url, { routebook: routebook.id, where: `${source.alias}, ${chapter.title}`, file: chapter.file, line: link.line });
        }
      }
    }
  }
  return uses;
}
