import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseFlow } from "./flow/parse.ts";
import { ContentError, type Problem } from "./problems.ts";
import { checkReferenceDocuments } from "./references/documents.ts";
import { parseRoutebookMeta } from "./routebook.ts";
import type { Flow } from "./schema/flow.ts";
import type { RoutebookMeta } from "./schema/routebook.ts";

/** A routebook ready for the site: validated metadata and its checked flow. */
export interface Routebook extends RoutebookMeta {
  /** Introduction paragraphs from `routeboek.md`. */
  description: string[];
  flow: Flow;
}

export const META_FILE = "routeboek.md";
export const FLOW_FILE = "flow.md";

/** Reads every routebook folder under `root`; collects all problems instead of stopping at the first. */
export async function readContent(root: string): Promise<{ routebooks: Routebook[]; problems: Problem[] }> {
  const entries = await readdir(root, { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const results = await Promise.all(folders.map((folder) => readRoutebook(join(root, folder), folder)));
  const problems = results.flatMap((result) => result.problems);
  if (folders.length === 0) {
    problems.push({ file: display(root), message: "no routebook folders found", hint: "add a folder with routeboek.md and flow.md" });
  }
  return { routebooks: results.flatMap((result) => result.routebook ?? []), problems };
}

/** Like readContent, but throws a ContentError listing every problem; for the build. */
export async function loadContent(root: string): Promise<Routebook[]> {
  const { routebooks, problems } = await readContent(root);
  if (problems.length) throw new ContentError(problems);
  return routebooks;
}

async function readRoutebook(dir: string, folder: string): Promise<{ routebook?: Routebook; problems: Problem[] }> {
  const metaFile = display(join(dir, META_FILE));
  const flowFile = display(join(dir, FLOW_FILE));
  const [metaSource, flowSource] = await Promise.all([readText(join(dir, META_FILE)), readText(join(dir, FLOW_FILE))]);
  const missing = (file: string, what: string): Problem => ({ file, message: `${what} is missing`, hint: "see the content format in the README" });
  if (metaSource === undefined) return { problems: [missing(metaFile, "the routebook's metadata")] };
  if (flowSource === undefined) return { problems: [missing(flowFile, "the routebook's flow")] };

  const { meta, description, problems } = parseRoutebookMeta(metaSource, metaFile, folder);
  const parsed = parseFlow(flowSource, flowFile);
  problems.push(...parsed.problems);
  if (!meta || !parsed.flow) return { problems };
  problems.push(...checkReferenceDocuments(parsed.flow, meta.documents, flowFile));
  return { routebook: { ...meta, description, flow: parsed.flow }, problems };
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function display(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith("..") ? path : fromHere;
}
