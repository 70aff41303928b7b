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
const MAJOR_NAMES: Record<number, string> = {
  [MAJOR_UNSIGNED]: "an unsigned integer",
  [MAJOR_NEGATIVE]: "a negative integer",
  [MAJOR_TEXT]: "a text",
  [MAJOR_ARRAY]: "an array",
};
const utf8 = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();

/**
 * Reads CBOR items one by one where they lie, so a large file can be checked
 * and cut into pieces without building a value for each of its numbers.
 */
export class CborCursor {
  /** The byte the next item starts at. */
  at = 0;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  private need(count: number): void {
    if (this.at + count > this.bytes.length) throw new CborError(`the data ends inside a value at byte ${this.at}`);
  }

  /** The next head: its major type and argument, refusing long forms where a shorter one would do (minicbor never writes them). */
  head(): { major: number; value: number; start: number } {
    const start = this.at;
    this.need(1);
    const first = this.bytes[this.at++]!;
    const major = first >> 5;
    const info = first & 31;
    if (major !== MAJOR_UNSIGNED && major !== MAJOR_NEGATIVE && major !== MAJOR_TEXT && major !== MAJOR_ARRAY) {
      throw new CborError(`unsupported CBOR type ${major} at byte ${start}`);
    }
    if (info < 24) return { major, value: info, start };
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new CborError(`unsupported length code ${info} at byte ${start}`);
    this.need(size);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + this.bytes[this.at + i]!;
    this.at += size;
    if (!Number.isSafeInteger(value)) throw new CborError(`an integer too large at byte ${start}`);
    const shortest = value < 24 ? 0 : value < 0x100 ? 1 : value < 0x10000 ? 2 : value < 0x100000000 ? 4 : 8;
    if (shortest !== size) throw new CborError(`an integer not in its shortest form at byte ${start}`);
    return { major, value, start };
  }

  private expect(...majors: number[]): { major: number; value: number } {
    const head = this.head();
    if (!majors.includes(head.major))
      throw new CborError(
        `${MAJOR_NAMES[head.major]} at byte ${head.start} where ${majors.map((major) => MAJOR_NAMES[major]).join(" or ")} belongs`,
      );
    return head;
  }

  /** The length of the array that starts here; its items follow. */
  array(): number {
    return this.expect(MAJOR_ARRAY).value;
  }

  /** An array of exactly `length` items; its items follow. */
  tuple(length: number): void {
    const start = this.at;
    const found = this.array();
    if (found !== length) throw new CborError(`an array of ${found} items at byte ${start} where ${length} belong`);
  }

  text(): string {
    return this.textOf(this.expect(MAJOR_TEXT).value);
  }

  private textOf(length: number): string {
    this.need(length);
    const text = utf8.decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }

  int(): number {
    const { major, value } = this.expect(MAJOR_UNSIGNED, MAJOR_NEGATIVE);
    return major === MAJOR_UNSIGNED ? value : -1 - value;
  }

  uint(): number {
    return this.expect(MAJOR_UNSIGNED).value;
  }

  /** The next item, whatever it is. */
  value(): Cbor {
    const { major, value } = this.head();
    if (major === MAJOR_UNSIGNED) return value;
    if (major === MAJOR_NEGATIVE) return -1 - value;
    if (major === MAJOR_TEXT) return this.textOf(value);
    const items: Cbor[] = [];
    for (let i = 0; i < value; i++) items.push(this.value());
    return items;
  }

  /** Fails unless every byte has been read. */
  end(): void {
    if (this.at !== this.bytes.length)
      throw new CborError(`${this.bytes.length - this.at} byte(s) left over after the value, at byte ${this.at}`);
  }
}

/** Reads one value that fills `bytes` exactly. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const cursor = new CborCursor(bytes);
  const value = cursor.value();
  cursor.end();
  return value;
}

/** The bytes of a head in its shortest form, as minicbor writes it. */
export function cborHead(major: number, argument: number): Uint8Array {
  const base = major << 5;
  if (argument < 24) return Uint8Array.of(base | argument);
  if (argument < 0x100) return Uint8Array.of(base | 24, argument);
  if (argument < 0x10000) return Uint8Array.of(base | 25, argument >> 8, argument & 255);
  if (argument < 0x100000000)
    return Uint8Array.of(base | 26, (argument >>> 24) & 255, (argument >>> 16) & 255, (argument >>> 8) & 255, argument & 255);
  const bytes = new Uint8Array(9);
  bytes[0] = base | 27;
  for (let shift = 7; shift >= 0; shift--) bytes[8 - shift] = Math.floor(argument / 2 ** (8 * shift)) & 255;
  return bytes;
}

/** The head of an array of `length` items. */
export const arrayHead = (length: number): Uint8Array => cborHead(MAJOR_ARRAY, length);

/** Writes a value in the shortest form of each head, as minicbor does. */
export function encodeCbor(value: Cbor): Uint8Array {
  const parts: Uint8Array[] = [];
  const write = (item: Cbor) => {
    if (typeof item === "number") {
      if (!Number.isSafeInteger(item)) throw new CborError(`not an integer: ${item}`);
      parts.push(item >= 0 ? cborHead(MAJOR_UNSIGNED, item) : cborHead(MAJOR_NEGATIVE, -1 - item));
    } else if (typeof item === "string") {
      const bytes = encoder.encode(item);
      parts.push(cborHead(MAJOR_TEXT, bytes.length), bytes);
    } else {
      parts.push(arrayHead(item.length));
      for (const element of item) write(element);
    }
  };
  write(value);
  return concatBytes(parts);
}

/** Byte arrays joined into one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
