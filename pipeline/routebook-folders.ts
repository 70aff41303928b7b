import { FLOW_FILE, LINK_REPORT_DIR, META_FILE } from "./files/content-names.ts";
import type { Dirent } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";

import type { Problem } from "./problems/problems.ts";

/** Which entries of the content folder are routebooks, and a line for each folder passed over that might have been meant as one. */
export interface RoutebookFolders {
  folders: string[];
  warnings: Problem[];
}

/**
 * The one rule for which folders of the content folder are routebooks, for the
 * content check and the build's fingerprint alike: real folders, by name. Passed
 * over, each said once: dot-folders (an editor's or a tool's, never a URL),
 * folders reached by a symbolic link (a routebook publishes only what lies in the
 * content folder), and the link report's folder when it holds a routebook's files.
 */
export async function routebookFolders(
  root: string,
  entries: readonly Dirent[],
  display: (path: string) => string,
): Promise<RoutebookFolders> {
  const folders: string[] = [];
  const warnings: Problem[] = [];
  const dotted: string[] = [];
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(root, entry.name);
    if (entry.isSymbolicLink()) {
      if ((await stat(path).catch(() => undefined))?.isDirectory()) {
        warnings.push({
          file: display(path),
          message: "is a symbolic link to a folder, and is not read as a routebook",
          hint: "move the routebook's folder itself into the content folder",
        });
      }
      continue;
    }
    if (!entry.isDirectory()) continue;
    if (entry.name.startsWith(".")) {
      dotted.push(entry.name);
      continue;
    }
    if (entry.name === LINK_REPORT_DIR) {
      const holds = async (name: string) => (await stat(join(path, name)).catch(() => undefined)) !== undefined;
      if ((await holds(META_FILE)) || (await holds(FLOW_FILE))) {
        warnings.push({
          file: display(path),
          message: `holds the published link report, so it is not read as a routebook`,
          hint: "give the routebook a folder with another name",
        });
      }
      continue;
    }
    folders.push(entry.name);
  }
  if (dotted.length) {
    warnings.push({
      file: display(root),
      message: `folders whose name starts with a dot are not routebooks and were passed over: ${dotted.join(", ")}`,
      hint: "rename a folder that is meant as a routebook; its name is its URL",
    });
  }
  return { folders, warnings };
}
