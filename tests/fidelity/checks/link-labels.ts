// Dates in the editors' link labels and editions against the addresses they stand for (review F28):
// a WordPress address says when its file was put online ("…/uploads/sites/3/2024/09/…"), so a label
// "september 2025" on a 2024 file, or an edition inferred from a folder that the addresses do not have,
// sends a reader to an old version unawares. Link labels are ours by rule; their numbers must be the address's.
import { DUTCH_MONTHS as MONTHS } from "../../../shared/dutch-months.ts";
import { blockTexts, inlineRuns, inlineToText } from "../../../pipeline/rich/text.ts";
import type { Inline } from "../../../pipeline/schema/rich.ts";
import type { FidelityCheck, FidelityProblem } from "../types.ts";

const CHECK = "link labels";

/** The year and month a file was put online, from its address's upload folder; undefined without one. */
export function uploadFolder(url: string): { year: number; month: number } | undefined {
  const match = /\/uploads\/(?:sites\/\d+\/)?(\d{4})\/(\d{2})\//.exec(url);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : undefined;
}

/** The month a text names (1-12), or 0. */
const monthIn = (text: string) => MONTHS.findIndex((name) => new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, "iu").test(text)) + 1;

const digitGroups = (text: string) => text.match(/\d+/g) ?? [];

/** An address after its upload folder (the file's name), or the whole address without one. */
const fileName = (url: string) => {
  const folder = /\/uploads\/(?:sites\/\d+\/)?\d{4}\/\d{2}\//.exec(url);
  return folder ? url.slice(folder.index + folder[0].length) : url;
};

const fileDigits = (url: string) => new Set(digitGroups(fileName(url)));

/** A label's edition: a number after a month ("september 2025") or alone in brackets ("oude versie (2024)"). */
const EDITION = new RegExp(`(?:(?:${MONTHS.join("|")})\\s+|\\()(\\d+)\\)?`, "giu");

/**
 * What is wrong with a label of ours for `url`: an edition that is not a year, a year other than the
 * upload folder's, a month other than the folder's, or another number that the file's name lacks.
 */
export function labelMismatches(label: string, url: string): string[] {
  const folder = uploadFolder(url);
  const inFile = fileDigits(url);
  const wrong: string[] = [];
  for (const match of label.matchAll(EDITION)) {
    if (!/^(19|20)\d{2}$/.test(match[1]!)) wrong.push(`names the edition "${match[0].trim()}", which is not a year`);
  }
  for (const group of digitGroups(label)) {
    const year = /^(19|20)\d{2}$/.test(group);
    // A year the file's own name gives ("…-MAS-september-2022.pdf" put online in 2023/12) dates the file itself.
    if (year && folder && !inFile.has(group)) {
      if (Number(group) !== folder.year) wrong.push(`names ${group}, the address is from ${folder.year}`);
    } else if (!inFile.has(group)) wrong.push(`names ${group}, which the address does not`);
  }
  const month = monthIn(label);
  if (month && folder && month !== folder.month && monthIn(fileName(url)) !== month)
    wrong.push(`names ${MONTHS[month - 1]}, the address is from month ${folder.month}`);
  return wrong;
}

/** An edition as a date: "september 2025" or "2025-09" → year and month (month 0 when not named). */
function editionOf(text: string): { year: number; month: number } | undefined {
  const iso = /^(\d{4})(?:-(\d{2}))?/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2] ?? 0) };
  const year = /\b((?:19|20)\d{2})\b/.exec(text);
  return year ? { year: Number(year[1]), month: monthIn(text) } : undefined;
}

const sameFolder = (edition: { year: number; month: number }, folder: { year: number; month: number }) =>
  edition.year === folder.year && (edition.month === 0 || edition.month === folder.month);

const folderName = (folder: { year: number; month: number }) => `${folder.year}/${String(folder.month).padStart(2, "0")}`;

/** The web links of a run of inline text, nested ones included. */
function webLinks(inlines: readonly Inline[]): { label: string; url: string }[] {
  return inlines.flatMap((inline) => [
    ...(inline.type === "link" ? [{ label: inlineToText(inline.children), url: inline.url }] : []),
    ...("children" in inline ? webLinks(inline.children) : []),
  ]);
}

export const linkLabels: FidelityCheck = ({ routebook, seed }) => {
  const problems: FidelityProblem[] = [];
  const meta = `${routebook.folder}/routeboek.md`;
  for (const step of routebook.flow.steps) {
    for (const link of step.links) {
      for (const message of labelMismatches(link.label, link.url)) {
        problems.push({
          check: CHECK,
          file: `${routebook.folder}/flow.md`,
          where: step.id,
          message: `the link "${link.label}" ${message}: label it as its address dates it`,
        });
      }
    }
  }
  // A summary's link text is ours too ("Brief over de verzuimcijfers 2020-2021"): its numbers are its address's.
  for (const chapter of routebook.documents.flatMap((document) => document.text?.chapters ?? [])) {
    const blocks = [...chapter.blocks, ...chapter.footnotes.flatMap((footnote) => footnote.children)];
    for (const link of [...inlineRuns(blocks)].flatMap(webLinks)) {
      for (const message of labelMismatches(link.label, link.url)) {
        problems.push({
          check: CHECK,
          file: chapter.file,
          where: chapter.title,
          message: `the link "${link.label}" ${message}: label it as its address dates it`,
        });
      }
    }
  }
  // A document's edition stands for its address; an inferred one (editorialFields: [edition]) is read from it.
  const inferredFrom: { year: number; month: number }[] = [];
  for (const document of routebook.documents) {
    const folder = document.url ? uploadFolder(document.url) : undefined;
    if (!folder) continue;
    if (document.editorialFields?.includes("edition")) inferredFrom.push(folder);
    for (const field of [document.version, document.date]) {
      const edition = field ? editionOf(field) : undefined;
      if (edition && !sameFolder(edition, folder)) {
        problems.push({
          check: CHECK,
          file: meta,
          where: document.alias ?? document.title,
          message: `the edition "${field}" is not the address's upload folder ${folderName(folder)}`,
        });
      }
    }
  }
  if (routebook.editorialFields?.includes("edition")) {
    for (const field of [routebook.version, routebook.date]) {
      const edition = field ? editionOf(field) : undefined;
      if (!edition) continue;
      const other = inferredFrom.find((folder) => !sameFolder(edition, folder));
      if (!inferredFrom.length || other) {
        const from = other
          ? `the upload folder ${folderName(other)}`
          : "no document's upload folder (mark the documents' editions inferred too)";
        problems.push({
          check: CHECK,
          file: meta,
          where: "version",
          message: `the inferred edition "${field}" is not ${from}`,
        });
      }
    }
  }
  // The editors' introduction may name the folders ("de map van de uploads (2025/09)"): they must be the addresses'.
  const folders = [
    ...routebook.documents.flatMap((document) => (document.url ? [document.url] : [])),
    ...routebook.flow.steps.flatMap((step) => step.links.map((link) => link.url)),
  ]
    .map(uploadFolder)
    .filter((folder) => folder !== undefined);
  const known = new Set(folders.map(folderName));
  const sourceEditions = [routebook, ...routebook.documents]
    .filter((entry) => !entry.editorialFields?.includes("edition"))
    .flatMap((entry) => [entry.version, entry.date].flatMap((field) => (field ? [editionOf(field)] : [])))
    .filter((edition) => edition !== undefined);
  const seedText = seed.replace(/\s+/g, " ").toLowerCase();
  for (const text of blockTexts(routebook.description.blocks)) {
    for (const match of text.matchAll(/\b((?:19|20)\d{2})\/(\d{1,2})\b/g)) {
      const named = `${match[1]}/${match[2]!.padStart(2, "0")}`;
      if (!known.has(named))
        problems.push({
          check: CHECK,
          file: meta,
          where: "introduction",
          message: `names the upload folder ${match[0]}, which no address of the routebook has`,
        });
    }
    const monthNames = MONTHS.join("|");
    for (const match of text.matchAll(new RegExp(`(?<!\\p{L})(${monthNames}) ((?:19|20)\\d{2})\\b`, "giu"))) {
      const edition = { year: Number(match[2]), month: MONTHS.indexOf(match[1]!.toLowerCase()) + 1 };
      const inSource = seedText.includes(match[0].toLowerCase());
      const dated = inSource || [...folders, ...sourceEditions].some((other) => sameFolder(edition, other) || sameFolder(other, edition));
      if (!dated)
        problems.push({
          check: CHECK,
          file: meta,
          where: "introduction",
          message: `names "${match[0]}", which is no upload folder of an address, nor an edition or date of the source`,
        });
    }
  }
  return problems;
};
