/**
 * The one way the pipeline reads a content file. A routebook publishes only
 * what lies in its own folder: a path is resolved (symbolic links included)
 * and refused when it leads elsewhere. Only regular files are opened, never a
 * named pipe or a device that would block or never end, and each kind of file
 * has a size limit, so a mistake or a hostile file cannot take the machine.
 */
import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { relative, sep } from "node:path";
import type { Problem } from "./problems.ts";
import { firstInvalidUtf8 } from "./utf8.ts";

/** The kinds of content file, each with its own size limit. */
export type ContentFileKind = "markdown" | "yaml" | "pdf";

/** Bytes a content file of each kind may hold; the README lists them. */
export const SIZE_LIMITS: Readonly<Record<ContentFileKind, number>> = {
  // A flow of 20,000 steps is about 9 MB.
  markdown: 16 * 1024 * 1024,
  yaml: 1024 * 1024,
  pdf: 100 * 1024 * 1024,
};

const KIND_NAMES: Record<ContentFileKind, string> = { markdown: "a Markdown file", yaml: "a YAML file", pdf: "a PDF" };

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
  if (within !== undefined && !isInside(real, await realpath(within))) {
    return refuse(
      "outside",
      `lies outside the routebook's folder (it leads to ${real})`,
      "copy the file into the routebook's folder (e.g. into bronnen/) and name it by a path inside that folder; links out of the folder are not followed",
    );
  }
  return { ok: true, value: real, realPath: real };
}

/** A content file's bytes: inside `within`, a regular file, within its kind's size limit. */
export async function readContentBytes(path: string, options: ReadOptions): Promise<FileRead<Uint8Array>> {
  const resolved = await resolveWithin(path, options.within);
  if (!resolved.ok) return resolved;
  // Opened without waiting, so a named pipe cannot block; then the open file itself is checked.
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(resolved.value, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, refusal: errnoRefusal(error) };
  }
  try {
    const info = await handle.stat();
    const noun = KIND_NAMES[options.kind];
    if (info.isDirectory()) return refuse("folder", `is a folder, not ${noun}`, "name the file itself, not its folder");
    if (!info.isFile()) return refuse("special", "is not a regular file (a named pipe, socket or device)", `replace it by ${noun} saved as an ordinary file`);
    const limit = SIZE_LIMITS[options.kind];
    if (info.size > limit) return refuse("size", `is ${mb(info.size)}, more than the ${mb(limit)} ${noun} may be`, "split it, or check that it is the right file");
    // Read at most one byte beyond the limit: a file that grows while we read is still cut off.
    const buffer = Buffer.alloc(Math.min(limit + 1, info.size + 1));
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0 || length + bytesRead >= buffer.length) {
        length += bytesRead;
        break;
      }
      length += bytesRead;
    }
    if (length > limit) return refuse("size", `is more than the ${mb(limit)} ${noun} may be`, "split it, or check that it is the right file");
    return { ok: true, value: new Uint8Array(buffer.buffer, buffer.byteOffset, length), realPath: resolved.value };
  } catch (error) {
    return { ok: false, refusal: errnoRefusal(error) };
  } finally {
    await handle.close();
  }
}

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
  return { ok: true, value: new TextDecoder().decode(read.value), realPath: read.realPath };
}

function refuse(fault: FileRefusal["fault"], reason: string, hint: string): { ok: false; refusal: FileRefusal } {
  return { ok: false, refusal: { fault, reason, hint } };
}

/** A file system error as a refusal: what went wrong, in words. */
function errnoRefusal(error: unknown): FileRefusal {
  const code = (error as NodeJS.ErrnoException).code;
  if (!code) throw error;
  if (code === "ENOENT" || code === "ENOTDIR") return { fault: "missing", reason: "does not exist", hint: "check the path and the file name" };
  if (code === "EACCES" || code === "EPERM") return { fault: "unreadable", reason: "cannot be read: permission denied", hint: "make the file readable for the user that runs the build" };
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
export function namedFileProblem(refusal: FileRefusal, what: string, shown: string, field: Pick<Problem, "file" | "line" | "column">): Problem {
  if (refusal.line !== undefined) return refusalProblem(refusal, shown);
  return { ...field, message: `${what} ${shown} ${refusal.reason}`, hint: refusal.hint };
}
