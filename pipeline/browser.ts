/**
 * The pipeline's door for scripts that run in the browser: pure code with no
 * Node import, so the page's script applies the very rule the tests check.
 */
export { applies } from "./signals/evaluate.ts";
export type { Signal } from "./schema/signals.ts";
