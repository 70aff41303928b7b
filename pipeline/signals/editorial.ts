import type { Routebook } from "../model/model.ts";
import { MEASURES } from "../../shared/signals/measures.ts";

/** One piece of `signalen.yml` in the editors' words, and where on the thresholds page it stands. */
export interface SignalEditorial {
  place: string;
  kind: "titel" | "toelichting";
  text: string;
}

/**
 * Everything of the thresholds page that is the editors' and not the source's: the field
 * labels, the notes on thresholds, gaps and contradictions with whom to ask, the unit
 * rules, and the questions. The Verantwoording page lists them like the flow's notes. Pure.
 */
export function signalEditorial(routebook: Pick<Routebook, "signals" | "signalEdges">): SignalEditorial[] {
  const { signals, signalEdges } = routebook;
  const page = "Is dit zorgwekkend verzuim?";
  const measures = [...new Set(signals.map((signal) => signal.measure))];
  return [
    ...measures.map((measure) => ({ place: `${page}, veld`, kind: "titel" as const, text: MEASURES[measure].label })),
    ...signals.flatMap((signal) =>
      signal.note ? [{ place: `${page}, drempel "${signal.signal}"`, kind: "toelichting" as const, text: signal.note }] : [],
    ),
    ...[...signalEdges.gaps, ...signalEdges.contradictions].flatMap((unclear) => [
      { place: `${page}, niet eenduidig (${unclear.id})`, kind: "toelichting" as const, text: unclear.note },
      { place: `${page}, niet eenduidig (${unclear.id})`, kind: "toelichting" as const, text: unclear.ask },
    ]),
    ...signalEdges.conversions.map((conversion) => ({
      place: `${page}, rekenregel`,
      kind: "toelichting" as const,
      text: conversion.note,
    })),
    ...signalEdges.questions.map((question) => ({
      place: `${page}, vraag`,
      kind: "titel" as const,
      text: question.question,
    })),
  ];
}
