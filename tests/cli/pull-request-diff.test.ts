/**
 * The pull-request workflow's script (tools/pull-request/content-diff.ts) with a recorded `pull_request` payload,
 * against a local stand-in for GitHub's API: it posts the content diff once, then updates that comment.
 */
import { execFile } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMENT_MARK } from "../../tools/pull-request/content-diff.ts";
import { CLI_TEST_TIMEOUT, NODE } from "../support/cli.ts";
import { editionRepository } from "../support/edition-repo.ts";

const SCRIPT = resolve("tools/pull-request/content-diff.ts");

interface Request {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

describe("the content diff on a pull request", { timeout: 4 * CLI_TEST_TIMEOUT }, () => {
  let repo: string;
  let payload: string;
  let server: Server;
  let api: string;
  const requests: Request[] = [];
  const comments: { id: number; body: string }[] = [{ id: 1, body: "Looks good to me." }];

  beforeAll(async () => {
    const editions = await editionRepository();
    repo = editions.repo;
    payload = join(repo, "..", "event.json");
    // The parts of a real `pull_request` payload the script reads, with the rest of its shape left out.
    await writeFile(
      payload,
      JSON.stringify({
        action: "synchronize",
        number: 7,
        pull_request: { number: 7, base: { sha: editions.older, ref: "main" }, head: { sha: editions.current, ref: "nieuwe-editie" } },
        repository: { full_name: "swv/routeboeken" },
      }),
    );
    const read = (request: IncomingMessage) =>
      new Promise<string>((done) => {
        let body = "";
        request.on("data", (piece) => (body += piece));
        request.on("end", () => done(body));
      });
    server = createServer(async (request, response) => {
      const body = await read(request);
      requests.push({ method: request.method!, url: request.url!, authorization: request.headers.authorization, body });
      response.setHeader("content-type", "application/json");
      if (request.method === "GET") return response.end(JSON.stringify(comments));
      const text = (JSON.parse(body) as { body: string }).body;
      if (request.method === "POST") comments.push({ id: 2, body: text });
      if (request.method === "PATCH") comments.find((comment) => request.url!.endsWith(`/${comment.id}`))!.body = text;
      response.statusCode = request.method === "POST" ? 201 : 200;
      response.end(JSON.stringify({ id: 2 }));
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 4 * CLI_TEST_TIMEOUT);

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  /** Runs the script; not with spawnSync, which would stop this process's stand-in API from answering it. */
  const run = (env: Record<string, string>) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = execFile(
        NODE,
        [SCRIPT],
        {
          cwd: repo,
          encoding: "utf8",
          env: { ...process.env, GITHUB_EVENT_PATH: payload, GITHUB_API_URL: api, GITHUB_TOKEN: "test-token", ...env },
        },
        (_error, stdout, stderr) => done({ status: child.exitCode, stdout, stderr }),
      );
    });

  it("posts the diff from the base to the head as one comment, and puts it in the job summary", async () => {
    const summary = join(repo, "..", "summary.md");
    const result = await run({ GITHUB_STEP_SUMMARY: summary });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe("Content diff created on pull request #7.\n");
    expect(requests.map(({ method, url }) => `${method} ${url}`)).toEqual([
      "GET /repos/swv/routeboeken/issues/7/comments?per_page=100",
      "POST /repos/swv/routeboeken/issues/7/comments",
    ]);
    expect(requests.every((request) => request.authorization === "Bearer test-token")).toBe(true);
    const posted = comments.find((comment) => comment.id === 2)!.body;
    expect(posted.startsWith(`${COMMENT_MARK}\n## Wijzigingen in de routeboeken`)).toBe(true);
    expect(posted).toContain("### Proefroutebook Verzuim (`proef-po`): 14 wijzigingen");
    expect(posted).toContain("leidt het antwoord „Volgende” nu naar „Passend aanbod” _(redactie)_ (was „Geen verzuim”).");
    expect(await readFile(summary, "utf8")).toBe(posted);
  });

  it("updates its own comment on the next push rather than adding another", async () => {
    requests.length = 0;
    const result = await run({});
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe("Content diff updated on pull request #7.\n");
    expect(requests.map(({ method, url }) => `${method} ${url}`)).toEqual([
      "GET /repos/swv/routeboeken/issues/7/comments?per_page=100",
      "PATCH /repos/swv/routeboeken/issues/comments/2",
    ]);
    expect(comments).toHaveLength(2);
    expect(comments[0]!.body).toBe("Looks good to me.");
  });

  it("refuses a payload of another event in one line, without a stack trace", async () => {
    const push = join(repo, "..", "push.json");
    await writeFile(push, JSON.stringify({ ref: "refs/heads/main", repository: { full_name: "swv/routeboeken" } }));
    const result = await run({ GITHUB_EVENT_PATH: push });
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")[0]).toBe(
      `${push}: is not a pull_request event (pull_request: Invalid input: expected object, received undefined)`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("is what the workflow runs, on pull requests that change content, with the rights to comment", async () => {
    const workflow = parse(await readFile(".github/workflows/content-diff.yml", "utf8"));
    expect(workflow.on.pull_request.paths).toEqual(["content/**"]);
    expect(workflow.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    const steps = workflow.jobs.diff.steps;
    expect(steps[0]).toMatchObject({ uses: "actions/checkout@v4", with: { "fetch-depth": 0 } });
    expect(steps.at(-1).run).toBe("node_modules/.bin/node tools/pull-request/content-diff.ts");
    // The job's own token, as GitHub Actions writes it in a workflow.
    expect(steps.at(-1).env.GITHUB_TOKEN).toBe(["$", "{{ github.token }}"].join(""));
  });
});
