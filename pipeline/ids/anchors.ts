import { contentAnchor } from "./page-ids.ts";
import { slugify, uniqueSlug } from "./slug.ts";

/**
 * Anchors unique within one chapter page ("fase-2", then "fase-2-2" for a second
 * "Fase 2"), so a new section in one chapter never renames the anchors of another.
 * Call `chapter()` at each chapter start.
 */
export function anchorMaker(): { chapter(): void; anchor(title: string): string } {
  const used = new Set<string>();
  return {
    chapter: () => used.clear(),
    anchor: (title) => contentAnchor(title, used, "sectie", 8),
  };
}

/** Chapter slugs unique within one document. */
export function chapterSlugMaker(): (title: string) => string {
  const used = new Set<string>();
  return (title) => uniqueSlug(slugify(title, 8) || "hoofdstuk", used);
}
