import { z } from "zod";

/** Lowercase words joined by hyphens: safe in a URL and stable across rewording. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SlugSchema = z
  .string()
  .regex(SLUG_PATTERN, {
    message: "must be lowercase letters and digits joined by hyphens, like 'welk-verzuim'",
  });
