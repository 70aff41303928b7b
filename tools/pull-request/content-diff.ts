/**
 * The content diff on a pull request (.github/workflows/content-diff.yml):
 * `routeboek diff` from the pull request's base to its head, as Markdown, posted
 * as one comment that later pushes update in place, and put in the job summary.
 * It reads what GitHub Actions provides: the event payload (GITHUB_EVENT_PATH),
 * the API's address (GITHUB_API_URL) and a token (GITHUB_TOKEN), so it runs the
 * same against a recorded payload and a local stand-in for the API.
 */
import { appendFile, readFile } from "node:fs/promises";
import { z } from "zod";
import { CONTENT_DIR } from "../../pipeline/settings.ts";
import { diffAsMarkdown } from "../../pipeline/editions/format.ts";
import { diffSides } from "../cli/diff.ts";
import { InputError } from "../cli/errors.ts";

/** The first line of our comment: how a later run finds it to update rather than add another. */
export const COMMENT_MARK = "<!-- routeboek-content-diff -->";

const PayloadSchema = z.object({
  pull_request: z.object({
    number: z.number().int().positive(),
    base: z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/) }),
    head: z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/) }),
  }),
  repository: z.object({ full_name: z.string().regex(/^[\w.-]+\/[\w.-]+$/) }),
});
export type PullRequestEvent = z.infer<typeof PayloadSchema>;

/** The pull request of an event payload, or a one-line reason why the payload is not one. */
export function pullRequestOf(payload: unknown, file: string): PullRequestEvent {
  const parsed = PayloadSchema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new InputError(
    `${file}: is not a pull_request event (${issue.path.join(".") || "the payload"}: ${issue.message})`,
    "run this on `pull_request` events only (see .github/workflows/content-diff.yml)",
  );
}

interface Api {
  base: string;
  token: string;
}

async function call(api: Api, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${api.base}${path}`, {
    method,
    headers: {
      accept: "application/vnd.github+json",
      authorization: `Bearer ${api.token}`,
      "x-github-api-version": "2022-11-28",
      ...(body ? { "content-type": "application/json" } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) {
    throw new InputError(
      `${method} ${path}: GitHub answered ${response.status}`,
      "check that the job may write pull requests (permissions)",
    );
  }
  return response.status === 204 ? undefined : response.json();
}

/** Posts `body` on the pull request, or updates our comment there when an earlier run left one. Returns what it did. */
export async function upsertComment(api: Api, event: PullRequestEvent, body: string): Promise<"created" | "updated"> {
  const repo = event.repository.full_name;
  const comments = (await call(api, "GET", `/repos/${repo}/issues/${event.pull_request.number}/comments?per_page=100`)) as {
    id: number;
    body?: string;
  }[];
  const ours = comments.find((comment) => comment.body?.startsWith(COMMENT_MARK));
  if (ours) {
    await call(api, "PATCH", `/repos/${repo}/issues/comments/${ours.id}`, { body });
    return "updated";
  }
  await call(api, "POST", `/repos/${repo}/issues/${event.pull_request.number}/comments`, { body });
  return "created";
}

async function readPayload(file: string): Promise<unknown> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: cannot be read (${error.code ?? error.message})`, "GITHUB_EVENT_PATH must name the event's payload");
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: is not valid JSON (${(error as Error).message})`, "GITHUB_EVENT_PATH must name the event's payload");
  }
}

async function main(): Promise<number> {
  const file = process.env.GITHUB_EVENT_PATH;
  const token = process.env.GITHUB_TOKEN;
  if (!file || !token) {
    console.error("GITHUB_EVENT_PATH and GITHUB_TOKEN must be set\n    → run this in GitHub Actions, or set both by hand to try it");
    return 1;
  }
  try {
    const event = pullRequestOf(await readPayload(file), file);
    const diffs = await diffSides({ old: event.pull_request.base.sha, next: event.pull_request.head.sha, content: CONTENT_DIR });
    const body = `${COMMENT_MARK}\n${diffAsMarkdown(diffs)}`;
    if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, body);
    const done = await upsertComment({ base: process.env.GITHUB_API_URL ?? "https://api.github.com", token }, event, body);
    console.log(`Content diff ${done} on pull request #${event.pull_request.number}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`${error.message}\n    → ${error.hint}`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await main();
