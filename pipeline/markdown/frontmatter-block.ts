import { parseYamlWithPlaces } from "./yaml.ts";

/**
 * A Markdown file's frontmatter as data, read without parsing the Markdown: the YAML between a `---` line at the
 * very start and the next `---` line, as remark-frontmatter finds it. For the build's fingerprint, which only
 * needs the documents `routeboek.md` names and must not load the Markdown parser to find them
 * (tests/unit/frontmatter-block.test.ts keeps the two readings equal). Undefined without frontmatter, or when its
 * YAML has a fault: the content check reports that, and the fingerprint then hashes the file alone.
 */
export function frontmatterData(text: string): unknown {
  const block = /^---[\t ]*\r?\n(?:([\s\S]*?)\r?\n)?---[\t ]*(?:\r?\n|$)/.exec(text);
  if (!block) return undefined;
  const yaml = parseYamlWithPlaces(block[1] ?? "", "", "frontmatter");
  return yaml.problems.length ? undefined : yaml.data;
}
