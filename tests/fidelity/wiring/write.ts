// (Re)writes the wiring records (tests/fidelity/wiring/<id>.md) from the content as it is, read the
// way the fidelity checks read it. Run it after changing where an answer leads, review the diff of the
// record beside the source, and commit the record with the flow. Usage: npm run fidelity:records [-- <id> …]
import { readFile, writeFile } from "node:fs/promises";
import { readContent } from "../../../pipeline/content.ts";
import { SOURCES } from "../sources.ts";
import { recordFile, recordPath, renderRecord, wiringRows } from "./record.ts";

const ids = process.argv.slice(2);
const content = await readContent("content");
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
  const input = { routebook, source, pages: source.pages(await readFile(source.seedFile, "utf8")) };
  const before = await readFile(recordPath(routebook.id), "utf8").catch(() => "");
  const text = renderRecord(input, wiringRows(input));
  if (text !== before) await writeFile(recordPath(routebook.id), text);
  console.log(`${recordFile(routebook.id)}: ${text === before ? "unchanged" : "written"} (${wiringRows(input).length} answers)`);
}
