import { z } from "zod";

export const LINK_STATUSES = ["ok", "moved", "broken", "blocked", "rate-limited", "timeout", "unreachable"] as const;

/** Where an external URL is used. */
export const LinkUseSchema = z.object({
  routebook: z.string().describe("Id of the routebook that uses the URL."),
  where: z.string().describe('What uses it, e.g. "stap welk-verzuim" or "Praktische handreiking, link".'),
  file: z.string().describe("The file that holds it: a flow, routeboek.md or a PDF."),
  line: z.number().int().positive().optional().describe("Line in a Markdown file."),
  page: z.number().int().positive().optional().describe("Page in a PDF."),
});

export const LinkFlagSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("stale-version"), newer: z.string().describe("The newer upload of the same document.") }),
  z.object({
    kind: z.literal("other-routebook"),
    routebook: z.string().describe("The routebook whose source document this is."),
    document: z.string().describe("That document's alias."),
  }),
]);

/** One distinct external URL: its check result, flags and uses. */
export const ReportedLinkSchema = z.object({
  url: z.string(),
  status: z.enum(LINK_STATUSES).describe("ok, moved (see target), broken, blocked (needs a human look), rate-limited, timeout or unreachable."),
  httpStatus: z.number().int().optional(),
  target: z.string().optional().describe("Where a moved URL leads now."),
  reason: z
    .string()
    .optional()
    .describe('Why, in a few words, when it is not ok: "HTTP 404", "no answer in time"; a DNS failure reads "the host name could not be resolved (ENOTFOUND)".'),
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
  }),
  links: z.array(ReportedLinkSchema),
});

export type LinkStatusName = (typeof LINK_STATUSES)[number];
export type ReportedLink = z.infer<typeof ReportedLinkSchema>;
export type LinkReport = z.infer<typeof LinkReportSchema>;
