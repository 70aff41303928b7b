/**
 * `routeboek diff OLD NEW`: what changed between two editions of the routebooks,
 * as text, Markdown (for a pull-request comment) or JSON. Each side is an edition
 * file, a built site (its current editions), a content folder, or a git ref whose
 * content folder is read as it was at that commit.
 */
import { META_FILE } from "../../pipeline/files/content-names.ts";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { readContent } from "../../pipeline/content.ts";
import { siteToday } from "../../pipeline/dates/today.ts";
import { diffEditions } from "../../pipeline/editions/diff.ts";
import { type Format, FORMATTERS, type RoutebookDiff } from "../../pipeline/editions/format.ts";
import { readEditionFile } from "../../pipeline/editions/read.ts";
import type { Edition } from "../../pipeline/schema/edition.ts";
import { editionOf } from "../../pipeline/editions/snapshot.ts";

import { formatProblem } from "../../pipeline/problems/problems.ts";
import { editionDataUrl } from "../../pipeline/urls/scheme.ts";
import { InputError } from "./errors.ts";

const SIDE_HINT = "give an edition file (.json), a built site, a content folder, or a git ref such as main or HEAD~1";

const exists = (path: string) =>
  stat(path).then(
    (info) => info,
    () => undefined,
  );

/** The current editions of a built site: each routebook folder's `data/routeboek.json`. */
async function siteEditions(site: string): Promise<Edition[] | undefined> {
  const entries = await readdir(site, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${site}: cannot be read (${error.code ?? error.message})`, SIDE_HINT);
  });
  const folders = entries.filter((entry) => entry.isDirectory());
  const editions: Edition[] = [];
  for (const folder of folders) {
    const file = join(site, editionDataUrl(folder.name));
    if (!(await exists(file))) continue;
    editions.push(await editionFromFile(file));
  }
  return editions.length ? editions : undefined;
}

async function editionFromFile(file: string): Promise<Edition> {
  const read = await readEditionFile(file);
  if (!read.edition) {
    const problem = read.problems[0]!;
    throw new InputError(formatProblem({ ...problem, hint: undefined }), problem.hint ?? SIDE_HINT);
  }
  return read.edition;
}

/** The editions of a content folder, read and checked as the build reads it. */
async function contentEditions(root: string, shown: string, only?: string): Promise<Edition[]> {
  const { routebooks, problems } = await readContent(root);
  if (problems.length) {
    throw new InputError(
      `${shown}: the content has ${problems.length} ${problems.length === 1 ? "problem" : "problems"}, the first: ${formatProblem({ ...problems[0]!, hint: undefined })}`,
      "fix the content first; `routeboek check` lists every problem",
    );
  }
  const today = siteToday();
  return routebooks.filter((routebook) => !only || routebook.id === only).map((routebook) => editionOf(routebook, today));
}

/** The content folder as it was at a git ref, in a temporary folder; undefined when `ref` is no commit. */
async function atGitRef(ref: string, content: string): Promise<{ folder: string; done: () => Promise<void> } | undefined> {
  const git = (args: string[]) => spawnSync("git", args, { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  if (ref.startsWith("-") || git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).status !== 0) return undefined;
  const top = git(["rev-parse", "--show-toplevel"]).stdout.trim();
  const path = relative(top, resolve(content)) || ".";
  const work = await mkdtemp(join(tmpdir(), "routeboek-diff-"));
  const done = () => rm(work, { recursive: true, force: true });
  try {
    const archive = execFileSync("git", ["-C", top, "archive", "--format=tar", ref, "--", path], { maxBuffer: 2 * 1024 * 1024 * 1024 });
    execFileSync("tar", ["-x", "-C", work], { input: archive });
  } catch {
    await done();
    throw new InputError(`${ref}: has no folder ${path}`, `give a ref at which the content folder exists (--content names it)`);
  }
  return { folder: join(work, path), done };
}

/** One side of the comparison, as editions. */
async function editionsOf(side: string, content: string): Promise<Edition[]> {
  const info = await exists(side);
  if (info?.isFile()) return [await editionFromFile(side)];
  if (info?.isDirectory()) {
    if (await exists(join(side, META_FILE))) return contentEditions(resolve(side, ".."), side, resolve(side).split(/[\\/]/).pop());
    const site = await siteEditions(side);
    if (site) return site;
    return contentEditions(side, side);
  }
  const checkout = await atGitRef(side, content);
  if (!checkout) throw new InputError(`${side}: is no file, no folder and no git ref`, SIDE_HINT);
  try {
    return await contentEditions(checkout.folder, `${side}:${relative(".", content) || "."}`);
  } finally {
    await checkout.done();
  }
}

/** Pairs the routebooks of the two sides by id, in id order. */
export function pairRoutebooks(old: readonly Edition[], next: readonly Edition[]): RoutebookDiff[] {
  const ids = [...new Set([...old, ...next].map((edition) => edition.routebook))].sort();
  return ids.map((id) => {
    const from = old.find((edition) => edition.routebook === id);
    const to = next.find((edition) => edition.routebook === id);
    const title = (to ?? from)!.title;
    const changes = from && to ? diffEditions(from, to) : [];
    return { routebook: id, title, ...(from ? { from } : {}), ...(to ? { to } : {}), changes };
  });
}

/** The diff of two sides (see editionsOf), of every routebook or of one. */
export async function diffSides(options: {
  old: string;
  next: string;
  content: string;
  routebook?: string | undefined;
}): Promise<RoutebookDiff[]> {
  const [old, next] = [await editionsOf(options.old, options.content), await editionsOf(options.next, options.content)];
  const only = (list: Edition[]) => (options.routebook ? list.filter((edition) => edition.routebook === options.routebook) : list);
  const diffs = pairRoutebooks(only(old), only(next));
  if (options.routebook && diffs.length === 0) {
    throw new InputError(`no routebook "${options.routebook}" on either side`, "give the id of a routebook folder, or leave it out");
  }
  return diffs;
}

export async function diff(options: {
  old: string;
  next: string;
  content: string;
  format: Format;
  routebook?: string | undefined;
}): Promise<number> {
  process.stdout.write(FORMATTERS[options.format](await diffSides(options)));
  return 0;
}
