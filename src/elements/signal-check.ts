import { type Answer, dutchNumber, evaluate, type SignalRules } from "../../shared/signals/evaluate.ts";
import { MEASURES, type Measure } from "../../shared/signals/measures.ts";
import { readAmount } from "../../shared/signals/read-amount.ts";

/** How long typing must pause before the answer is announced: typing "16" must not announce the answer to "1". */
const ANNOUNCE_AFTER_MS = 800;

const STATUS: Record<Answer["kind"], (count: number) => string> = {
  empty: () => "",
  none: () => "Geen van de drempels van dit routeboek is bereikt met wat je invulde.",
  reached: (count) => `${count === 1 ? "Eén signaal past" : `${count} signalen passen`} bij wat je invulde:`,
  unclear: () => "De bron is hier niet eenduidig.",
  conflict: () =>
    "Geen antwoord: de aantallen die je invulde, passen volgens de rekenregel van de redactie niet bij elkaar. " +
    "Vul er één van de twee in; zie de melding bij het veld.",
};

const NOTHING: Answer = {
  kind: "empty",
  signals: [],
  unclear: [],
  questions: [],
  byRule: [],
  converted: {},
  conflicts: [],
};

/**
 * <signal-check>: the form of the "Is dit zorgwekkend verzuim?" page. It reads
 * each field as Dutch writes numbers, says how it read it, and answers in one of
 * three ways: a threshold is reached, none is, or the source is not clear here
 * (with the source's words on both sides, the editors' note and whom to ask).
 * The words come from templates the page renders; nothing entered is stored or
 * sent: there is no request at all.
 */
class SignalCheck extends HTMLElement {
  private rules!: SignalRules;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.rules = JSON.parse(this.querySelector("script[data-signals]")?.textContent ?? "{}") as SignalRules;
    const form = this.querySelector("form");
    if (!form || !this.querySelector("[data-results]")) return;
    form.hidden = false;
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("input", () => this.update());
    // The browser empties the fields only after the reset event: clear the answer now, read the fields once empty.
    form.addEventListener("reset", () => {
      for (const input of this.inputs()) this.mark(input, undefined, "");
      this.render(NOTHING, 0);
      setTimeout(() => this.update("Het formulier is leeggemaakt."));
    });
    this.update();
  }

  private inputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>("form input[name]")];
  }

  private update(announcement?: string): void {
    const entered: Partial<Record<Measure, number>> = {};
    let skipped = 0;
    for (const input of this.inputs()) {
      const measure = input.name as Measure;
      const reading = readAmount(input.value, measure);
      if (reading.kind === "value") entered[measure] = reading.value;
      if (reading.kind === "error") skipped++;
      this.mark(input, reading.kind === "error" ? reading.message : undefined, reading.kind === "value" ? reading.echo : "");
    }
    const answer = evaluate(this.rules, entered);
    for (const measure of answer.conflicts) {
      const other = answer.conflicts.find((candidate) => candidate !== measure)!;
      const input = this.inputs().find((candidate) => candidate.name === measure)!;
      this.mark(
        input,
        `Dit is hetzelfde verzuim als bij "${MEASURES[other].label}", maar de aantallen passen niet ` +
          "bij de rekenregel. Vul er één van de twee in.",
        "",
      );
      skipped++;
    }
    const converted = Object.entries(answer.converted) as [Measure, NonNullable<Answer["converted"][Measure]>][];
    // The value the rule gave, as evaluate computed it: the page does no arithmetic of its own.
    for (const [measure, { from, value }] of converted) {
      const echo = this.querySelector(`#gelezen-${from}`);
      const unit = MEASURES[measure].unit;
      if (echo) echo.textContent += `; telt volgens de rekenregel van de redactie als ${dutchNumber(value)} ${unit}`;
    }
    this.render(answer, skipped);
    this.announce(announcement);
  }

  /** A field's message and what it was read as; a refused value is marked invalid and tied to its message. */
  private mark(input: HTMLInputElement, error: string | undefined, echo: string): void {
    const message = this.querySelector<HTMLElement>(`#fout-${input.name}`)!;
    message.textContent = error ?? "";
    message.hidden = error === undefined;
    if (error === undefined) input.removeAttribute("aria-invalid");
    else input.setAttribute("aria-invalid", "true");
    this.querySelector(`#gelezen-${input.name}`)!.textContent = echo;
  }

  private render(answer: Answer, skipped: number): void {
    const results = this.querySelector<HTMLElement>("[data-results]")!;
    results.dataset.answer = answer.kind;
    const fill = (selector: string, ids: string[], kind: string) =>
      results.querySelector(selector)!.replaceChildren(
        ...ids.flatMap((id) => {
          const template = this.querySelector<HTMLTemplateElement>(`template[data-${kind}="${id}"]`);
          if (!template) return [];
          const item = template.content.cloneNode(true) as DocumentFragment;
          if (answer.byRule.includes(id)) this.markByRule(item);
          return [item];
        }),
      );
    fill("[data-unclear]", answer.unclear, "unclear");
    fill("[data-reached]", answer.signals, "signal");
    fill("[data-questions] ul", answer.questions, "question");
    results.querySelector<HTMLElement>("[data-questions]")!.hidden = answer.questions.length === 0;
    const count = answer.signals.length;
    results.querySelector("[data-status]")!.textContent = STATUS[answer.kind](count);
    results.querySelector("[data-also]")!.textContent =
      answer.kind === "unclear" && count > 0
        ? `Daarnaast ${count === 1 ? "past één signaal" : `passen ${count} signalen`} bij wat je invulde:`
        : "";
    results.querySelector("[data-skipped]")!.textContent =
      skipped > 0 ? "Een waarde die niet klopt, is niet gebruikt; zie de melding bij het veld." : "";
  }

  /**
   * Marks an answer reached only through the editors' conversion rule, right
   * after its name (and the name's own tag): the source counts in another unit.
   */
  private markByRule(item: DocumentFragment): void {
    const name = item.querySelector("[data-name]");
    const mark = this.querySelector<HTMLTemplateElement>("template[data-by-rule-mark]")?.content.cloneNode(true);
    if (!name || !mark) return;
    const after = name.nextElementSibling?.classList.contains("editorial-tag") ? name.nextElementSibling : name;
    after.after(" ", mark);
  }

  /** The answer for a screen reader, with the names of the signals, once typing pauses. */
  private announce(now?: string): void {
    clearTimeout(this.announceTimer);
    const live = this.querySelector("[data-live]")!;
    const say = () => {
      const results = this.querySelector("[data-results]")!;
      const text = (selector: string) => results.querySelector(selector)?.textContent?.trim() ?? "";
      const names = (selector: string) =>
        [...results.querySelectorAll(`${selector} [data-name]`)].map((name) => {
          const byRule = name.closest("li")?.querySelector("[data-by-rule]");
          return [name.textContent?.trim(), byRule?.firstChild?.textContent?.trim()].filter(Boolean).join(", ");
        });
      const parts = [now, text("[data-status]"), ...names("[data-unclear]"), text("[data-also]"), ...names("[data-reached]")];
      live.textContent = parts.filter(Boolean).join(" ");
    };
    if (now) say();
    else this.announceTimer = setTimeout(say, ANNOUNCE_AFTER_MS);
  }
}

customElements.define("signal-check", SignalCheck);
