import { createHash } from "node:crypto";

/**
 * The site's Content-Security-Policy, sent as a `<meta http-equiv>` in every
 * built page (src/layouts/Base.astro). Everything comes from the site itself:
 * scripts only as files (no inline script, no `eval`), styles as files plus the
 * few inline `<style>` elements a page declares, each allowed by its SHA-256
 * hash. Pagefind compiles its WebAssembly, which needs `'wasm-unsafe-eval'`
 * (that allows WebAssembly only, not JavaScript's `eval`). `frame-ancestors`
 * cannot be set from a meta tag; a server may add it as a header.
 */
export function contentSecurityPolicy(inlineStyles: readonly string[] = []): string {
  const hashes = inlineStyles.map((css) => `'sha256-${createHash("sha256").update(css).digest("base64")}'`);
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    ["style-src 'self'", ...hashes].join(" "),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
