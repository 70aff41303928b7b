import { normNote, routeAssumption, startEventRuns } from "../../shared/phases/timeline-text.ts";
import { normSentence, phaseEndRuns, phaseNumberRuns, phaseTimeline, type RoutePhase, type Run } from "../../shared/phases/timeline.ts";
import { judge, readAddress } from "../../shared/route/history.ts";
import { loadRoute } from "./route-load.ts";
import { routePhasesOf } from "./route-phases.ts";
import { bindStartField } from "./start-date.ts";

/**
 * <phase-timeline>: a date field "Startdatum", filled from the address
 * (`start=`) and empty until the user picks a day, and then, for each phase on
 * the way to this step, the day it ends at the latest: "Fase 3a: Verzuim stopt
 * · looptijd 2-10 weken → uiterlijk 3 januari 2027", and where the phases stand
 * against the three-month norm. The phases are those of the route in the
 * address when it leads here, by the rule the case note uses (`routePhases`),
 * so both give the same dates; without one, the build's shortest route, as the
 * box says. Nothing is stored or sent; the only request is route.json.
 */
class PhaseTimeline extends HTMLElement {
  private phases: RoutePhase[] = [];
  private start: string | undefined;

  connectedCallback(): void {
    this.phases = JSON.parse(this.querySelector("script[data-phases]")?.textContent ?? "[]") as RoutePhase[];
    const input = this.querySelector<HTMLInputElement>("input[type=date]");
    const error = this.querySelector<HTMLElement>("[data-start-error]");
    if (!input || !error || this.phases.length === 0) return;
    bindStartField(input, error, (start) => {
      this.start = start;
      this.show();
    });
    this.hidden = false;
    void this.followRoute();
  }

  /** The phases of the user's route, when the address holds one that leads to this step. */
  private async followRoute(): Promise<void> {
    const address = readAddress(location.search);
    const here = this.dataset.step;
    if (address.answers.kind === "none" || !here || !this.dataset.routeJson) return;
    const data = await loadRoute(this.dataset.routeJson);
    if (!data) return;
    const verdict = judge(data, data.edition, address, here);
    if (verdict.kind !== "fits") return;
    const phases = routePhasesOf(data, [...verdict.visits.map((visit) => visit.step), here]);
    if (!phases.length) return;
    this.phases = phases;
    const first = phases[0]!;
    // The route's first phase may not be the shortest route's: what the start date stands for follows it.
    this.querySelector("[data-start-phase]")?.replaceChildren(...phaseNumberRuns(first).map(run));
    this.querySelector("[data-start-event]")?.replaceChildren(...startEventRuns(first).map(sourceWords));
    this.querySelector("[data-norm-note]")?.replaceChildren(normNote(first));
    this.querySelector("[data-route-assumption]")!.textContent = routeAssumption(true);
    this.show();
  }

  private show(): void {
    const list = this.querySelector("[data-phase-ends]")!;
    const norm = this.querySelector("[data-norm]")!;
    // Cleared first, so a failure below can never leave the dates of an earlier start on screen.
    list.replaceChildren();
    if (!this.start) {
      norm.textContent = "Kies een startdatum: dan staat hier wanneer elke fase uiterlijk eindigt.";
      return;
    }
    const timeline = phaseTimeline(this.start, this.phases);
    const current = this.dataset.phase;
    list.replaceChildren(
      ...timeline.phases.map((phase) => {
        const item = document.createElement("li");
        // A phase number or title of the editors' is tagged, as on the rest of the page.
        item.append(...phaseEndRuns(phase).map(run));
        if (phase.name === current) item.setAttribute("aria-current", "step");
        return item;
      }),
    );
    norm.textContent = normSentence(timeline);
  }
}

/** A run of text; the editors' words in a span with the site's "redactie" tag. */
function run({ t, r }: Run): Node | string {
  if (!r) return t;
  const words = document.createElement("span");
  words.className = "editorial";
  const tag = document.createElement("span");
  tag.className = "editorial-tag";
  tag.textContent = "redactie";
  words.append(t, " ", tag);
  return words;
}

/** Inside the editors' note on the start event: their words plain, a source's words set apart as the source's. */
function sourceWords({ t, r }: Run): Node | string {
  if (r) return t;
  const words = document.createElement("span");
  words.className = "source-words";
  words.textContent = t;
  return words;
}

customElements.define("phase-timeline", PhaseTimeline);
