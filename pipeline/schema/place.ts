import { z } from "zod";

/** Where something stands in its Markdown source; used to point errors at it. */
export const PlaceSchema = z
  .object({
    /** 1-based line in the source file. */
    line: z.number().int().positive(),
    /** 1-based column in the source file. */
    column: z.number().int().positive(),
  })
  .meta({ description: "Position in the Markdown source (1-based line and column)." });

export type Place = z.infer<typeof PlaceSchema>;
