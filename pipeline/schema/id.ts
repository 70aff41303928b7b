import { z } from "zod";
import { SLUG_PATTERN } from "../../shared/schema/slug.ts";

export { SLUG_PATTERN };

export const SlugSchema = z.string().regex(SLUG_PATTERN, {
  message: "must be lowercase letters and digits joined by hyphens, like 'welk-verzuim'",
});
