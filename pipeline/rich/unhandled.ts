/**
 * The default of every switch over rich-text nodes: with all kinds handled its
 * argument has type `never`, so a new kind in schema/rich.ts fails to compile
 * in each walker and renderer that does not handle it yet, instead of
 * rendering as nothing or in the source's voice.
 */
export function unhandled(node: never): never {
  throw new Error(`A rich-text node of an unknown kind: ${JSON.stringify(node)}`);
}
