import { caseNote, caseNoteText, phaseLabel, type CaseNote, type Said } from "./case-note.ts";
import type { Marked } from "./route-data.ts";
import { ANSWERS_PARAM, decodeAnswers, replay, routeHref } from "./route-history.ts";
import { loadRoute } from "./route-load.ts";

/**
 * <route-summary> writes the case note of the route in the address from the
 * routebook's graph. Nothing is stored or sent: the only request is route.json.
 */
class RouteSummary extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const answers = decodeAnswers(new URLSearchParams(location.search).get(ANSWERS_PARAM));
    const data = answers && (await loadRoute(this.dataset.routeJson ?? ""));
    const visits = data && answers && replay(data, answers);
    this.querySelector<HTMLElement>("[data-needs-js]")!.hidden = true;
    if (!data || !visits?.length) {
      const message = this.querySelector<HTMLElement>("[data-no-route]")!;
      // A route in the address whose graph did not load (offline) is another problem than no route at all.
      if (answers?.length && !data) message.textContent = "De route kon niet worden geladen. Controleer de verbinding en laad de pagina opnieuw.";
      message.hidden = false;
      return;
    }
    const today = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
    const note = caseNote(data, visits, { today, url: new URL(routeHref(data.summary, answers), location.origin).href, origin: location.origin });
    this.render(note);
    this.querySelector("button[data-print]")?.addEventListener("click", () => window.print());
    this.querySelector("button[data-copy]")?.addEventListener("click", () => this.copy(caseNoteText(note)));
  }

  private async copy(text: string): Promise<void> {
    const status = this.querySelector("[data-copy-status]")!;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = "De samenvatting is gekopieerd als tekst.";
    } catch {
      status.textContent = "Kopiëren lukte niet in deze browser. Selecteer de tekst van de pagina en kopieer die.";
    }
  }

  private render(note: CaseNote): void {
    const body = this.querySelector<HTMLElement>("[data-case-note]")!;
    const fill = (name: string, text: string) => {
      body.querySelector(`[data-${name}]`)!.textContent = text;
    };
    fill("routebook", `${note.title} (${note.organisation}${note.edition ? `, ${note.edition}` : ""})`);
    fill("today", note.today);
    const url = body.querySelector<HTMLAnchorElement>("a[data-url]")!;
    url.href = url.textContent = note.url;
    const answers = body.querySelector("ol[data-answers]")!;
    for (const { question, answer } of note.answers) answers.append(el("li", {}, el("span", { class: "route-question" }, ...said(question)), el("strong", {}, ...said(answer))));
    const phases = body.querySelector("[data-phases]")!;
    for (const { phase, steps } of note.phases) {
      const list = el("ul", { class: "note-steps" });
      for (const step of steps) {
        const actions = el("ul", {}, ...step.actions.map((action) => el("li", {}, ...marked(action))));
        list.append(
          el(
            "li",
            {},
            el("h4", {}, ...said(step.title)),
            ...step.text.map((text) => el("p", {}, ...marked(text))),
            ...(step.actions.length ? [actions] : []),
            ...(step.endText ? [el("p", {}, "Einde van de route: ", ...marked(step.endText))] : []),
          ),
        );
      }
      phases.append(el("section", {}, el("h3", {}, phaseLabel(phase)), list));
    }
    const references = body.querySelector("ul[data-references]")!;
    for (const reference of note.references) references.append(el("li", {}, el("cite", {}, reference.text), ...(reference.url ? [": ", link(reference.url)] : [" (niet gecontroleerd: dit document staat niet op deze site)"])));
    const links = body.querySelector("ul[data-links]")!;
    for (const item of note.links) links.append(el("li", {}, item.label, ": ", link(item.url)));
    for (const section of body.querySelectorAll<HTMLElement>("[data-if]")) section.hidden = !(note[section.dataset.if as "references" | "links"].length > 0);
    body.hidden = false;
  }
}

/** An element with attributes and children; text children are text nodes, never HTML. */
function el(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const link = (url: string) => el("a", { href: url }, url);
const tag = () => el("span", { class: "editorial-tag" }, "redactie");
const said = ({ text, editorial }: Said) => (editorial ? [el("span", { class: "editorial" }, text, tag())] : [text]);
const marked = (runs: Marked) => runs.map((run) => (run.r ? el("span", { class: "editorial" }, run.t, tag()) : run.t));

customElements.define("route-summary", RouteSummary);
