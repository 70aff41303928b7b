import { FLOW_FILE, GLOSSARY_FILE, LINK_REPORT_DIR, META_FILE, SIGNALS_FILE } from "./files/content-names.ts";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type ContentFileKind, readContentText, resolveWithin } from "./files/content-file.ts";

import { frontmatterData } from "./markdown/frontmatter-block.ts";
import { markdownDocumentFiles } from "./markdown-files.ts";
import { routebookFolders } from "./routebook-folders.ts";

/** A file the content check reads, with its kind and the folder it must lie in. */
export interface ContentInput {
  path: string;
  kind: ContentFileKind;
  within: string;
}

/**
 * Every file the content check would read under `root`, and nothing else: the
 * shared glossary, the published link report, and per routebook folder its fixed
 * files and the documents its `routeboek.md` names. A file no routebook names is
 * not among them, however large. Undefined when `root` is not a folder.
 */
export async function contentInputs(root: string): Promise<ContentInput[] | undefined> {
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) return undefined;
  const entries = await readdir(root, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return undefined;
  const inputs: ContentInput[] = [
    { path: join(root, GLOSSARY_FILE), kind: "yaml", within: root },
    { path: join(root, LINK_REPORT_DIR, "report.json"), kind: "json", within: root },
  ];
  const { folders } = await routebookFolders(root, entries, (path) => path);
  for (const folder of folders) {
    const dir = join(root, folder);
    inputs.push(
      { path: join(dir, META_FILE), kind: "markdown", within: dir },
      { path: join(dir, FLOW_FILE), kind: "markdown", within: dir },
      { path: join(dir, SIGNALS_FILE), kind: "yaml", within: dir },
      { path: join(dir, GLOSSARY_FILE), kind: "yaml", within: dir },
      ...(await namedDocuments(dir)),
    );
  }
  return inputs;
}

/** The files a routebook's `documents` name: each PDF, and each Markdown file or folder of them. */
async function namedDocuments(dir: string): Promise<ContentInput[]> {
  const meta = await readContentText(join(dir, META_FILE), { kind: "markdown", within: dir });
  if (!meta.ok) return [];
  const data = frontmatterData(meta.value) as { documents?: unknown } | undefined;
  const documents = Array.isArray(data?.documents) ? (data.documents as Record<string, unknown>[]) : [];
  const inputs: ContentInput[] = [];
  for (const document of documents) {
    if (typeof document?.pdf === "string") inputs.push({ path: resolve(dir, document.pdf), kind: "pdf", within: dir });
    if (typeof document?.markdown !== "string") continue;
    const path = resolve(dir, document.markdown);
    const real = await resolveWithin(path, dir);
    // A path the check refuses is hashed by its refusal, as the check refuses it.
    const files = real.ok ? await markdownDocumentFiles(path, real.value) : undefined;
    for (const file of files?.ok ? files.value : [path]) inputs.push({ path: file, kind: "markdown", within: dir });
  }
  return inputs;
}
