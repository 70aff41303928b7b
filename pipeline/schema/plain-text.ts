import { z } from "zod";

/**
 * Syntax that the site would publish literally in a frontmatter field: the site shows
 * these fields as plain text, so a marker there reaches readers as `:redactie[…]` and
 * does not mark anything. One list, so every plain-text field refuses the same things.
 */
const LITERAL_SYNTAX: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /:{1,3}(?:redactie|afgeleid)\b/, what: "a Markdown marker" },
  { pattern: /:::/, what: "a Markdown block marker" },
  { pattern: /<\/?[a-zA-Z][^<>]*>|<!--/, what: "HTML" },
  { pattern: /!?\[[^\]\n]*\]\([^)\n]*\)/, what: "a Markdown link" },
  { pattern: /\*\*\S(?:[^*\n]*\S)?\*\*|__\S(?:[^_\n]*\S)?__/, what: "Markdown emphasis" },
  { pattern: /`[^`\n]+`/, what: "Markdown code" },
];

/** The first piece of syntax in `text` that would be shown literally, or undefined. */
function literalSyntaxIn(text: string): { found: string; what: string } | undefined {
  for (const { pattern, what } of LITERAL_SYNTAX) {
    const match = pattern.exec(text);
    if (match) return { found: match[0], what };
  }
  return undefined;
}

/**
 * A frontmatter field shown as plain text. `ours` is how to mark the field as the
 * editors' (e.g. "`editorialFields: [title]`"); `note` is what else the hint says,
 * for a field that is always ours or cannot be marked.
 */
export const plainTextSchema = ({ ours, note }: { ours?: string; note?: string } = {}) =>
  z
    .string()
    .min(1)
    .superRefine((text, context) => {
      const syntax = literalSyntaxIn(text);
      if (!syntax) return;
      const shown = syntax.found.length > 40 ? `${syntax.found.slice(0, 40)}…` : syntax.found;
      context.addIssue({
        code: "custom",
        message: `holds ${syntax.what} (\`${shown}\`), which the site would show literally: this field is plain text`,
        params: {
          hint: ours
            ? `write the words only; to mark them as the editors', list the field: ${ours}`
            : `write the words only, without Markdown or HTML${note ? `: ${note}` : ""}`,
        },
      });
    });
