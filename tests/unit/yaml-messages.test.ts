/**
 * Issue 20, the newcomer's YAML messages: one slip is one problem, at the line
 * of the slip, in our words, with a hint that fits; a misspelled field gets a
 * "did you mean" in every YAML file; a value of the wrong type is not "missing".
 */
import { describe, expect, it } from "vitest";
import { parseFlow } from "../../pipeline/flow/parse.ts";
import { parseGlossary } from "../../pipeline/glossary/parse.ts";
import { formatProblem, type Problem } from "../../pipeline/problems/problems.ts";
import { parseRoutebookMeta } from "../../pipeline/routebook.ts";
import { parseSignals } from "../../pipeline/signals/read.ts";

const FLOW_BODY = "\n## Start {#start}\n\n**Einde:** Klaar.\n";
const META =
  "id: proef\ntitle: Proef\norganisation: Tests\nsectors: [po]\nregion: Proefregio\ndocuments:\n  - alias: Werkwijze\n    title: Werkwijze\n";
const SIGNAL =
  "  - id: a\n    measure: ongeoorloofd-uren-4-weken\n    atLeast: 16\n    signal: Zestien uur\n    action: Melden\n    source: Werkwijze\n";

/** Each YAML file the content has, from its text. */
const FILES: Record<string, (yaml: string) => Problem[]> = {
  "routeboek.md": (yaml) => parseRoutebookMeta(`---\n${yaml}---\n`, "routeboek.md", "proef").problems,
  "flow.md": (yaml) => parseFlow(`---\n${yaml}---\n${FLOW_BODY}`, "flow.md").problems,
  "begrippen.yml": (yaml) => parseGlossary(yaml, "begrippen.yml").problems,
  "signalen.yml": (yaml) => parseSignals(yaml, "signalen.yml").problems,
};
const lines = (problems: Problem[]) => problems.map(formatProblem);

describe("a misspelled field, in every YAML file", () => {
  it.each([
    [
      "routeboek.md",
      META.replace("organisation:", "organization:"),
      "routeboek.md:4:15: `organization` is not a field of this file\n    → did you mean `organisation`?",
    ],
    ["flow.md", "titel: Proef\n", "flow.md:2:8: `titel` is not a field of this file\n    → did you mean `title`?"],
    [
      "begrippen.yml",
      "- term: DUO\n  meening: Dienst Uitvoering Onderwijs\n",
      "begrippen.yml:2:12: `[0].meening` is not a field here\n    → did you mean `meaning`?",
    ],
    [
      "signalen.yml",
      `signals:\n${SIGNAL.replace("atLeast", "atleast")}`,
      "signalen.yml:4:14: `signals[0].atleast` is not a field here\n    → did you mean `atLeast`?",
    ],
  ])("%s: one problem at the field's line, with the field it likely means", (file, yaml, expected) => {
    expect(lines(FILES[file]!(yaml))).toEqual([expected]);
  });

  it("lists the fields when no field is close", () => {
    expect(lines(FILES["flow.md"]!("title: Proef\nbegin: start\n"))).toEqual([
      "flow.md:3:8: `begin` is not a field of this file\n    → remove it, or use one of: `title`, `start`, `source`, `corrections`, `leftOut`, `checks`, `phases`",
    ]);
  });
});

describe("a value of the wrong type gets a hint that fits (A19d, Y04)", () => {
  it("says to quote a number where text belongs, not to add the field", () => {
    expect(lines(FILES["routeboek.md"]!(META.replace("id: proef", "id: 404")))).toContain(
      'routeboek.md:2:5: `id` is a number, where text belongs\n    → put the value in double quotes, as text: `"404"`',
    );
  });

  it("says an infinite bound is no ordinary number", () => {
    const problems = lines(FILES["signalen.yml"]!(`signals:\n${SIGNAL.replace("atLeast: 16", "atLeast: 1e309")}`));
    expect(problems).toEqual([
      "signalen.yml:4:14: `signals[0].atLeast` is Infinity, not an ordinary number, where a number belongs\n    → give an ordinary number, such as `16`; this one is too large or is not a number",
    ]);
  });

  it("still says to add a field that is really missing", () => {
    expect(lines(FILES["routeboek.md"]!(META.replace("region: Proefregio\n", "")))).toEqual([
      "routeboek.md:2:1: `region` is missing\n    → add the field `region`",
    ]);
  });
});

describe("YAML that does not parse: one problem, at the slip, in our words", () => {
  it("gives one problem for one indentation slip, where there were eight", () => {
    const slipped = `${META}  - alias: Bijlage\n  title: Bijlage\n    markdown: bronnen/bijlage.md\n    version: december 2026\n`;
    expect(lines(FILES["routeboek.md"]!(slipped))).toEqual([
      "routeboek.md:11:1: the frontmatter is not valid YAML: this line is indented differently from the lines it belongs with\n    → indent it with spaces so that it starts in the same column as the fields next to it",
    ]);
  });

  it.each(Object.keys(FILES))("%s: points at an unclosed bracket's own line, not the next", (file) => {
    const yaml =
      file === "begrippen.yml"
        ? "- term: [DUO\n  meaning: x\n"
        : file === "signalen.yml"
          ? "signals: [a\ngaps: []\n"
          : "title: [Proef\nstart: start\n";
    const [problem, ...rest] = FILES[file]!(yaml);
    expect(rest).toEqual([]);
    expect(problem!.line).toBe(file.endsWith(".md") ? 2 : 1);
    expect(problem!.message).toMatch(/not valid YAML: the list opened with \[ is not closed with \]$/);
    expect(problem!.hint).toMatch(/^close it with \] on the same line/);
  });

  it("points at an unclosed quote's own line", () => {
    const [problem] = FILES["flow.md"]!('title: "Stappenplan\nstart: start\n');
    expect(formatProblem(problem!)).toBe(
      'flow.md:2:8: the frontmatter is not valid YAML: the text opened with " is not closed with "\n    → close it with " on the same line',
    );
  });

  it.each([
    [
      "a colon in a value",
      "title: Proef: Verzuim: Utrecht\n",
      /a value holds a colon followed by a space[^\n]*\n\s+→ put the value in double quotes/,
    ],
    ["a line with no colon", "title: Proef\nstart start\n", /this line is neither a field \(`name: value`\) nor a list item/],
    ["a tab", "title: Proef\n\tstart: start\n", /this line is indented with a tab/],
    [
      "a field given twice",
      "title: Proef\ntitle: Twee\n",
      /flow\.md:3:1: the frontmatter is not valid YAML: the field `title` is given twice\n\s+→ keep one of the two/,
    ],
  ])("words %s in our own words, once", (_, yaml, expected) => {
    const problems = lines(FILES["flow.md"]!(yaml));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
    expect(problems[0]).not.toMatch(/Implicit|Nested mappings|compact|check indentation and quote values/);
  });
});

describe("dates and periods within sane bounds (Y11c)", () => {
  it.each([
    ["a routebook dated 9999-12-31", `${META}date: "9999-12-31"\n`, /routeboek\.md:10:7: `date` lies outside the years 1990 to 2100/],
    ["a document dated 1066", `${META}    date: 1066\n`, /routeboek\.md:10:11: `documents\[0\]\.date` lies outside the years 1990 to 2100/],
    [
      "a staleness period of 99999999999 months",
      `${META}staleAfterMonths: 99999999999\n`,
      /routeboek\.md:10:19: `staleAfterMonths` Too big/,
    ],
  ])("refuses %s at its line", (_, yaml, expected) => {
    expect(lines(FILES["routeboek.md"]!(yaml)).join("\n")).toMatch(expected);
  });

  it("accepts the dates real routebooks give", () => {
    expect(lines(FILES["routeboek.md"]!(`${META}date: 2025-09\nstaleAfterMonths: 36\n`))).toEqual([]);
  });
});

describe("frontmatter without its closing line", () => {
  it.each(["routeboek.md", "flow.md"])("%s: says the closing `---` is missing", (file) => {
    const source = "---\ntitle: Proef\n\n## Start {#start}\n\n**Einde:** Klaar.\n";
    const problems = file === "flow.md" ? parseFlow(source, file).problems : parseRoutebookMeta(source, file, "proef").problems;
    expect(problems.map(formatProblem)).toContain(
      `${file}:1:1: the frontmatter has no closing \`---\` line\n    → end the metadata with a line \`---\`, before the text below it`,
    );
  });
});

describe("YAML tags the format does not know (Y03)", () => {
  it.each(Object.keys(FILES))("%s: refuses `!!js/function` at its line instead of publishing it as text", (file) => {
    const yaml = {
      "routeboek.md": META.replace("region: Proefregio", 'region: !!js/function "function(){}"'),
      "flow.md": 'title: !!js/function "function(){}"\n',
      "begrippen.yml": '- term: DUO\n  meaning: !!js/function "function(){}"\n',
      "signalen.yml": `signals:\n${SIGNAL.replace("signal: Zestien uur", 'signal: !foo "Zestien uur"')}`,
    }[file]!;
    const problems = lines(FILES[file]!(yaml));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/is not valid YAML: the tag (!!js\/function|!foo) is not part of the content format\n\s+→ remove the tag/);
  });
});
