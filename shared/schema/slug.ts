/**
 * Lowercase words joined by hyphens: safe in a URL and stable across rewording. Its own file, free of zod, so the
 * browser's route scripts read answer ids by the very rule the schemas check (the route scripts import it from here).
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
