import { typingDistance } from "../../shared/edit-distance.ts";
import { wordOverlap } from "../../shared/word-overlap.ts";
import type { LinkUse } from "./collect.ts";

import type { z } from "zod";
import type { LinkFlagSchema } from "../../pipeline/schema/link-report.ts";

/** Why a working URL may still be the wrong one to link. */
export type LinkFlag = z.infer<typeof LinkFlagSchema>;

const UPLOAD_FOLDER = /\/(20\d\d)\/(\d\d)\//;
/** Words that name a version rather than a document: years, dates, "definitief", "concept", codes like "SPPOH053". */
const VERSION_WORD = /^(\d+|definitief|concept|versie|v\d+|[a-z]+\d{2,})$/;

/** The words that name a document in a URL's file name: "2024-Routeboek-Verzuim-PO-definitief.pdf" → routeboek, verzuim. */
export function documentWords(url: string): Set<string> {
  const name = decodeURIComponent(new URL(url).pathname.split("/").filter(Boolean).pop() ?? "").replace(/\.[a-z0-9]+$/i, "");
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => !VERSION_WORD.test(word))
    .map((word) => word.replace(/\d+$/, ""))
    .filter((word) => word.length >= 3);
  return new Set(words);
}

/** Words that differ by a typo still match: file names are typed by hand ("Thuiszitten" for "Thuiszitters"). */
const sameWord = (a: string, b: string) => a === b || typingDistance(a, b) <= Math.floor(Math.min(a.length, b.length) / 5);

const similarity = (a: Set<string>, b: Set<string>) => wordOverlap(a, b, sameWord);

/** When two URLs name the same document; the file names' words must mostly agree. */
const SAME_DOCUMENT = 0.7;

/** The upload year and month of a URL, as a sortable number (202509), if it has an upload folder. */
const uploadDate = (url: string) => {
  const match = UPLOAD_FOLDER.exec(new URL(url).pathname);
  return match ? Number(`${match[1]}${match[2]}`) : undefined;
};

/**
 * Flags URLs that work but are probably wrong:
 * - an older version: another URL of the same routebook, or a source document of
 *   any routebook, on the same host, names the same document in a newer upload folder;
 * - another routebook's document: the URL is (a version of) a source document of
 *   a different routebook.
 */
export function flagLinks(
  uses: ReadonlyMap<string, LinkUse[]>,
  sourceDocuments: readonly { routebook: string; alias: string; url: string }[],
): Map<string, LinkFlag[]> {
  const flags = new Map<string, LinkFlag[]>();
  const flag = (url: string, value: LinkFlag) => flags.set(url, [...(flags.get(url) ?? []), value]);
  const urls = [...uses.keys()];
  const sameDocument = (a: string, b: string) =>
    new URL(a).host === new URL(b).host && similarity(documentWords(a), documentWords(b)) >= SAME_DOCUMENT;

  for (const url of urls) {
    const date = uploadDate(url);
    const routebooks = new Set(uses.get(url)!.map((use) => use.routebook));
    if (date !== undefined) {
      const documentUrls = sourceDocuments.map((document) => document.url);
      const newer = [...new Set([...urls, ...documentUrls])]
        .filter((other) => other !== url && (uploadDate(other) ?? 0) > date && sameDocument(url, other))
        .filter((other) => documentUrls.includes(other) || uses.get(other)!.some((use) => routebooks.has(use.routebook)))
        .sort((a, b) => (uploadDate(b) ?? 0) - (uploadDate(a) ?? 0))[0];
      if (newer) flag(url, { kind: "stale-version", newer });
    }
    for (const document of sourceDocuments) {
      const foreign = [...routebooks].some((routebook) => routebook !== document.routebook);
      if (foreign && (document.url === url || sameDocument(url, document.url))) {
        flag(url, { kind: "other-routebook", routebook: document.routebook, document: document.alias });
      }
    }
  }
  return flags;
}
