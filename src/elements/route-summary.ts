import {
  type CaseNote,
  caseNote,
  caseNoteText,
  groupLabel,
  hasPhases,
  INFERRED,
  NO_DURATION,
  type Said,
  startEventNote,
  startLabel,
  TIMELINE_NOTE,
  NOTHING_ON_THE_WAY,
  UNCHECKED,
} from "./case-note.ts";
import type { Marked, RouteBlock } from "../../shared/route/data.ts";
import { judge, readAddress, readStart, rememberedRoute, routeHref, tokensOf, withStart } from "../../shared/route/history.ts";
import { loadRoute, showNotice, storage, storageKey } from "./route-load.ts";
import { routeNotice } from "./route-notice.ts";
import { bindStartField } from "./start-date.ts";

/**
 * <route-summary> writes the case note of the route in the address from the
 * routebook's graph. Nothing is stored or sent: the only request is route.json.
 * The start date (`start=` in the address) dates the phases; changing it here
 * writes it back to the address, so the note's own link carries it. A route
 * that does not fit the current edition gets no note, but a notice that names
 * the answers that no longer fit (route-notice.ts).
 */
class RouteSummary extends HTMLElement {
  private note: CaseNote | undefined;

  async connectedCallback(): Promise<void> {
    const address = readAddress(location.search);
    const data = address.answers.kind !== "none" ? await loadRoute(this.dataset.routeJson ?? "") : undefined;
    const verdict = data && judge(data, data.edition, address);
    this.querySelector<HTMLElement>("[data-needs-js]")!.hidden = true;
    if (data && verdict && verdict.kind !== "none") {
      const remembered = verdict.kind === "fits" ? undefined : rememberedRoute(data, data.edition, storage.get(storageKey(data.id)));
      const notice = routeNotice(data, verdict, { surface: "summary", ...(remembered ? { remembered } : {}) });
      for (const { link, href, keepsStart } of notice ? showNotice(this, notice) : []) {
        link.href = keepsStart ? withStart(href, address.start) : href;
      }
    }
    if (!data || verdict?.kind !== "fits" || !verdict.visits.length) {
      const message = this.querySelector<HTMLElement>("[data-no-route]")!;
      // A route in the address whose graph did not load (offline) is another problem than no route at all;
      // a route that does not fit has its own notice.
      if (address.answers.kind !== "none" && !data)
        message.textContent = "De route kon niet worden geladen. Controleer de verbinding en laad de pagina opnieuw.";
      message.hidden = verdict !== undefined && verdict.kind !== "none";
      return;
    }
    const visits = verdict.visits;
    const today = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
    const make = () => {
      // The address in today's form (ids and edition, also for an old positional one), with the start date if
      // one is chosen: the link reopens this very note.
      const start = readStart(location.search);
      const url = new URL(withStart(routeHref(data.summary, tokensOf(data, visits), data.edition), start), location.origin);
      const earlier = verdict.earlier;
      return caseNote(data, visits, {
        today,
        url: url.href,
        origin: location.origin,
        ...(start ? { start } : {}),
        ...(earlier ? { earlier } : {}),
      });
    };
    this.note = make();
    this.render(this.note);
    const field = this.querySelector<HTMLElement>("[data-start-field]")!;
    if (this.note.routePhases.length) {
      field.hidden = false;
      this.querySelector("[data-start-phase]")!.replaceChildren(" (", ...labelled(startLabel(this.note)!), ")");
      bindStartField(this.querySelector<HTMLInputElement>("#startdatum")!, this.querySelector<HTMLElement>("[data-start-error]")!, () => {
        this.note = make();
        this.render(this.note);
      });
    }
    this.querySelector("button[data-print]")?.addEventListener("click", () => window.print());
    this.querySelector("button[data-copy]")?.addEventListener("click", () => this.copy(caseNoteText(this.note!)));
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
    const fill = (name: string, ...children: (Node | string)[]) => body.querySelector(`[data-${name}]`)!.replaceChildren(...children);
    fill("routebook", ...said(note.title));
    fill("organisation", ...said(note.organisation));
    fill("region", ...(note.region ? said(note.region) : []));
    fill("version", ...said(note.version));
    fill("edition", note.edition);
    fill("since", ...(note.since ? [`${note.since.name}, editie ${note.since.edition}`] : []));
    const changes = note.since?.changes ?? [];
    fill(
      "since-changes",
      ...(changes.length ? changes.map((change) => el("li", {}, ...marked(change))) : [el("li", {}, NOTHING_ON_THE_WAY)]),
    );
    fill("today", note.today);
    fill("start", note.start ?? "niet gekozen");
    for (const name of ["region", "edition", "since"] as const) {
      for (const element of body.querySelectorAll<HTMLElement>(`[data-row=${name}]`)) element.hidden = !note[name];
    }
    for (const element of body.querySelectorAll<HTMLElement>("[data-row=start]")) element.hidden = !(note.start || note.routePhases.length);
    const url = body.querySelector<HTMLAnchorElement>("a[data-url]")!;
    url.href = url.textContent = note.url;
    fill(
      "documents",
      ...note.documents.map((document) =>
        el("li", {}, `${document.alias}, `, ...said(document.version), ...(document.url ? [": ", link(document.url)] : [])),
      ),
    );
    fill(
      "timeline",
      ...(note.timeline
        ? [
            el("p", { class: "editorial-note" }, TIMELINE_NOTE),
            el("ul", {}, ...note.timeline.phases.map((phase) => el("li", {}, ...labelled(phase)))),
            el("p", { class: "editorial-note" }, note.timeline.norm),
            el("p", { class: "editorial-note" }, "Toelichting van de redactie: ", ...startEvent(note.timeline)),
          ]
        : []),
    );
    fill(
      "answers",
      ...note.answers.map(({ question, answer, inferred }) =>
        el(
          "li",
          {},
          el("span", { class: "route-question" }, ...said(question)),
          el("strong", {}, ...said(answer)),
          ...(inferred
            ? [
                el(
                  "p",
                  { class: "option-note" },
                  el("span", { class: "editorial" }, `${capital(INFERRED)}: `, ...inferred.map((run) => run.t)),
                  tag(),
                ),
              ]
            : []),
        ),
      ),
    );
    const phased = hasPhases(note);
    fill("actions-heading", phased ? "Acties per fase" : "Acties");
    fill("no-duration", phased ? "" : NO_DURATION);
    body.querySelector<HTMLElement>("[data-no-duration]")!.hidden = phased;
    fill(
      "phases",
      ...note.phases.map(({ steps }, index) => {
        const list = el(
          "ul",
          { class: "note-steps" },
          ...steps.map((step) => el("li", {}, el("h4", {}, ...said(step.title)), ...step.body.map(block))),
        );
        return el("section", {}, ...(phased ? [el("h3", {}, ...labelled(groupLabel(note.phases, index)))] : []), list);
      }),
    );
    fill(
      "references",
      ...note.references.map((reference) =>
        el(
          "li",
          {},
          el("cite", {}, reference.text),
          ...(reference.url
            ? [": ", link(reference.url)]
            : [` (${UNCHECKED}`, ...(reference.source ? ["; bij de bron: ", link(reference.source)] : []), ")"]),
        ),
      ),
    );
    fill("links", ...note.links.map((item) => el("li", {}, item.label, ": ", link(item.url))));
    for (const section of body.querySelectorAll<HTMLElement>("[data-if]"))
      section.hidden = !(note[section.dataset.if as "references" | "links"].length > 0);
    body.hidden = false;
  }
}

/** A block of a step as the page shows it: text, lists as lists, the end note. */
function block(item: RouteBlock): HTMLElement {
  switch (item.type) {
    case "text":
      return el("p", {}, ...marked(item.text));
    case "list":
    case "actions":
      return el(
        item.ordered ? "ol" : "ul",
        item.type === "actions" ? { class: "note-actions" } : { class: "note-list" },
        ...item.items.map((entry) => el("li", {}, ...marked(entry))),
      );
    case "end":
      return el("p", {}, "Einde van de route", ...(item.text ? [": ", ...marked(item.text)] : ["."]));
  }
}

/** An element with attributes and children; text children are text nodes, never HTML. */
function el(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const link = (url: string) => el("a", { href: url }, url);
const tag = () => el("span", { class: "editorial-tag" }, "redactie");
const said = ({ text, editorial }: Said) => (editorial ? [el("span", { class: "editorial" }, text, tag())] : [text]);
const marked = (runs: Marked) => runs.map((run) => (run.r ? el("span", { class: "editorial" }, run.t, tag()) : run.t));
/** A phase label as runs, its editors' words tagged as on the step pages. */
const labelled = (label: Marked) => marked(label);
/** The start event inside the editors' note: their words plain, a source's words quoted as the source's. */
const startEvent = (timeline: NonNullable<CaseNote["timeline"]>) =>
  startEventNote(timeline).map((run) => (run.r ? run.t : el("span", { class: "source-words" }, run.t)));

customElements.define("route-summary", RouteSummary);
