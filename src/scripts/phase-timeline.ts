import { bracketRuns, normSentence, phaseEndLabel, phaseTimeline, type RoutePhase } from "../../pipeline/browser.ts";
import { bindStartField } from "./start-date.ts";

/**
 * <phase-timeline>: a date field "Startdatum", filled from the address
 * (`start=`) and empty until the user picks a day, and then, for each phase on
 * the way to this step, the day it ends at the latest: "Fase 3a: Verzuim stopt
 * · looptijd 2-10 weken → uiterlijk 3 januari 2027", and where the phases stand
 * against the three-month norm. The dates come from the pipeline's timeline,
 * the same code the tests and the case note use. Nothing is stored or sent.
 */
class PhaseTimeline extends HTMLElement {
  connectedCallback(): void {
    const phases = JSON.parse(this.querySelector("script[data-phases]")?.textContent ?? "[]") as RoutePhase[];
    const input = this.querySelector<HTMLInputElement>("input[type=date]");
    const error = this.querySelector<HTMLElement>("[data-start-error]");
    if (!input || !error || phases.length === 0) return;
    bindStartField(input, error, (start) => this.show(phases, start));
    this.hidden = false;
  }

  private show(phases: readonly RoutePhase[], start: string | undefined): void {
    const list = this.querySelector("[data-phase-ends]")!;
    const norm = this.querySelector("[data-norm]")!;
    // Cleared first, so a failure below can never leave the dates of an earlier start on screen.
    list.replaceChildren();
    if (!start) {
      norm.textContent = "Kies een startdatum: dan staat hier wanneer elke fase uiterlijk eindigt.";
      return;
    }
    const timeline = phaseTimeline(start, phases);
    list.replaceChildren(
      ...timeline.phases.map((phase, index) => {
        const item = document.createElement("li");
        // A phase number or title of the editors' is tagged, as on the rest of the page.
        item.append(...bracketRuns(phaseEndLabel(phase)).map(run));
        // The step's own phase is the last one.
        if (index === timeline.phases.length - 1) item.setAttribute("aria-current", "step");
        return item;
      }),
    );
    norm.textContent = normSentence(timeline);
  }
}

/** A run of text; the editors' words in a span with the site's "redactie" tag. */
function run({ t, r }: { t: string; r?: true }): Node | string {
  if (!r) return t;
  const words = document.createElement("span");
  words.className = "editorial";
  const tag = document.createElement("span");
  tag.className = "editorial-tag";
  tag.textContent = "redactie";
  words.append(t, " ", tag);
  return words;
}

customElements.define("phase-timeline", PhaseTimeline);
