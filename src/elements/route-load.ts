import type { Marked, RouteData } from "../../shared/route/data.ts";
import type { RouteNotice } from "./route-notice.ts";

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

/** The key under which this tab remembers a routebook's last route, as its query (`antwoorden=…&editie=…`). */
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

/** Runs of text, the editors' words tagged "redactie". */
export function showMarked(element: Element, runs: Marked): void {
  for (const run of runs) {
    if (!run.r) {
      element.append(run.t);
      continue;
    }
    const span = document.createElement("span");
    showText(span, run.t, true);
    span.classList.add("editorial");
    element.append(span);
  }
}

/**
 * Writes a notice into the page's live region of its role (RouteNotice.astro) and returns its links with the
 * addresses they were built with, so the caller can keep the case's start date on them.
 */
export function showNotice(root: ParentNode, notice: RouteNotice): { link: HTMLAnchorElement; href: string; keepsStart: boolean }[] {
  const region = root.querySelector(`[data-route-notice="${notice.role}"]`);
  if (!region) return [];
  const title = document.createElement("p");
  title.className = "route-notice-title";
  title.textContent = notice.title;
  const text = document.createElement("p");
  text.textContent = notice.text;
  const parts: Node[] = [title, text];
  if (notice.items.length) {
    const list = document.createElement("ul");
    list.dataset.misfits = "";
    for (const item of notice.items) {
      const entry = document.createElement("li");
      showMarked(entry, item);
      list.append(entry);
    }
    parts.push(list);
  }
  const links = notice.links.map(({ text, href, keepsStart }) => {
    const link = document.createElement("a");
    link.href = href;
    showMarked(link, text);
    return { link, href, keepsStart };
  });
  if (links.length) {
    const list = document.createElement("ul");
    list.className = "route-notice-links";
    for (const { link } of links) {
      const entry = document.createElement("li");
      entry.append(link);
      list.append(entry);
    }
    parts.push(list);
  }
  region.replaceChildren(...parts);
  return links;
}
