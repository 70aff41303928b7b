import { normSentence, phaseEndLabel, phaseTimeline, type RoutePhase, today, toDate } from "../../pipeline/browser.ts";

/**
 * <phase-timeline>: a date field "Startdatum" (today unless the user picks
 * another day) and, for each phase on the way to this step, the day it ends at
 * the latest: "Fase 2 · looptijd 2 weken → uiterlijk 3 januari 2027", then
 * where the phases stand against the three-month norm. The dates come from the
 * pipeline's timeline, the same code the tests check. Nothing is stored or sent.
 */
class PhaseTimeline extends HTMLElement {
  connectedCallback(): void {
    const phases = JSON.parse(this.querySelector("script[data-phases]")?.textContent ?? "[]") as RoutePhase[];
    const input = this.querySelector<HTMLInputElement>("input[type=date]");
    if (!input || phases.length === 0) return;
    input.value ||= today();
    const show = () => this.show(phases, toDate(input.value) ? input.value : undefined);
    input.addEventListener("input", show);
    show();
    this.hidden = false;
  }

  private show(phases: readonly RoutePhase[], start: string | undefined): void {
    const list = this.querySelector("[data-phase-ends]")!;
    const norm = this.querySelector("[data-norm]")!;
    if (!start) {
      list.replaceChildren();
      norm.textContent = "Kies een geldige startdatum.";
      return;
    }
    const timeline = phaseTimeline(start, phases);
    list.replaceChildren(
      ...timeline.phases.map((phase, index) => {
        const item = document.createElement("li");
        item.textContent = phaseEndLabel(phase);
        // The step's own phase is the last one.
        if (index === timeline.phases.length - 1) item.setAttribute("aria-current", "step");
        return item;
      }),
    );
    norm.textContent = normSentence(timeline);
  }
}

customElements.define("phase-timeline", PhaseTimeline);
