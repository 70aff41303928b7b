/**
 * micromark applies batched edits to its event list with `EditMap#consume`
 * (micromark-util-edit-map 1.0.0), which rebuilds the whole list, the events
 * before the first edit included, on every call. The document tokenizer calls
 * it each time a list ends, with the edits at the end of the list: a flow of
 * N steps with a few lists each costs O(N²), 14 s for 2,000 steps and hours
 * for 20,000 (issue 13, item 8; the same family of cost as micromark#169).
 *
 * `linearConsume` gives the same events but leaves those before the first
 * edit where they are, so one call costs the events from its first edit on.
 * `useLinearEdits` puts it in place of the library's `consume`; the change is
 * invisible except in time, and tests/unit/markdown-scale.test.ts compares
 * both on random edits.
 */
import { EditMap } from "micromark-util-edit-map";

type Events = Parameters<EditMap["consume"]>[0];

/** What `EditMap#consume` does, without copying the unchanged head of `events`. */
export function linearConsume(this: EditMap, events: Events): undefined {
  const map = this.map;
  map.sort((a, b) => a[0] - b[0]);
  if (map.length === 0) return;
  // Cut the list back edit by edit from the end, keeping what follows each edit.
  const pieces: Events[] = [];
  for (let index = map.length - 1; index >= 0; index--) {
    const [at, remove, add] = map[index]!;
    pieces.push(events.slice(at + remove), add);
    events.length = at;
  }
  // `events` now holds the part before the first edit: append the rest in order.
  for (let piece = pieces.pop(); piece; piece = pieces.pop()) {
    for (const event of piece) events.push(event);
  }
  map.length = 0;
  this.index.clear();
}

/** The library's own `consume`, kept for the tests that compare the two. */
export const libraryConsume = EditMap.prototype.consume;

/** Replaces `EditMap#consume` with `linearConsume` for every micromark parse in this process. Idempotent. */
export function useLinearEdits(): void {
  EditMap.prototype.consume = linearConsume;
}
