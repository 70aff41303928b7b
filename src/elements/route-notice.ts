import type { Marked, RouteData } from "../../shared/route/data.ts";
import { changesOnTheWay, editionName } from "./route-since.ts";
import {
  endOf,
  MAX_ANSWERS,
  type Remembered,
  routeHref,
  stepHref,
  targetOf,
  tokensOf,
  type Verdict,
  type Visit,
} from "../../shared/route/history.ts";

/**
 * What a page says about the route in its address when it is not simply applied:
 * from another edition, in the old positional form, broken, tampered with, leading
 * elsewhere, or brought back from the tab's memory. Pure, so the words are tested
 * without a browser; step page and case note show the same notice.
 */

export interface NoticeLink {
  text: Marked;
  href: string;
  /** The link continues this case: the page adds the case's start date. "Opnieuw beginnen" does not. */
  keepsStart: boolean;
}

export interface RouteNotice {
  /** "alert" when the route was not applied; "status" when it was, with something to know about it. */
  role: "status" | "alert";
  title: string;
  text: string;
  items: Marked[];
  links: NoticeLink[];
}

export interface NoticeContext {
  /** Where the notice stands: a step page or the case note (it points at "Jouw route" or "Jouw antwoorden"). */
  surface: "step" | "summary";
  /** The route this tab remembers, when it fits the current edition: offered, never swapped in. */
  remembered?: Remembered;
}

/** At most this many later answers are named one by one. */
const NAMED_LATER = 10;

/** Text as a run, marked where it is the editors'. */
const run = (t: string, editorial: boolean | undefined): Marked[number] => (editorial ? { t, r: true } : { t });

/** A step's title in quotes, marked where it is the editors'. */
function quoted(data: RouteData, step: string): Marked {
  const found = data.steps[step];
  if (!found) return [{ t: "een stap die niet meer bestaat" }];
  return [{ t: "‘" }, run(found.title, found.editorialTitle), { t: "’" }];
}

function label(data: RouteData, step: string, option: number): Marked {
  const found = data.steps[step]?.options?.[option - 1];
  if (!found) return [];
  return [{ t: "‘" }, run(found.label, found.editorialLabel), { t: "’" }];
}

/**
 * A question and the answer given, as one line ("Is er verzuim? Ja", "Passend aanbod: Afgerond"), the editors'
 * words marked: the answers a "Wijzig" drops.
 */
export function answerLine(data: RouteData, visit: Pick<Visit, "step" | "option">): Marked {
  const step = data.steps[visit.step];
  const option = step?.options?.[visit.option - 1];
  if (!step || !option) return [];
  const between = /[?!:]$/.test(step.title.trim()) ? " " : ": ";
  return [run(step.title, step.editorialTitle), { t: between }, run(option.label, option.editorialLabel)];
}

const restart = (data: RouteData): NoticeLink => ({
  text: [{ t: "Opnieuw beginnen" }],
  href: `${data.stepBase}${data.start}/`,
  keepsStart: false,
});

function offer(data: RouteData, context: NoticeContext): NoticeLink[] {
  const { remembered } = context;
  if (!remembered) return [];
  const href =
    context.surface === "summary"
      ? routeHref(data.summary, remembered.answers, data.edition)
      : stepHref(data.stepBase, remembered.end, remembered.answers, data.edition);
  const what =
    context.surface === "summary"
      ? "Samenvatting van de route die dit tabblad onthield"
      : "Ga verder met de route die dit tabblad onthield";
  return [{ text: [{ t: `${what}, tot ` }, ...quoted(data, remembered.end)], href, keepsStart: true }];
}

const ELSEWHERE = "De antwoorden in het adres leiden naar een andere stap. Ze zijn hier niet toegepast.";
const NOT_APPLIED = "Deze antwoorden passen niet en zijn niet toegepast:";

/** Why a route might mean something else now, by what the address says of its edition. */
const EDITION_TEXT = {
  changed: "Het routeboek is gewijzigd sinds deze route werd bewaard.",
  legacy: "Dit adres is in een oudere vorm, zonder versie van het routeboek.",
  unknown: "Dit adres zegt niet bij welke versie van het routeboek het hoort.",
  same: "",
};

/** The status of a route that fits, written in another or an unknown edition: what to know about it. */
const FITS_TEXT = {
  changed: {
    title: "Het routeboek is gewijzigd sinds deze route werd bewaard",
    text: (where: string) => `Je antwoorden passen nog bij de huidige versie en zijn toegepast. Lees ze na in ${where}.`,
  },
  unknown: {
    title: "Dit adres noemt geen versie van het routeboek",
    text: (where: string) =>
      "Dit adres zegt niet bij welke versie van het routeboek het hoort; je antwoorden passen bij de huidige versie. " +
      `Ze zijn toegepast: lees ze na in ${where}.`,
  },
  legacy: {
    title: "Dit adres is in een oudere vorm, zonder versie van het routeboek",
    text: (where: string) =>
      "De antwoorden zijn op de huidige versie toegepast. Is het routeboek sindsdien gewijzigd, dan kan een " +
      `antwoord iets anders betekenen dan toen: lees ze na in ${where}.`,
  },
};

const changesLink = (data: RouteData): NoticeLink => ({ text: [{ t: "Wat is er veranderd" }], href: data.changes, keepsStart: false });

/** The notice for a verdict, or undefined when the route is simply applied (or there is none). */
export function routeNotice(data: RouteData, verdict: Verdict, context: NoticeContext): RouteNotice | undefined {
  const where = context.surface === "summary" ? "‘Jouw antwoorden’" : "‘Jouw route’";
  switch (verdict.kind) {
    case "none":
      return undefined;
    case "fits":
      if (verdict.edition === "same") return undefined;
      if (verdict.earlier) {
        const items = changesOnTheWay(data, verdict.earlier, verdict.visits);
        const since = editionName(verdict.earlier);
        return {
          role: "status",
          title: "Sinds je deze route opsloeg is het routeboek veranderd",
          text: items.length
            ? `Je antwoorden passen nog en zijn toegepast. Op je route veranderde sinds ${since}:`
            : `Je antwoorden passen nog en zijn toegepast. Op de stappen van je route veranderde sinds ${since} niets; lees ze na in ${where}.`,
          items,
          links: [changesLink(data)],
        };
      }
      return {
        role: "status",
        title: FITS_TEXT[verdict.edition].title,
        text: FITS_TEXT[verdict.edition].text(where),
        items: [],
        links: [],
      };
    case "unreadable":
      return {
        role: "alert",
        title: "Het adres bevat geen bruikbare route",
        text:
          verdict.why === "too-long"
            ? `Het adres bevat meer dan ${MAX_ANSWERS} antwoorden; zo lang is geen echte route. Ze zijn niet toegepast.`
            : "De antwoorden in het adres van deze pagina zijn niet te lezen. Ze zijn niet toegepast.",
        items: [],
        links: [...offer(data, context), restart(data)],
      };
    case "elsewhere":
      return {
        role: "alert",
        title: "Deze route leidt niet naar deze stap",
        text: `${EDITION_TEXT[verdict.edition]} ${ELSEWHERE}`.trim(),
        items: [],
        links: [
          {
            text: [{ t: "Ga naar " }, ...quoted(data, verdict.end), { t: " met deze route" }],
            href: stepHref(data.stepBase, verdict.end, tokensOf(data, verdict.visits), data.edition),
            keepsStart: true,
          },
          ...(verdict.earlier ? [changesLink(data)] : []),
          ...offer(data, context),
          restart(data),
        ],
      };
    case "breaks": {
      const { misfit, visits } = verdict;
      const items: Marked[] = [[{ t: "Bij " }, ...quoted(data, misfit.step), { t: ": " }, ...reason(data, verdict)]];
      const named = verdict.later.slice(0, NAMED_LATER);
      for (const answer of named) {
        items.push(
          typeof answer === "string"
            ? [{ t: "Daarna het antwoord naar " }, ...quoted(data, targetOf(answer)), { t: ": niet toegepast." }]
            : [{ t: "Daarna een antwoord: niet toegepast." }],
        );
      }
      if (verdict.later.length > named.length)
        items.push([{ t: `En nog ${verdict.later.length - named.length} antwoorden daarna: niet toegepast.` }]);
      const end = endOf(data, visits);
      const goOn: NoticeLink[] = visits.length
        ? [
            {
              text: [{ t: "Ga verder vanaf je laatste antwoord dat past, bij " }, ...quoted(data, end)],
              href: stepHref(data.stepBase, end, tokensOf(data, visits), data.edition),
              keepsStart: true,
            },
          ]
        : [];
      const intro =
        verdict.edition === "same"
          ? "Het adres is misschien niet goed overgenomen."
          : verdict.earlier
            ? `Sinds je deze route opsloeg (${editionName(verdict.earlier)}) is het routeboek veranderd.`
            : EDITION_TEXT[verdict.edition];
      return {
        role: "alert",
        title:
          verdict.edition === "same"
            ? "Deze route past niet bij het routeboek"
            : "Deze route past niet bij de huidige versie van het routeboek",
        text: `${intro} ${visits.length ? "" : "Al vanaf het eerste antwoord past de route niet. "}${NOT_APPLIED}`,
        items,
        links: [...goOn, ...(verdict.earlier ? [changesLink(data)] : []), ...offer(data, context), restart(data)],
      };
    }
  }
}

/** Why the first misfit does not fit, in words. */
function reason(data: RouteData, verdict: Extract<Verdict, { kind: "breaks" }>): Marked {
  const { misfit } = verdict;
  // "niet meer" only where the address is known to be of another edition, in which the answer existed.
  const gone = verdict.edition === "changed" || verdict.edition === "legacy" ? "niet meer" : "niet";
  switch (misfit.why) {
    case "ended":
      return [{ t: "hier eindigt de route al; het volgende antwoord in het adres hoort nergens bij." }];
    case "position":
      return [{ t: `deze vraag heeft geen antwoord nummer ${misfit.option}.` }];
    case "unknown":
      if (!data.steps[misfit.target ?? ""]) return [{ t: `het antwoord in het adres bestaat hier ${gone}.` }];
      return [{ t: "het antwoord dat naar " }, ...quoted(data, misfit.target!), { t: ` leidde, bestaat hier ${gone}.` }];
    case "changed":
      return [
        { t: "het antwoord naar " },
        ...quoted(data, misfit.target!),
        { t: " heeft nu een andere tekst, " },
        ...label(data, misfit.step, misfit.option!),
        { t: ", en betekent dus misschien iets anders dan je koos." },
      ];
  }
}
