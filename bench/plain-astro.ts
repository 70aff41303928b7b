/**
 * The anchor for the cost of our Astro step: a plain Astro site of the same
 * page count and about the same page size, built with the same Astro and heap
 * limit, then indexed by the same Pagefind (its CLI). No glossary, no search
 * terms, no maps: only pages of paragraphs and links, so the ratio of our step
 * to this one is what our pages cost beyond rendering and indexing HTML.
 */
import { spawnSync } from "node:child_process";
import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

/** A paragraph of plain Dutch, so Pagefind indexes words like ours. */
const PARAGRAPH =
  "De school registreert het verzuim en bespreekt het binnen twee weken met de ouders en de leerling. " +
  "Bij zorgen neemt de intern begeleider contact op met de leerplichtambtenaar en legt de afspraken vast.";

export interface PlainBuild {
  pages: number;
  /** CPU time (user + system) of `astro build` and of Pagefind, from /usr/bin/time, and both together. */
  astroCpuS: number;
  pagefindCpuS: number;
  cpuS: number;
  wallS: number;
}

function timed(command: string, args: string[], cwd: string): { wallS: number; cpuS: number } {
  const result = spawnSync("/usr/bin/time", ["-f", "BENCH-TIME %e %U %S", command, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    // The project's Node 24 first, as under npm run: Astro refuses an older one.
    env: {
      ...process.env,
      PATH: `${resolve("node_modules/.bin")}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: "1",
      NODE_OPTIONS: "--max-old-space-size=1024",
    },
  });
  const timing = /BENCH-TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(result.stderr ?? "");
  if (result.status !== 0 || !timing) throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return { wallS: Number(timing[1]), cpuS: Number(timing[2]) + Number(timing[3]) };
}

/**
 * Builds `pages` pages of about `pageBytes` bytes of HTML in `work`, split over `books` folders as our routebooks
 * are, and indexes them; returns what it cost.
 */
export async function buildPlainSite(work: string, books: number, pages: number, pageBytes: number): Promise<PlainBuild> {
  await rm(work, { recursive: true, force: true });
  await mkdir(join(work, "src/pages/[book]"), { recursive: true });
  await symlink(resolve("node_modules"), join(work, "node_modules"));
  const perBook = Math.max(1, Math.round(pages / books));
  // Each paragraph with its link is about 290 bytes of HTML; the layout adds about 400.
  const paragraphs = Math.max(1, Math.round((pageBytes - 400) / 290));
  await writeFile(join(work, "astro.config.mjs"), 'export default { output: "static" };\n');
  await writeFile(
    join(work, "src/pages/[book]/[page].astro"),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${books} }, (_, book) =>
    Array.from({ length: ${perBook} }, (_, page) => ({ params: { book: \`boek-\${book + 1}\`, page: \`pagina-\${page + 1}\` } })),
  ).flat();
}
const { book, page } = Astro.params;
const paragraphs = Array.from({ length: ${paragraphs} }, (_, index) => index + 1);
---
<html lang="nl">
  <head><meta charset="utf-8" /><title>{book}, {page}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{book}: {page}</h1>
      {paragraphs.map((index) => <p>${PARAGRAPH} <a href={\`/\${book}/pagina-\${index}/\`}>Lees verder ({index})</a></p>)}
    </main>
  </body>
</html>
`,
  );
  const astro = timed(resolve("node_modules/.bin/astro"), ["build"], work);
  const pagefind = timed(resolve("node_modules/.bin/pagefind"), ["--site", "dist"], work);
  return {
    pages: books * perBook,
    astroCpuS: astro.cpuS,
    pagefindCpuS: pagefind.cpuS,
    cpuS: astro.cpuS + pagefind.cpuS,
    wallS: astro.wallS + pagefind.wallS,
  };
}
