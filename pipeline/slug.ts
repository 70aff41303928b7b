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
