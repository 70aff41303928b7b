// (Re)writes every reviewed record from the content as it is, read the way the fidelity checks read it:
// the wiring (tests/fidelity/wiring/<id>.md, where each answer leads), the claims of our own words
// (tests/fidelity/claims/<id>.md) and where the summary or the steps say each source sentence
// (tests/fidelity/said/<id>.md). Review the diff beside the source and commit the records with the
// content. Usage: npm run fidelity:records [-- <id> …]
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readContent } from "../../../pipeline/content.ts";
import { claimsPlaces } from "../claims/places.ts";
import { claimsFile, claimsPath, renderClaims } from "../claims/record.ts";
import { contentFiles } from "../check.ts";
import { renderSaid, saidFile, saidPath, saidRows } from "../said/record.ts";
import { SOURCES } from "../sources.ts";
import type { FidelityInput } from "../types.ts";
import { recordFile, recordPath, renderRecord, wiringRows } from "../wiring/record.ts";
import { WRITE_COMMAND } from "./table.ts";

/** Every kind of record: where it is written and its text for a routebook. One line each. */
const RECORDS: readonly {
  file: (id: string) => string;
  path: (id: string) => string;
  render: (input: FidelityInput) => string;
}[] = [
  { file: recordFile, path: recordPath, render: (input) => renderRecord(input, wiringRows(input)) },
  { file: claimsFile, path: claimsPath, render: (input) => renderClaims(input.routebook.id, claimsPlaces(input), WRITE_COMMAND) },
  { file: saidFile, path: saidPath, render: (input) => renderSaid(input.routebook.id, saidRows(input), WRITE_COMMAND) },
];

const root = "content";
const ids = process.argv.slice(2);
const content = await readContent(root);
if (content.problems.length) {
  console.error(`content: ${content.problems.length} problems; run \`npm run check\` and fix them first`);
  process.exit(1);
}
for (const id of ids) {
  if (!content.routebooks.some((book) => book.id === id)) {
    const known = content.routebooks.map((book) => book.id).join(", ");
    console.error(`no routebook "${id}" under content/; name one of: ${known}`);
    process.exit(1);
  }
}
for (const routebook of content.routebooks.filter((book) => !ids.length || ids.includes(book.id))) {
  const source = SOURCES.find((candidate) => candidate.id === routebook.id);
  if (!source) {
    console.error(`tests/fidelity/sources.ts: no source for "${routebook.id}"; add its seed to SOURCES first`);
    process.exit(1);
  }
  const seed = await readFile(source.seedFile, "utf8");
  const files = await contentFiles(join(root, routebook.id));
  const input: FidelityInput = { root, routebook, source, seed, pages: source.pages(seed), files };
  for (const record of RECORDS) {
    const before = await readFile(record.path(routebook.id), "utf8").catch(() => "");
    const text = record.render(input);
    if (text !== before) await writeFile(record.path(routebook.id), text);
    console.log(`${record.file(routebook.id)}: ${text === before ? "unchanged" : "written"}`);
  }
}
