import { type Signal, signalsFor } from "../../pipeline/browser.ts";

/**
 * <signal-check>: the form of the "Is dit zorgwekkend verzuim?" page. It reads
 * the thresholds the page carries as JSON, and on every input shows the
 * signals that apply, copied from the thresholds table the page shows without
 * JavaScript. Nothing entered is stored or sent: there is no request at all.
 */
class SignalCheck extends HTMLElement {
  connectedCallback(): void {
    const signals = JSON.parse(this.querySelector("script[data-signals]")?.textContent ?? "[]") as Signal[];
    const form = this.querySelector("form");
    const results = this.querySelector<HTMLElement>("[data-results]");
    if (!form || !results) return;
    form.hidden = false;
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("input", () => this.show(form, results, signals));
    form.addEventListener("reset", () => queueMicrotask(() => this.show(form, results, signals)));
  }

  private show(form: HTMLFormElement, results: HTMLElement, signals: readonly Signal[]): void {
    const values = new Map<string, number>();
    for (const input of form.querySelectorAll<HTMLInputElement>("input[name]")) {
      if (input.value.trim() !== "" && Number.isFinite(input.valueAsNumber)) values.set(input.name, input.valueAsNumber);
    }
    const list = results.querySelector("ol")!;
    const status = results.querySelector("[data-status]")!;
    list.replaceChildren();
    if (values.size === 0) {
      status.textContent = "";
      return;
    }
    const found = signalsFor(signals, Object.fromEntries(values) as Parameters<typeof signalsFor>[1]);
    for (const signal of found) {
      const row = this.querySelector<HTMLTemplateElement>(`template[data-signal="${signal.id}"]`);
      if (row) list.append(row.content.cloneNode(true));
    }
    status.textContent =
      found.length === 0
        ? "Geen van de drempels van dit routeboek is bereikt met wat je invulde."
        : `${found.length === 1 ? "Eén signaal past" : `${found.length} signalen passen`} bij wat je invulde:`;
  }
}

customElements.define("signal-check", SignalCheck);
