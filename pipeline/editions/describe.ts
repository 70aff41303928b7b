/**
 * Each change in plain Dutch, as parts: our own words as strings, and the
 * routebook's words as quotes, so every renderer (the change page, the route
 * notice, `routeboek diff`) keeps the two apart. A quote of the editors' words
 * (a title the source does not give, a glossary meaning of their own) says so.
 */
import type { Change, StepName } from "./changes.ts";

export type Part =
  | string
  /** The routebook's own words, or the editors' where `editorial` says so. */
  | { quote: string; editorial?: boolean }
  /** A step of the newer edition, shown by its title and linked to its page. */
  | { step: StepName }
  /** A web address, as the routebook gives it. */
  | { url: string };

const q = (quote: string, editorial?: boolean): Part => (editorial ? { quote, editorial: true } : { quote });
const title = (step: StepName) => q(step.title, step.editorialTitle);
const optional = (value: string | undefined, none: string, editorial?: boolean): Part => (value === undefined ? none : q(value, editorial));
const was = (from: Part): Part[] => [" (was ", from, ")."];
/** "de vraag" for a step that asks one, "de stap" for any other. */
const at = (step: StepName) => (step.title.trimEnd().endsWith("?") ? "de vraag " : "de stap ");
const At = (step: StepName) => (step.title.trimEnd().endsWith("?") ? "De vraag " : "De stap ");
/** A sentence that ends on a quote: no second full stop after one the quote has. */
const stop = (quoted: string) => (/[.!?]$/.test(quoted) ? " " : ". ");

const ROUTEBOOK_FIELD = {
  title: "De titel van het routeboek",
  organisation: "De uitgever",
  version: "De versie",
  date: "De datum",
} as const;
const DOCUMENT_FIELD = { title: "de titel", url: "het adres", version: "de versie", date: "de datum" } as const;
const GLOSSARY_FIELD = { meaning: "de betekenis", po: "de naam in het po", vo: "de naam in het vo", source: "de bron" } as const;
const THRESHOLD_FIELD = {
  measure: "meet nu",
  range: "geldt nu bij",
  signal: "heet nu",
  action: "vraagt nu als actie",
  source: "staat nu in",
} as const;

function reference(value: { document: string; chapter?: string; chapterTitle?: string; section?: string }): Part[] {
  const where = value.chapterTitle ?? value.chapter;
  return [q(value.document), ...(where ? [", ", q(where)] : []), ...(value.section ? [", ", q(value.section)] : [])];
}

function phase(value: { name: string; duration?: string } | undefined): Part[] {
  if (!value) return ["geen fase"];
  return [`fase ${value.name}`, ...(value.duration ? [" (", q(value.duration), ")"] : [])];
}

/** One change as a sentence (sometimes two) of parts. */
export function describeChange(change: Change): Part[] {
  switch (change.kind) {
    case "routebook-changed":
      return [
        `${ROUTEBOOK_FIELD[change.field]} is nu `,
        optional(change.to, "niet meer gegeven", change.editorial),
        ...was(optional(change.from, "niet gegeven", change.editorial)),
      ];
    case "start-changed":
      return ["De route begint nu bij ", { step: change.to }, ...was(title(change.from))];
    case "step-added":
      return ["Nieuwe stap: ", { step: change.step }, "."];
    case "step-removed":
      return ["De stap ", title(change.step), " is vervallen."];
    case "step-retitled":
      return ["De stap ", q(change.from, change.step.editorialTitle), " heet nu ", { step: change.step }, "."];
    case "step-renamed":
      return ["De stap ", { step: change.step }, ` staat op een nieuw adres (was …/stap/${change.fromId}/).`];
    case "step-end-changed":
      return change.end
        ? ["De stap ", { step: change.step }, " is nu een eindpunt van de route."]
        : ["De stap ", { step: change.step }, " is geen eindpunt meer: er volgen nu antwoorden."];
    case "end-text-changed":
      return ["De slottekst van ", { step: change.step }, " is nu ", optional(change.to, "weg"), ...was(optional(change.from, "geen"))];
    case "answer-added":
      return [
        At(change.step),
        { step: change.step },
        " heeft een nieuw antwoord: ",
        q(change.label),
        ", dat leidt naar ",
        title(change.to),
        ".",
      ];
    case "answer-removed":
      return [
        "Bij ",
        at(change.step),
        { step: change.step },
        " is het antwoord ",
        q(change.label),
        " vervallen; het leidde naar ",
        title(change.to),
        ".",
      ];
    case "answer-rewired":
      return [
        "Bij ",
        at(change.step),
        { step: change.step },
        " leidt het antwoord ",
        q(change.label),
        " nu naar ",
        title(change.to),
        ...was(title(change.from)),
      ];
    case "answer-relabelled":
      return [
        "Bij ",
        at(change.step),
        { step: change.step },
        " heet het antwoord naar ",
        title(change.target),
        " nu ",
        q(change.to),
        ...was(q(change.from)),
      ];
    case "answers-reordered":
      return ["Bij ", at(change.step), { step: change.step }, " staan de antwoorden in een andere volgorde."];
    case "actions-changed": {
      const parts: Part[] = [
        ...change.added.flatMap((action): Part[] => ["Nieuwe actie bij ", { step: change.step }, ": ", q(action), stop(action)]),
        ...change.removed.flatMap((action): Part[] => ["Vervallen actie bij ", { step: change.step }, ": ", q(action), stop(action)]),
        ...(change.reordered ? ["Bij ", { step: change.step }, " staan de acties in een andere volgorde."] : []),
      ];
      // The space after the last sentence would trail the text.
      const last = parts.at(-1);
      return typeof last === "string" ? [...parts.slice(0, -1), last.trimEnd()] : parts;
    }
    case "phase-changed":
      return ["De stap ", { step: change.step }, " hoort nu bij ", ...phase(change.to), " (was ", ...phase(change.from), ")."];
    case "reference-added":
      return ["Bij ", { step: change.step }, " staat een nieuwe verwijzing: ", ...reference(change.reference), "."];
    case "reference-removed":
      return ["Bij ", { step: change.step }, " is de verwijzing naar ", ...reference(change.reference), " vervallen."];
    case "reference-moved":
      return [
        "Bij ",
        { step: change.step },
        " verwijst ‘lees verder’ nu naar ",
        ...reference(change.to),
        " (was ",
        ...reference(change.from),
        ").",
      ];
    case "link-added":
      return ["Bij ", { step: change.step }, " staat een nieuwe link: ", q(change.label), " (", { url: change.url }, ")."];
    case "link-removed":
      return ["Bij ", { step: change.step }, " is de link ", q(change.label), " (", { url: change.url }, ") vervallen."];
    case "link-changed":
      return [
        "Bij ",
        { step: change.step },
        " wijst de link ",
        q(change.label),
        " nu naar ",
        { url: change.to },
        ...was({ url: change.from }),
      ];
    case "link-relabelled":
      return ["Bij ", { step: change.step }, " heet de link naar ", { url: change.url }, " nu ", q(change.to), ...was(q(change.from))];
    case "threshold-added":
      return ["Nieuwe drempel: ", q(change.threshold.signal), "."];
    case "threshold-removed":
      return ["De drempel ", q(change.threshold.signal), " is vervallen."];
    case "threshold-changed": {
      // The measure and the range are worded by the site (shared/signals/measures.ts), not quoted.
      const ours = change.field === "measure" || change.field === "range";
      const value = (text: string): Part => (ours ? text : q(text));
      const name = change.field === "signal" ? q(change.from) : q(change.threshold.signal);
      return ["De drempel ", name, ` ${THRESHOLD_FIELD[change.field]} `, value(change.to), ...was(value(change.from))];
    }
    case "glossary-added":
      return ["Nieuw in de begrippenlijst: ", q(change.entry.term), ", ", q(change.entry.meaning, change.entry.editorialMeaning), "."];
    case "glossary-removed":
      return ["Uit de begrippenlijst is ", q(change.entry.term), " vervallen."];
    case "glossary-changed": {
      const value = (text: string | undefined) => optional(text, "niet gegeven");
      const editorial = change.field === "meaning" && change.entry.editorialMeaning;
      const quoted = (text: string | undefined) => (text !== undefined && editorial ? q(text, true) : value(text));
      return [
        "In de begrippenlijst is ",
        GLOSSARY_FIELD[change.field],
        " van ",
        q(change.entry.term),
        " nu ",
        quoted(change.to),
        ...was(quoted(change.from)),
      ];
    }
    case "document-added":
      return ["Nieuw brondocument: ", q(change.document.title, change.document.editorialTitle), "."];
    case "document-removed":
      return ["Het brondocument ", q(change.document.title, change.document.editorialTitle), " is vervallen."];
    case "document-changed": {
      if (change.field === "title") {
        return [
          "Het brondocument ",
          q(change.from ?? "", change.document.editorialTitle),
          " heet nu ",
          q(change.to ?? "", change.document.editorialTitle),
          ".",
        ];
      }
      const value = (text: string | undefined): Part =>
        text === undefined ? "niet gegeven" : change.field === "url" ? { url: text } : q(text);
      return [
        `Van het brondocument `,
        q(change.document.title, change.document.editorialTitle),
        ` is ${DOCUMENT_FIELD[change.field]} nu `,
        value(change.to),
        ...was(value(change.from)),
      ];
    }
    case "document-replaced": {
      // "nieuwere" only where both dates say so; a version name alone does not tell which is newer.
      const newer = change.from.date !== undefined && change.to.date !== undefined && change.to.date > change.from.date;
      const version = (value: { version?: string; date?: string }): Part[] =>
        value.version || value.date ? [q([value.version, value.date].filter(Boolean).join(", "))] : ["zonder versie"];
      return [
        "Het brondocument ",
        q(change.document.title, change.document.editorialTitle),
        ` is vervangen door een ${newer ? "nieuwere" : "andere"} versie: `,
        ...version(change.to),
        ...(change.to.url ? [", op ", { url: change.to.url }] : []),
        " (was ",
        ...version(change.from),
        ...(change.from.url ? [", op ", { url: change.from.url }] : []),
        ").",
      ];
    }
    case "chapter-added":
      return ["In ", q(change.document), " is het hoofdstuk ", q(change.title), " toegevoegd."];
    case "chapter-removed":
      return ["In ", q(change.document), " is het hoofdstuk ", q(change.title), " vervallen."];
    case "chapter-renamed":
      return ["In ", q(change.document), " heet het hoofdstuk ", q(change.from), " nu ", q(change.to), "."];
  }
}

/** Parts as plain text: quotes between „ and ”, the editors' with "(redactie)", steps by their title. */
export function partsAsText(parts: readonly Part[]): string {
  return parts
    .map((part) => {
      if (typeof part === "string") return part;
      if ("url" in part) return part.url;
      const { quote, editorial } = "step" in part ? { quote: part.step.title, editorial: part.step.editorialTitle } : part;
      return `„${quote}”${editorial ? " (redactie)" : ""}`;
    })
    .join("")
    .trim();
}
