import { type Run, type RoutePhase, THREE_MONTH_NORM } from "./timeline.ts";

/**
 * The sentences around a phase timeline, one definition for the step page's
 * box and the case note: whose the dates are, what the norm counts from, with
 * what event the first phase begins, and which route the phases are of. All
 * are the editors' words; only a phase's `startsWith` may be the source's.
 */

/** Whose the dates are. */
export const TIMELINE_NOTE =
  "Rekenhulp van de redactie: de looptijden komen uit de bron van de stappen; " +
  "de data zijn opgeteld vanaf de startdatum, steeds met de langste looptijd.";

/** The norm the sums are set against, and why its end need not be the phases' end. */
export const normNote = (first: Pick<RoutePhase, "name">) =>
  "Ter vergelijking de ambitie uit het thuiszitterspact van West-Brabant en het protocol van ’s-Hertogenbosch: " +
  `geen leerling zit langer dan ${THREE_MONTH_NORM.label} thuis zonder passend aanbod. ` +
  "Niet elk routeboek noemt die termijn, en die ambitie telt vanaf de dag dat de leerling thuis zit: " +
  `dat hoeft niet het begin van fase ${first.name} te zijn.`;

/**
 * With what event the first phase begins, as the content says: the source's
 * words quoted (unmarked), or the editors' note; when neither, a sentence that
 * says this site does not state it, claiming nothing about the source.
 */
export function startEventRuns(first: Pick<RoutePhase, "name" | "startsWith" | "editorialStartsWith">): Run[] {
  const phase = `fase ${first.name}`;
  if (!first.startsWith) return [{ t: `Op deze site staat niet met welke gebeurtenis ${phase} begint.`, r: true }];
  if (first.editorialStartsWith) return [{ t: `Volgens de redactie begint ${phase} met ${first.startsWith}.`, r: true }];
  return [{ t: `Volgens de bron begint ${phase} met: `, r: true }, { t: `“${first.startsWith}”` }, { t: ".", r: true }];
}

/** Which route the step page's phases are of: the one in the address, or, without one, the shortest. */
export const routeAssumption = (chosen: boolean) =>
  chosen
    ? "De fasen hieronder zijn die van jouw route naar deze stap."
    : "Zonder gekozen route rekent deze site met de kortste weg van de eerste stap naar deze stap. " +
      "Kom je hier via de stappen, dan staan hier de fasen van jouw route.";
