/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use, and nothing
 * more: unsigned and negative integers, text strings and arrays, all with
 * definite lengths, every head in its shortest form (as Pagefind's encoder,
 * minicbor, writes them). Anything else is refused, so that a file of a
 * future Pagefind format is noticed rather than misread. Pure code.
 */

/** A value of that subset: an integer, a text or an array of such values. */
export type Cbor = number | string | Cbor[];

/** Why bytes were not read: what was found, at which byte. */
export class CborError extends Error {}

const MAJOR_UNSIGNED = 0;
const MAJOR_NEGATIVE = 1;
const MAJOR_TEXT = 3;
const MAJOR_ARRAY = 4;
const utf8 = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();

/** Reads one value that fills `bytes` exactly. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  let at = 0;
  const need = (count: number) => {
    if (at + count > bytes.length) throw new CborError(`the data ends inside a value at byte ${at}`);
  };
  /** The argument of a head, refusing long forms where a shorter one would do (minicbor never writes them). */
  const argument = (info: number, start: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new CborError(`unsupported length code ${info} at byte ${start}`);
    need(size);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[at + i]!;
    at += size;
    if (!Number.isSafeInteger(value)) throw new CborError(`an integer too large at byte ${start}`);
    const shortest = value < 24 ? 0 : value < 0x100 ? 1 : value < 0x10000 ? 2 : value < 0x100000000 ? 4 : 8;
    if (shortest !== size) throw new CborError(`an integer not in its shortest form at byte ${start}`);
    return value;
  };
  const read = (): Cbor => {
    const start = at;
    need(1);
    const head = bytes[at++]!;
    const major = head >> 5;
    const value = argument(head & 31, start);
    switch (major) {
      case MAJOR_UNSIGNED:
        return value;
      case MAJOR_NEGATIVE:
        return -1 - value;
      case MAJOR_TEXT: {
        need(value);
        const text = utf8.decode(bytes.subarray(at, at + value));
        at += value;
        return text;
      }
      case MAJOR_ARRAY: {
        const items: Cbor[] = [];
        for (let i = 0; i < value; i++) items.push(read());
        return items;
      }
      default:
        throw new CborError(`unsupported CBOR type ${major} at byte ${start}`);
    }
  };
  const value = read();
  if (at !== bytes.length) throw new CborError(`${bytes.length - at} byte(s) left over after the value, at byte ${at}`);
  return value;
}

/** Writes a value in the shortest form of each head, as minicbor does. */
export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const head = (major: number, argument: number) => {
    const base = major << 5;
    if (argument < 24) out.push(base | argument);
    else if (argument < 0x100) out.push(base | 24, argument);
    else if (argument < 0x10000) out.push(base | 25, argument >> 8, argument & 255);
    else if (argument < 0x100000000) out.push(base | 26, (argument >>> 24) & 255, (argument >>> 16) & 255, (argument >>> 8) & 255, argument & 255);
    else {
      out.push(base | 27);
      for (let shift = 7; shift >= 0; shift--) out.push(Math.floor(argument / 2 ** (8 * shift)) & 255);
    }
  };
  const write = (item: Cbor) => {
    if (typeof item === "number") {
      if (!Number.isSafeInteger(item)) throw new CborError(`not an integer: ${item}`);
      if (item >= 0) head(MAJOR_UNSIGNED, item);
      else head(MAJOR_NEGATIVE, -1 - item);
    } else if (typeof item === "string") {
      const bytes = encoder.encode(item);
      head(MAJOR_TEXT, bytes.length);
      for (const byte of bytes) out.push(byte);
    } else {
      head(MAJOR_ARRAY, item.length);
      for (const element of item) write(element);
    }
  };
  write(value);
  return Uint8Array.from(out);
}
