import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_CONTENT } from "../support/build-site.ts";

/** Generous limits: `astro dev` starts slowly on a busy machine. */
const START_LIMIT = 120_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** What vitest sets for its own Vite (MODE=test, DEV, …): astro dev would take it over and render as in a test, not in development. */
const VITEST_ENV = new Set(["NODE_ENV", "MODE", "DEV", "PROD", "SSR", "BASE_URL", "TEST"]);
const withoutTestEnvironment = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !VITEST_ENV.has(name) && !name.startsWith("VITEST")));

/** Polls `url` until `accept` holds for its body, or the time is up. */
async function waitFor(url: string, accept: (body: string, status: number) => boolean, limit: number): Promise<string> {
  const until = Date.now() + limit;
  let last = "";
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      last = await response.text();
      if (accept(last, response.status)) return last;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 300));
  }
  throw new Error(`${url} did not become ready in ${limit} ms; last body: ${last.slice(0, 200)}`);
}

describe("npm run dev: the maintainer's loop", () => {
  let content: string;
  let origin: string;
  let dev: ChildProcess;
  let log = "";

  beforeAll(async () => {
    content = await mkdtemp(join(tmpdir(), "routeboek-dev-"));
    await cp(FIXTURE_CONTENT, content, { recursive: true });
    dev = spawn("astro", ["dev", "--host", "127.0.0.1", "--port", String(await freePort())], {
      // vitest's own environment (NODE_ENV=test, VITEST_*) would make astro dev render error pages.
      env: { ...withoutTestEnvironment(process.env), ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", ROUTEBOEK_CONTENT: content },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // Colours (on under CI=true) would split "Local   http://…" with escape codes.
    const plain = (chunk: Buffer) => stripVTControlCharacters(String(chunk));
    dev.stdout!.on("data", (chunk: Buffer) => (log += plain(chunk)));
    dev.stderr!.on("data", (chunk: Buffer) => (log += plain(chunk)));
    // Astro moves to another port when the one asked for is taken meanwhile: read the one it serves on.
    const started = Date.now();
    while (!/Local\s+http:\/\/127\.0\.0\.1:\d+/.test(log) && Date.now() - started < START_LIMIT)
      await new Promise((done) => setTimeout(done, 200));
    origin = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1] ?? "";
    if (!origin) throw new Error(`astro dev did not start:\n${log}`);
    await waitFor(`${origin}/proef-po/stap/verzuim/`, (_, status) => status === 200, START_LIMIT).catch((error: Error) => {
      throw new Error(`${error.message}\n--- astro dev said:\n${log}`);
    });
  }, START_LIMIT + 10_000);

  afterAll(() => {
    dev?.kill();
  });

  const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];

  it("shows an edited step title on reload, without a restart", async () => {
    expect(h1(await waitFor(`${origin}/proef-po/stap/verzuim/`, () => true, 10_000))).toBe("Er is verzuim");
    const flow = join(content, "proef-po/flow.md");
    await writeFile(flow, (await readFile(flow, "utf8")).replace("## Er is verzuim {#verzuim}", "## Er is verzuim gemeld {#verzuim}"));
    const page = await waitFor(`${origin}/proef-po/stap/verzuim/`, (html) => h1(html) === "Er is verzuim gemeld", 60_000).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n--- astro dev said:\n${log}`);
      },
    );
    expect(h1(page)).toBe("Er is verzuim gemeld");
  }, 90_000);

  it("shows an edited Markdown document on reload", async () => {
    const document = join(content, "proef-po/bronnen/werkwijze.md");
    await writeFile(document, (await readFile(document, "utf8")).replace("Het vijfde volgt.", "Het vijfde volgt later."));
    const page = await waitFor(
      `${origin}/proef-po/werkwijze/hoofdstuk-2-gesprekken/`,
      (html) => html.includes("Het vijfde volgt later."),
      60_000,
    );
    expect(page).toContain("Het vijfde volgt later.");
  }, 90_000);

  it("shows the problems of a broken edit in the page, over the last good content, until they are fixed", async () => {
    const flow = join(content, "proef-po/flow.md");
    const good = await readFile(flow, "utf8");
    const page = `${origin}/proef-po/stap/verzuim/`;
    expect(await waitFor(page, () => true, 10_000)).not.toContain("data-dev-content-problems");
    // An open page hears of it at once, in the dev server's error overlay, as it would of a code error.
    const socket = new WebSocket(`${origin.replace("http", "ws")}/`, "vite-hmr");
    const messages: { type: string; err?: { message: string } }[] = [];
    socket.addEventListener("message", (event) => messages.push(JSON.parse(String(event.data))));
    await new Promise((done, fail) => {
      socket.addEventListener("open", done);
      socket.addEventListener("error", fail);
    });
    await writeFile(flow, good.replace("](#passend)", "](#pasend)"));
    const broken = await waitFor(page, (html) => html.includes("data-dev-content-problems"), 60_000).catch((error: Error) => {
      throw new Error(`${error.message}\n--- astro dev said:\n${log}`);
    });
    const banner = /<aside[^>]*data-dev-content-problems[^>]*>([\s\S]*?)<\/aside>/.exec(broken)![1]!;
    const text = banner
      .replace(/<style[\s\S]*?<\/style>|<br\s*\/?>/g, " ")
      .replace(/<[^>]+>/g, "")
      .replaceAll("&quot;", '"')
      .replace(/\s+/g, " ");
    expect(text).toMatch(/De inhoud heeft 1 probleem/);
    expect(text).toContain(
      'proef-po/flow.md:41:3: option "Volgende" leads to step "pasend", which does not exist → did you mean "passend"?',
    );
    // The page itself is still the last good version.
    expect(h1(broken)).toBe("Er is verzuim gemeld");
    const until = Date.now() + 30_000;
    while (!messages.some((message) => message.type === "error") && Date.now() < until) await new Promise((done) => setTimeout(done, 200));
    socket.close();
    // The overlay shows the message as HTML, escaped.
    expect(messages.find((message) => message.type === "error")?.err?.message.replaceAll("&quot;", '"')).toMatch(
      /^The content has 1 problem; the pages show the last good content\.\n\n.*proef-po\/flow\.md:41:3: option "Volgende" leads to step "pasend"/,
    );
    await writeFile(flow, good);
    const fixed = await waitFor(page, (html) => !html.includes("data-dev-content-problems"), 60_000);
    expect(h1(fixed)).toBe("Er is verzuim gemeld");
  }, 150_000);

  it("serves the source PDFs", async () => {
    const response = await fetch(`${origin}/proef-po/bronnen/routeboek-verzuim-thuiszitters.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await response.arrayBuffer()).equals(await readFile(join(content, "proef-po/bronnen/routeboek.pdf")))).toBe(true);
  }, 30_000);
});
