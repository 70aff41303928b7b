/**
 * Politeness towards the hosts we check. Every single request (each redirect
 * hop, HEAD and GET alike) asks the pacer first, so a host gets at most
 * `perHost` requests at once, their starts at least `intervalMs` apart, and
 * none while it is paused after a 429. A pause slows a host down; it never
 * stops it, so one URL that asks for an hour does not freeze its neighbours.
 */
export interface PacerLimits {
  perHost: number;
  /** Requests at once over all hosts. */
  total: number;
  intervalMs: number;
}

interface HostState {
  active: number;
  /** Earliest time (performance.now) the next request may start. */
  nextStart: number;
  waiting: { grant: () => void }[];
  timer?: NodeJS.Timeout | undefined;
}

export class HostPacer {
  readonly #limits: PacerLimits;
  readonly #hosts = new Map<string, HostState>();
  #active = 0;

  constructor(limits: PacerLimits) {
    this.#limits = limits;
  }

  /** Waits for a slot for one request to `host`; call the returned function when the request is done. */
  acquire(host: string, signal: AbortSignal): Promise<() => void> {
    const state = this.#host(host);
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const onAbort = () => {
        state.waiting = state.waiting.filter((entry) => entry !== waiter);
        reject(signal.reason);
      };
      const waiter = {
        grant: () => {
          signal.removeEventListener("abort", onAbort);
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            state.active--;
            this.#active--;
            this.#pumpAll();
          });
        },
      };
      signal.addEventListener("abort", onAbort, { once: true });
      state.waiting.push(waiter);
      this.#pump(host, state);
    });
  }

  /** No request to `host` starts within the next `ms` (a 429 asked us to slow down). */
  pause(host: string, ms: number): void {
    const state = this.#host(host);
    state.nextStart = Math.max(state.nextStart, performance.now() + ms);
  }

  /** Stops every pending timer (the run is over). */
  close(): void {
    for (const state of this.#hosts.values()) clearTimeout(state.timer);
  }

  #host(host: string): HostState {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, waiting: [] };
      this.#hosts.set(host, state);
    }
    return state;
  }

  #pumpAll(): void {
    for (const [host, state] of this.#hosts) this.#pump(host, state);
  }

  #pump(host: string, state: HostState): void {
    while (state.waiting.length > 0 && state.active < this.#limits.perHost && this.#active < this.#limits.total) {
      const now = performance.now();
      if (now < state.nextStart) {
        // One timer per host: it wakes the host when its next start is due.
        clearTimeout(state.timer);
        state.timer = setTimeout(() => this.#pump(host, state), Math.ceil(state.nextStart - now));
        return;
      }
      const next = state.waiting.shift()!;
      state.active++;
      this.#active++;
      state.nextStart = now + this.#limits.intervalMs;
      next.grant();
    }
  }
}
