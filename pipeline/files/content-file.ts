/**
 * The one way the pipeline reads a content file. A routebook publishes only
 * what lies in its own folder: a path is resolved (symbolic links included)
 * and refused when it leads elsewhere. Only regular files are opened, never a
 * named pipe or a device that would block or never end, and each kind of file
 * has a size limit, so a mistake or a hostile file cannot take the machine.
 */
import { constants } from "node:fs";
import { type FileHandle, open, realpath } from "node:fs/promises";
import { relative, sep } from "node:path";
import type { Problem } from "../problems/problems.ts";
import { firstInvalidUtf8 } from "./utf8.ts";

/** The kinds of content file, each with its own size limit. */
export type ContentFileKind = "markdown" | "yaml" | "pdf" | "json";

/** Bytes a content file of each kind may hold; docs/content-format.md lists them. */
export const SIZE_LIMITS: Readonly<Record<ContentFileKind, number>> = {
  // A flow has at most 2,000 steps (markdown/limits.ts): 0.9 MB of the bench's steps, about 4 MB of steps as long as the longest real ones.
  markdown: 16 * 1024 * 1024,
  yaml: 1024 * 1024,
  pdf: 100 * 1024 * 1024,
  // The published link report: 60,000 links are about 37 MB.
  json: 64 * 1024 * 1024,
};

const KIND_NAMES: Record<ContentFileKind, string> = { markdown: "a Markdown file", yaml: "a YAML file", pdf: "a PDF", json: "a JSON file" };

/** Why a file could not be read: what kind of fault, the reason (without the file's name), what to do, and where in the file when that is known. */
export interface FileRefusal {
  /** `missing` when nothing is at the path, so a caller can treat an optional file as absent. */
  fault: "missing" | "outside" | "folder" | "special" | "size" | "encoding" | "unreadable";
  reason: string;
  hint: string;
  line?: number;
  column?: number;
}

export type FileRead<T> = { ok: true; value: T; realPath: string } | { ok: false; refusal: FileRefusal };

export interface ReadOptions {
  kind: ContentFileKind;
  /** The folder the file must lie in after resolving links; absent to allow any path (a file given on the command line). */
  within?: string;
}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Whether `path` is `folder` or lies inside it; both already resolved. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep));
}

/** Resolves a path and checks that it lies within `within`; for folders as well as files. */
export async function resolveWithin(path: string, within: string | undefined): Promise<FileRead<string>> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    return { ok: false, refusal: errnoRefusal(error) };
  }
  let folder: string | undefined;
  try {
    folder = within === undefined ? undefined : await realpath(within);
  } catch (error) {
    // The folder itself is gone (a routebook whose id names no folder): nothing can lie in it.
    return { ok: false, refusal: errnoRefusal(error) };
  }
  if (folder !== undefined && !isInside(real, folder)) {
    return refuse(
      "outside",
      `lies outside the routebook's folder (it leads to ${real})`,
      "copy the file into the routebook's folder (e.g. into bronnen/) and name it by a path inside that folder; links out of the folder are not followed",
    );
  }
  return { ok: true, value: real, realPath: real };
}

/** An open content file that passed every check: inside `within`, a regular file, within its kind's size limit. */
async function withContentFile<T>(
  path: string,
  options: ReadOptions,
  use: (handle: FileHandle, size: number, realPath: string) => Promise<FileRead<T>>,
): Promise<FileRead<T>> {
  const resolved = await resolveWithin(path, options.within);
  if (!resolved.ok) return resolved;
  // Opened without waiting, so a named pipe cannot block; then the open file itself is checked.
  let handle: FileHandle;
  try {
    handle = await open(resolved.value, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, refusal: errnoRefusal(error) };
  }
  try {
    const info = await handle.stat();
    const noun = KIND_NAMES[options.kind];
    if (info.isDirectory()) return refuse("folder", `is a folder, not ${noun}`, "name the file itself, not its folder");
    if (!info.isFile())
      return refuse("special", "is not a regular file (a named pipe, socket or device)", `replace it by ${noun} saved as an ordinary file`);
    const limit = SIZE_LIMITS[options.kind];
    if (info.size > limit)
      return refuse(
        "size",
        `is ${mb(info.size)}, more than the ${mb(limit)} ${noun} may be`,
        "split it, or check that it is the right file",
      );
    return await use(handle, info.size, resolved.value);
  } catch (error) {
    return { ok: false, refusal: errnoRefusal(error) };
  } finally {
    await handle.close();
  }
}

const tooLarge = (kind: ContentFileKind) =>
  refuse("size", `is more than the ${mb(SIZE_LIMITS[kind])} ${KIND_NAMES[kind]} may be`, "split it, or check that it is the right file");

/** A content file's bytes: inside `within`, a regular file, within its kind's size limit. */
export function readContentBytes(path: string, options: ReadOptions): Promise<FileRead<Uint8Array>> {
  return withContentFile(path, options, async (handle, size, realPath) => {
    const limit = SIZE_LIMITS[options.kind];
    // Read at most one byte beyond the limit: a file that grows while we read is still cut off.
    const buffer = Buffer.alloc(Math.min(limit + 1, size + 1));
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      length += bytesRead;
      if (bytesRead === 0 || length >= buffer.length) break;
    }
    if (length > limit) return tooLarge(options.kind);
    return { ok: true, value: new Uint8Array(buffer.buffer, buffer.byteOffset, length), realPath };
  });
}

/**
 * Feeds a content file to `update` in pieces, under the same rules as reading it:
 * memory stays at one piece however large the file (for the build's fingerprint).
 * Returns the number of bytes fed.
 */
export function streamContentFile(path: string, options: ReadOptions, update: (piece: Uint8Array) => void): Promise<FileRead<number>> {
  return withContentFile(path, options, async (handle, _size, realPath) => {
    const limit = SIZE_LIMITS[options.kind];
    const buffer = Buffer.alloc(STREAM_PIECE);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limit) return tooLarge(options.kind);
      update(buffer.subarray(0, bytesRead));
    }
    return { ok: true, value: length, realPath };
  });
}

const STREAM_PIECE = 1024 * 1024;

/** A content text file as a string; bytes that are not UTF-8 are refused with their line and column. */
export async function readContentText(path: string, options: ReadOptions): Promise<FileRead<string>> {
  const read = await readContentBytes(path, options);
  if (!read.ok) return read;
  const bad = firstInvalidUtf8(read.value);
  if (bad) {
    return {
      ok: false,
      refusal: {
        fault: "encoding",
        reason: `is not valid UTF-8 (byte 0x${bad.byte.toString(16).padStart(2, "0")})`,
        hint: "save the file as UTF-8 in your editor, and retype the character at this place",
        line: bad.line,
        column: bad.column,
      },
    };
  }
  const text = new TextDecoder().decode(read.value);
  const hidden = firstHiddenCharacter(text);
  if (hidden) {
    return {
      ok: false,
      refusal: {
        fault: "encoding",
        reason: `holds the invisible character ${hidden.name}`,
        hint: "delete it (retype the text at this place): such a character makes two titles or ids look the same, or turns text around",
        line: hidden.line,
        column: hidden.column,
      },
    };
  }
  return { ok: true, value: text, realPath: read.realPath };
}

/**
 * Characters a reader cannot see but that change what text means or how it
 * looks: control characters (tab and line ends aside), bidirectional overrides
 * and isolates, and zero-width characters. A byte-order mark is allowed only
 * at the very start, where editors put it.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** The first hidden character with its line and column (1-based, in UTF-16 units, as editors count). */
function firstHiddenCharacter(text: string): { name: string; line: number; column: number } | undefined {
  HIDDEN.lastIndex = 0;
  let match = HIDDEN.exec(text);
  if (match?.index === 0 && match[0] === "\ufeff") match = HIDDEN.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  const line = before.split("\n").length;
  const column = match.index - before.lastIndexOf("\n");
  const code = match[0].codePointAt(0)!;
  return {
    name: `U+${code.toString(16).toUpperCase().padStart(4, "0")}${HIDDEN_NAMES.has(code) ? ` (${HIDDEN_NAMES.get(code)})` : ""}`,
    line,
    column,
  };
}

const HIDDEN_NAMES = new Map<number, string>([
  [0x0000, "NUL"],
  [0x0007, "bell"],
  [0x200b, "zero-width space"],
  [0x200c, "zero-width non-joiner"],
  [0x200d, "zero-width joiner"],
  [0x200e, "left-to-right mark"],
  [0x200f, "right-to-left mark"],
  [0x202a, "left-to-right embedding"],
  [0x202b, "right-to-left embedding"],
  [0x202c, "pop directional formatting"],
  [0x202d, "left-to-right override"],
  [0x202e, "right-to-left override"],
  [0x2060, "word joiner"],
  [0x2066, "left-to-right isolate"],
  [0x2067, "right-to-left isolate"],
  [0x2068, "first strong isolate"],
  [0x2069, "pop directional isolate"],
  [0xfeff, "zero-width no-break space"],
]);

function refuse(fault: FileRefusal["fault"], reason: string, hint: string): { ok: false; refusal: FileRefusal } {
  return { ok: false, refusal: { fault, reason, hint } };
}

/** A file system error as a refusal: what went wrong, in words. */
export function errnoRefusal(error: unknown): FileRefusal {
  const code = (error as NodeJS.ErrnoException).code;
  if (!code) throw error;
  if (code === "ENOENT" || code === "ENOTDIR")
    return { fault: "missing", reason: "does not exist", hint: "check the path and the file name" };
  if (code === "EACCES" || code === "EPERM")
    return {
      fault: "unreadable",
      reason: "cannot be read: permission denied",
      hint: "make the file readable for the user that runs the build",
    };
  if (code === "ELOOP") return { fault: "unreadable", reason: "is a loop of symbolic links", hint: "replace the link by the file itself" };
  if (code === "EISDIR") return { fault: "folder", reason: "is a folder, not a file", hint: "name the file itself, not its folder" };
  return { fault: "unreadable", reason: `cannot be read (${code})`, hint: "check the file and its permissions" };
}

/** A content file that could not be read, as a problem at the file itself (at the line and column of bytes that are not UTF-8). */
export function refusalProblem(refusal: FileRefusal, file: string): Problem {
  const { reason: message, hint, line, column } = refusal;
  return line === undefined ? { file, message, hint } : { file, line, column: column ?? 1, message, hint };
}

/**
 * A file that `routeboek.md` names (a document's `pdf` or `markdown`) that could
 * not be read, as a problem at the line that names it; a fault inside the file
 * (bytes that are not UTF-8) is at its own line instead.
 */
export function namedFileProblem(
  refusal: FileRefusal,
  what: string,
  shown: string,
  field: Pick<Problem, "file" | "line" | "column">,
): Problem {
  if (refusal.line !== undefined) return refusalProblem(refusal, shown);
  return { ...field, message: `${what} ${shown} ${refusal.reason}`, hint: refusal.hint };
}
