import type { RouteData } from "./route-data.ts";

/** sessionStorage, or nothing where the browser blocks it: the route is in the address anyway. */
export const storage = {
  get: (key: string) => {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key: string, value: string | undefined) => {
    try {
      if (value === undefined) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, value);
    } catch {
      // Private modes and strict settings refuse storage; the route stays in the address.
    }
  },
};

/** The key under which this tab remembers a routebook's last route, as `antwoorden` text. */
export const storageKey = (routebook: string) => `routeboek:${routebook}`;

/** The routebook's graph from the same origin, or undefined when it cannot be had (offline, a broken build): the page stays static. */
export async function loadRoute(url: string): Promise<RouteData | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as RouteData) : undefined;
  } catch {
    return undefined;
  }
}

/** Text with the "redactie" tag where the words are the editors' and not the source's. */
export function showText(element: Element, text: string, editorial = false): void {
  element.textContent = text;
  if (!editorial) return;
  const tag = document.createElement("span");
  tag.className = "editorial-tag";
  tag.textContent = "redactie";
  element.append(tag);
}
