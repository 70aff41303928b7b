import { isUtf8 } from "node:buffer";

/** Where text stops being UTF-8: the offending byte and its 1-based line and column (in characters). */
export interface InvalidUtf8 {
  byte: number;
  line: number;
  column: number;
}

/** The length of a valid UTF-8 sequence at `index`, or 0 when the bytes there are not one (overlong forms and surrogates included). */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index]!;
  if (first < 0x80) return 1;
  const continuation = (offset: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[index + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return continuation(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const [low, high] = first === 0xe0 ? [0xa0, 0xbf] : first === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const [low, high] = first === 0xf0 ? [0x90, 0xbf] : first === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

/**
 * The first place where `bytes` are not UTF-8, or undefined when they all are.
 * Decoding would silently turn such bytes into U+FFFD, which would then be
 * published as if the source said so.
 */
export function firstInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  if (isUtf8(bytes)) return undefined;
  let line = 1;
  let column = 1;
  for (let index = 0; index < bytes.length; ) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return { byte: bytes[index]!, line, column };
    if (bytes[index] === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
    index += length;
  }
  return undefined;
}
