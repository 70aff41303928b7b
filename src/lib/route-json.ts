import {
  type Block,
  type Inline,
  NOTICES,
  type Routebook,
  routeJsonUrl as routeJsonAddress,
  CHANGE_AREA,
  describeChange,
  stepsOfChange,
  type Part,
  routeEdition,
  routeOptions,
  routePhaseOf,
  type Step,
  summaryUrl as summaryAddress,
  unhandled,
} from "../../pipeline/index.ts";
import { editionLabel } from "./edition.ts";
import type { EarlierRoute, Marked, RouteBlock, RouteData, RouteStep, Run } from "../../shared/route/data.ts";
import { editionsOf } from "./editions.ts";
import { changesUrl, chapterUrl, findSource, routebookUrl, stepBaseUrl } from "./routebooks.ts";

/** Where a routebook's case note ("Samenvatting van deze route") lives. */
export const summaryUrl = (routebook: Pick<Routebook, "id">) => summaryAddress(routebook.id);
/** Where the browser fetches the routebook's graph. */
export const routeJsonUrl = (routebook: Pick<Routebook, "id">) => routeJsonAddress(routebook.id);

/** `/<id>/route.json`: the graph and the case note's material, without anything the browser does not use. */
export function routeData(routebook: Routebook): RouteData {
  return {
    id: routebook.id,
    title: routebook.title,
    organisation: routebook.organisation,
    region: routebook.region,
    ...optional("versionLabel", editionLabel(routebook)),
    // Passed on as listed: whichever fields the content marks as the editors', the note marks.
    editorialFields: [...routebook.editorialFields],
    documents: routebook.documents.map(({ alias, version, date, url, editorialFields }) => ({
      alias,
      ...(editorialFields.length ? { editorialFields: [...editorialFields] } : {}),
      ...optional("versionLabel", editionLabel({ version, date })),
      ...(url ? { url } : {}),
    })),
    home: routebookUrl(routebook),
    stepBase: stepBaseUrl(routebook),
    summary: summaryUrl(routebook),
    changes: changesUrl(routebook),
    edition: routeEdition(routebook.flow),
    start: routebook.flow.start,
    steps: Object.fromEntries(routebook.flow.steps.map((step) => [step.id, routeStep(routebook, step)])),
    ...nonEmptyHistory(routeHistory(routebook)),
  };
}

const nonEmptyHistory = (history: EarlierRoute[]) => (history.length ? { history } : {});

/** A change's sentence as runs: our words plain, the routebook's in quotes, the editors' marked as theirs. */
function changeText(parts: readonly Part[]): Marked {
  return parts.flatMap((part): Marked => {
    if (typeof part === "string") return [{ t: part }];
    if ("url" in part) return [{ t: part.url }];
    const { text, editorial } =
      "step" in part ? { text: part.step.title, editorial: part.step.editorialTitle } : { text: part.quote, editorial: part.editorial };
    return [{ t: "‘" }, editorial ? { t: text, r: true } : { t: text }, { t: "’" }];
  });
}

/**
 * The earlier editions the site keeps whose route addresses mean something else now (another `editie`), newest
 * first; of several with one `editie`, the oldest, whose changes include those of the others.
 */
function routeHistory(routebook: Routebook): EarlierRoute[] {
  const { current, since } = editionsOf(routebook);
  const byEdition = new Map<string, (typeof since)[number]>();
  for (const entry of since) if (entry.edition.routeEdition !== current.routeEdition) byEdition.set(entry.edition.routeEdition, entry);
  return [...byEdition.values()].map(({ edition, changes }) => {
    const route = changes.filter((change) => CHANGE_AREA[change.kind] === "route");
    const renamed = Object.fromEntries(
      route.flatMap((change) => (change.kind === "step-renamed" ? [[change.fromId, change.step.id]] : [])),
    );
    return {
      edition: edition.routeEdition,
      recorded: edition.recorded,
      ...optional("versionLabel", editionLabel(edition)),
      ...(Object.keys(renamed).length ? { renamed } : {}),
      changes: route.map((change) => ({
        steps: stepsOfChange(change),
        text: changeText(describeChange(change)),
      })),
    };
  });
}

/** `{ [key]: value }` when there is a value, so route.json carries no empty fields. */
const optional = <K extends string>(key: K, value: string | undefined) => (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

function routeStep(routebook: Routebook, step: Step): RouteStep {
  const references = step.references.map((reference) => {
    const source = findSource(routebook, reference.document);
    const text = reference.chapter ? `${reference.document}, ${reference.chapter}` : reference.document;
    if (reference.target && source) {
      return { text, url: chapterUrl(routebook, source, reference.target.chapter, reference.target.anchor) };
    }
    // Not on this site: the document's own address, so a printed note still says where to read it.
    return source?.url ? { text, source: source.url } : { text };
  });
  const nonEmpty = <T>(list: T[]) => (list.length ? list : undefined);
  return {
    title: step.title,
    ...(step.editorialTitle ? { editorialTitle: true } : {}),
    ...(step.phase ? { phase: routePhaseOf(step.phase, routebook.flow.phases) } : {}),
    body: nonEmpty(routeBlocks(step.body)),
    ...(step.end ? { end: true } : {}),
    references: nonEmpty(references),
    links: nonEmpty(step.links.map(({ label, url }) => ({ label, url }))),
    options: nonEmpty(routeOptions(step.options).map((option, index) => ({ ...option, ...inferredOf(step.options[index]!) }))),
  };
}

/** Where the editors chose an answer's next step: their reason, marked as their words as a whole. */
function inferredOf({ inferred }: Step["options"][number]): Pick<NonNullable<RouteStep["options"]>[number], "inferred"> {
  return inferred ? { inferred: { reason: [{ t: fold(inferred.reason), r: true as const }] } } : {};
}

const fold = (text: string) => text.replace(/\s+/g, " ").trim();
const ordered = (numbered: boolean) => (numbered ? { ordered: true as const } : {});

/** A step's body as the note's blocks, in the source's order; lists stay lists, also inside a notice of the editors. */
export function routeBlocks(body: Step["body"], editorial = false): RouteBlock[] {
  return body.flatMap((block): RouteBlock[] => {
    switch (block.type) {
      case "options":
        return [];
      case "actions":
        return [{ type: "actions", ...ordered(block.ordered), items: block.items.map((item) => marked(item, editorial)) }];
      case "end": {
        const text = marked([{ type: "paragraph", children: block.children }], editorial);
        return [{ type: "end", ...(text.length ? { text } : {}) }];
      }
      case "list":
        return [{ type: "list", ...ordered(block.ordered), items: block.items.map((item) => marked(item, editorial)) }];
      case "notice": {
        const ours = editorial || NOTICES[block.kind].editorial;
        const title = block.title ? marked([{ type: "paragraph", children: block.title }], ours) : [];
        const heading: RouteBlock[] = title.length ? [{ type: "text", text: title }] : [];
        return [...heading, ...routeBlocks(block.children, ours)];
      }
      default: {
        const text = marked([block], editorial);
        return text.length ? [{ type: "text", text }] : [];
      }
    }
  });
}

/** Rich text as runs of the source's and the editors' words; a notice of the editors is theirs as a whole. */
export function marked(blocks: readonly Block[], editorial = false): Marked {
  const runs: Run[] = [];
  const push = (t: string, r: boolean) => {
    const last = runs.at(-1);
    if (last && !!last.r === r) last.t += t;
    else runs.push(r ? { t, r: true } : { t });
  };
  const inline = (node: Inline, r: boolean) => {
    switch (node.type) {
      case "text":
      case "abbr":
        return push(node.value, r);
      case "break":
        return push(" ", r);
      case "footnoteReference":
        return;
      case "editorial":
      case "emphasis":
      case "strong":
      case "link":
      case "internalLink":
        for (const child of node.children) inline(child, r || node.type === "editorial");
        return;
      default:
        return unhandled(node);
    }
  };
  const inlines = (nodes: readonly Inline[], r: boolean) => {
    push(" ", r);
    for (const node of nodes) inline(node, r);
  };
  const block = (node: Block, r: boolean) => {
    switch (node.type) {
      case "paragraph":
      case "heading":
        return inlines(node.children, r);
      case "list":
        for (const item of node.items) for (const child of item) block(child, r);
        return;
      case "table":
        for (const row of [node.head, ...node.rows]) for (const cell of row) inlines(cell, r);
        return;
      case "notice":
        if (node.title) inlines(node.title, r || NOTICES[node.kind].editorial);
        for (const child of node.children) block(child, r || NOTICES[node.kind].editorial);
        return;
      case "quote":
        for (const child of node.children) block(child, r);
        return;
      default:
        return unhandled(node);
    }
  };
  for (const node of blocks) block(node, editorial);
  // Fold white space, then trim the ends of the whole text.
  for (const run of runs) run.t = run.t.replace(/\s+/g, " ");
  if (runs[0]) runs[0].t = runs[0].t.trimStart();
  if (runs.at(-1)) runs.at(-1)!.t = runs.at(-1)!.t.trimEnd();
  return runs.filter((run) => run.t);
}
