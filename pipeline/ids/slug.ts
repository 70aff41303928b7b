/** Turns a title into a URL-safe id: "Welk (zorgwekkend) verzuim?" → "welk-zorgwekkend-verzuim". */
export function slugify(title: string, maxWords = 6): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join("-");
}

/** `base`, or `base-2`, `base-3`, … whichever `used` does not hold yet; the result is added to `used`. */
export function uniqueSlug(base: string, used: Set<string>): string {
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}
