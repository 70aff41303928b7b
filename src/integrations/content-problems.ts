import type { AstroIntegration } from "astro";
import { formatProblems, type Problem } from "../../pipeline/index.ts";
import { onDevContentProblems } from "../lib/dev-problems.ts";

/**
 * Under `astro dev`: when a content edit has problems, the open pages show them at once in
 * the dev server's error overlay, as a code error would be shown, and after a reload in a
 * banner at the top of the page (components/DevContentProblems.astro). Without this the
 * browser silently keeps the last good content and the problems are only in the terminal.
 */
export function contentProblemsOverlay(): AstroIntegration {
  return {
    name: "routeboek-content-problems",
    hooks: {
      "astro:server:setup": ({ server }) => {
        let shown = false;
        const stop = onDevContentProblems((problems: readonly Problem[]) => {
          const had = shown;
          shown = problems.length > 0;
          if (problems.length === 0) {
            if (!had) return;
            // The content is good again: reload, so the page loses its banner even when the content is as before.
            server.ws.send({ type: "full-reload" });
            return;
          }
          const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
          server.ws.send({
            type: "error",
            err: {
              message: `The content has ${count}; the pages show the last good content.\n\n${formatProblems(problems)}`,
              stack: "",
              plugin: "routeboek-content",
            },
          });
        });
        server.httpServer?.once("close", stop);
      },
    },
  };
}
