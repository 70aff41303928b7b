import { z } from "zod";
import { SLUG_PATTERN } from "./id.ts";

export const LINK_STATUSES = ["ok", "moved", "soft-404", "broken", "blocked", "rate-limited", "timeout", "unreachable"] as const;

/**
 * An absolute http(s) address. The site shows the report's URLs, and a hand-edited
 * report must not slip in `//host`, `javascript:` or a relative path.
 */
const httpUrl = z.string().refine((text) => /^https?:\/\/[^/\s]/i.test(text) && URL.canParse(text), {
  message: "must be an absolute http(s) URL",
});

/** A routebook or step id: the site builds its own links from these, so they must stay plain slugs. */
const slug = z.string().regex(SLUG_PATTERN, { message: "must be an id (lowercase words joined by hyphens)" });

/** Where an external URL is used. */
export const LinkUseSchema = z.object({
  routebook: slug.describe("Id of the routebook that uses the URL."),
  where: z
    .string()
    .refine((text) => !text.startsWith("stap ") || SLUG_PATTERN.test(text.slice(5)), {
      message: 'must name a step by its id ("stap <id>")',
    })
    .describe('What uses it, e.g. "stap welk-verzuim" (the site links that step) or "Praktische handreiking, link".'),
  file: z.string().describe("The file that holds it: a flow, routeboek.md or a PDF."),
  line: z.number().int().positive().optional().describe("Line in a Markdown file."),
  page: z.number().int().positive().optional().describe("Page in a PDF."),
});

export const LinkFlagSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("stale-version"), newer: httpUrl.describe("The newer upload of the same document: absolute http(s).") }),
  z.object({
    kind: z.literal("other-routebook"),
    routebook: z.string().describe("The routebook whose source document this is."),
    document: z.string().describe("That document's alias."),
  }),
]);

/** One distinct external URL: its check result, flags and uses. */
export const ReportedLinkSchema = z.object({
  url: httpUrl.describe("The URL as the content has it: absolute http(s)."),
  status: z
    .enum(LINK_STATUSES)
    .describe(
      "ok, moved (see target), soft-404 (a web page answers where a PDF was promised), broken (also a redirect loop), blocked (needs a human look), rate-limited, timeout or unreachable.",
    ),
  httpStatus: z.number().int().optional().describe("The last HTTP status seen (after redirects)."),
  target: httpUrl.optional().describe("Where a moved URL leads now: absolute http(s)."),
  retryAfterSeconds: z
    .number()
    .nonnegative()
    .optional()
    .describe(
      "For rate-limited: the wait the server asked for (Retry-After), in seconds; longer than the run had left when the reason says so.",
    ),
  reason: z
    .string()
    .optional()
    .describe(
      'Why, in a few words, when it is not ok: "HTTP 404", "no answer in time"; a DNS failure reads "the host name could not be resolved (ENOTFOUND)".',
    ),
  flags: z.array(LinkFlagSchema),
  uses: z.array(LinkUseSchema).min(1),
});

/**
 * `report.json` of `routeboek links`. Versioned: a reader checks `version` before anything else.
 * A run where every URL is unreachable most likely had no network; report.md says so (see `looksOffline`).
 */
export const LinkReportSchema = z.object({
  version: z.literal(1),
  generatedAt: z.string().describe("ISO 8601 time the run ended."),
  durationMs: z.number().nonnegative(),
  summary: z.object({
    urls: z.number().int().nonnegative().describe("Distinct external URLs checked."),
    uses: z.number().int().nonnegative().describe("Places they are used."),
    byStatus: z.record(z.enum(LINK_STATUSES), z.number().int().nonnegative()),
    flagged: z.number().int().nonnegative().describe("URLs with a stale-version or other-routebook flag."),
    requests: z.number().int().nonnegative().optional().describe("HTTP requests the run sent, every redirect hop and retry included."),
  }),
  links: z.array(ReportedLinkSchema),
});

export type LinkStatusName = (typeof LINK_STATUSES)[number];
export type ReportedLink = z.infer<typeof ReportedLinkSchema>;
export type LinkReport = z.infer<typeof LinkReportSchema>;
