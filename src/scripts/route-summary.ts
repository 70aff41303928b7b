import { caseNote, caseNoteText, phaseLabel, type CaseNote, type Said } from "./case-note.ts";
import type { Marked, RouteData } from "./route-data.ts";
import { judge, readAddress, readStart, routeHref, tokensOf, withStart } from "./route-history.ts";
import { loadRoute, showNotice, storage, storageKey } from "./route-load.ts";
import { routeNotice } from "./route-notice.ts";

/**
 * <route-summary> writes the case note of the route in the address from the
 * routebook's graph. Nothing is stored or sent: the only request is route.json.
 * A route that does not fit the current edition gets no note, but a notice that
 * names the answers that no longer fit (route-notice.ts).
 */
class RouteSummary extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const address = readAddress(location.search);
    const data = address.answers.kind !== "none" ? await loadRoute(this.dataset.routeJson ?? "") : undefined;
    const verdict = data && judge(data, data.edition, address);
    this.querySelector<HTMLElement>("[data-needs-js]")!.hidden = true;
    if (data && verdict && verdict.kind !== "none") {
      const remembered = verdict.kind === "fits" ? undefined : this.remembered(data);
      const notice = routeNotice(data, verdict, { surface: "summary", ...(remembered ? { remembered } : {}) });
      for (const { link, href, keepsStart } of notice ? showNotice(this, notice) : []) {
        link.href = keepsStart ? withStart(href, address.start) : href;
      }
    }
    if (!data || verdict?.kind !== "fits" || !verdict.visits.length) {
      const message = this.querySelector<HTMLElement>("[data-no-route]")!;
      // A route in the address whose graph did not load (offline) is another problem than no route at all;
      // a route that does not fit has its own notice.
      if (address.answers.kind !== "none" && !data) message.textContent = "De route kon niet worden geladen. Controleer de verbinding en laad de pagina opnieuw.";
      message.hidden = verdict !== undefined && verdict.kind !== "none";
      return;
    }
    const visits = verdict.visits;
    const reopen = () => {
      const href = routeHref(data.summary, tokensOf(data, visits), data.edition);
      return new URL(withStart(href, readStart(location.search)), location.origin).href;
    };
    const today = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
    const note = caseNote(data, visits, { today, url: reopen(), origin: location.origin });
    this.render(note);
    // The start date set later (the phase timeline) belongs in the address that reopens this note.
    document.addEventListener("routeboek:start", () => {
      note.url = reopen();
      const url = this.querySelector<HTMLAnchorElement>("a[data-url]");
      if (url) url.href = url.textContent = note.url;
    });
    this.querySelector("button[data-print]")?.addEventListener("click", () => window.print());
    this.querySelector("button[data-copy]")?.addEventListener("click", () => this.copy(caseNoteText(note)));
  }

  /** The tab's remembered route, when it fits the current edition: offered, never swapped in. */
  private remembered(data: RouteData) {
    const stored = storage.get(storageKey(data.id));
    const verdict = stored ? judge(data, data.edition, readAddress(stored)) : undefined;
    if (verdict?.kind !== "fits" || verdict.edition !== "same" || !verdict.visits.length) return undefined;
    return { answers: tokensOf(data, verdict.visits), end: verdict.visits.at(-1)!.to };
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
