import type { RouteData } from "../../shared/route/data.ts";
import {
  type Address,
  backHref,
  changeHref,
  isQuestion,
  judge,
  optionHref,
  pendingChange,
  readAddress,
  readStart,
  rememberedRoute,
  START_EVENT,
  restoreRoute,
  routeHref,
  routeQuery,
  stepHref,
  tokenOf,
  tokensOf,
  type Visit,
  withStart,
} from "../../shared/route/history.ts";
import { loadRoute, showMarked, showNotice, showText, storage, storageKey } from "./route-load.ts";
import { answerLine, type RouteNotice, routeNotice } from "./route-notice.ts";

/**
 * <route-tool> enhances a step page that already works as plain links. The route is
 * in the address (`?antwoorden=…&editie=…`, see route-history.ts): the answer links
 * carry it on, and the page replays it against the routebook's graph to show "Jouw
 * route", a back link, the change marker of "Wijzig" and links to the case note. A
 * route that does not fit is never dropped or replaced without a word: the page says
 * why, and offers what it can. sessionStorage brings a route back only to a page
 * opened without one in the same tab, and says so.
 */
class RouteTool extends HTMLElement {
  private options: HTMLAnchorElement[] = [];
  /** The links this script wrote, with the address each was built with: the case's start date is added on top. */
  private built = new Map<HTMLAnchorElement, string>();

  connectedCallback(): void {
    this.options = [...this.querySelectorAll<HTMLAnchorElement>("a[data-option]")];
    const { routebook = "", step = "", routeJson = "", edition = "" } = this.dataset;
    const address = readAddress(location.search);
    const first = this.dataset.first !== undefined;
    // Plain links carry the case's start date too; a route in the address replaces them below.
    for (const option of this.options) this.link(option, option.getAttribute("href") ?? "");
    // Set at once, so a click, a middle click or a copied link before the graph arrives keeps the route. Only a
    // route of this very edition: one of another edition is checked first.
    if (address.answers.kind === "ids" && address.edition === edition) this.linkOptions(address.answers.tokens, edition, this.ownTokens());
    else if (address.answers.kind === "none" && first) this.linkOptions([], edition, this.ownTokens());
    for (const restart of this.querySelectorAll<HTMLAnchorElement>("a[data-restart]")) {
      restart.addEventListener("click", () => storage.set(storageKey(routebook), undefined));
      // The start step hides it (nothing to restart) unless the address holds answers or a change to drop.
      if (address.answers.kind !== "none" || address.change.kind !== "none") restart.closest("p")!.hidden = false;
    }
    // The phase timeline writes the start date into the address and says so.
    document.addEventListener(START_EVENT, () => this.restamp());
    const stored = storage.get(storageKey(routebook)) ?? undefined;
    // Nothing to replay, restore or mark: the page stays as it is.
    if (address.answers.kind === "none" && address.change.kind === "none" && (first || !stored)) return;
    void loadRoute(routeJson).then((data) => {
      if (data) this.show(data, step, address, stored, first);
      else if (address.answers.kind !== "none") this.noticeUnloaded();
    });
  }

  /** This step's answer tokens in page order, as the build wrote them. */
  private ownTokens(): string[] {
    return (this.dataset.tokens ?? "").split(" ").filter(Boolean);
  }

  /** Sets a link this script builds; it carries the case's start date when the address has one. */
  private link(anchor: HTMLAnchorElement, href: string): void {
    this.built.set(anchor, href);
    anchor.href = withStart(href, readStart(location.search));
  }

  /** The start date changed in the address: every link written here takes it on. */
  private restamp(): void {
    for (const [anchor, href] of this.built) anchor.href = withStart(href, readStart(location.search));
  }

  private show(data: RouteData, step: string, address: Address, stored: string | undefined, first: boolean): void {
    const verdict = judge(data, data.edition, address, step);
    const remembered = rememberedRoute(data, data.edition, stored, step);
    if (verdict.kind === "none") {
      const restored = !first && remembered ? restoreRoute(data, remembered.answers, step) : undefined;
      if (restored?.length) {
        // Put the restored route in the address, so a reload or a copied link keeps it; and say so.
        history.replaceState(
          history.state,
          "",
          withStart(stepHref(data.stepBase, step, restored, data.edition), address.start) + location.hash,
        );
        this.notice({
          role: "status",
          title: "Je route uit dit tabblad is teruggezet",
          text:
            "Deze pagina werd geopend zonder antwoorden. De route die je eerder in dit tabblad volgde, " +
            "leidt hierheen en staat nu weer in het adres.",
          items: [],
          links: [],
        });
        this.apply(data, step, restored, address);
      } else if (first) this.apply(data, step, [], address);
      return;
    }
    const notice = routeNotice(data, verdict, { surface: "step", ...(remembered ? { remembered } : {}) });
    if (notice) this.notice(notice);
    if (verdict.kind === "fits") {
      this.apply(data, step, tokensOf(data, verdict.visits), address);
      return;
    }
    // Answers that do not fit this page: it is a static page, its links plain again (the notice says why).
    for (const option of this.options) this.link(option, `${data.stepBase}${option.dataset.option}/`);
  }

  private notice(notice: RouteNotice): void {
    for (const { link, href, keepsStart } of showNotice(this, notice)) if (keepsStart) this.link(link, href);
  }

  private noticeUnloaded(): void {
    showNotice(this, {
      role: "status",
      title: "De route kon niet worden geladen",
      text: "Controleer de verbinding en laad de pagina opnieuw. Tot dan werkt deze pagina zonder je eerdere " + "antwoorden.",
      items: [],
      links: [],
    });
  }

  /** Shows the route `answers` (tokens of the current edition) that leads here. */
  private apply(data: RouteData, step: string, answers: string[], address: Address): void {
    const change = address.change.kind === "ids" ? address.change.tokens : [];
    const verdict = judge(data, data.edition, { answers: { kind: "ids", tokens: answers }, edition: data.edition }, step);
    const route = verdict.kind === "fits" ? verdict.visits : [];
    // Only a real route is kept: opening the start page, or a "Wijzig" still pending, must not wipe the tab's copy.
    if (answers.length > 0 && change.length === 0) storage.set(storageKey(data.id), routeQuery(answers, data.edition));
    this.linkOptions(answers, data.edition, (data.steps[step]?.options ?? []).map(tokenOf));
    const back = this.querySelector<HTMLAnchorElement>("a[data-back]");
    const backTo = backHref(data.stepBase, route, answers, data.edition);
    if (back && backTo) {
      this.link(back, backTo);
      back.hidden = false;
    }
    this.showRoute(data, route, answers);
    this.showChange(data, answers, change);
  }

  private linkOptions(answers: string[], edition: string, tokens: string[]): void {
    const stepBase = this.dataset.stepBase ?? "/";
    this.options.forEach((option, index) => {
      const token = tokens[index];
      if (token) this.link(option, optionHref(stepBase, option.dataset.option ?? "", answers, token, edition));
    });
  }

  private showRoute(data: RouteData, visits: Visit[], answers: string[]): void {
    const template = this.querySelector<HTMLTemplateElement>("template[data-route-item]");
    const questions = visits.map((visit, index) => ({ visit, index })).filter(({ visit }) => isQuestion(data, visit.step));
    for (const link of this.querySelectorAll<HTMLAnchorElement>("a[data-summary-link]"))
      this.link(link, routeHref(data.summary, answers, data.edition));
    for (const shown of this.querySelectorAll<HTMLElement>("[data-summary-end]")) shown.hidden = !visits.length;
    if (!template || !questions.length) return;
    for (const list of this.querySelectorAll("ol[data-route-list]")) {
      for (const { visit, index } of questions) {
        const item = template.content.cloneNode(true) as DocumentFragment;
        const question = data.steps[visit.step]!;
        const option = question.options![visit.option - 1]!;
        showText(item.querySelector("[data-question]")!, question.title, question.editorialTitle);
        showText(item.querySelector("[data-answer]")!, option.label, option.editorialLabel);
        const change = item.querySelector<HTMLAnchorElement>("a[data-change]")!;
        this.link(change, changeHref(data.stepBase, visits, answers, index, data.edition));
        showText(change.querySelector("[data-change-question]")!, question.title, question.editorialTitle);
        list.append(item);
      }
    }
    const count = this.querySelector("[data-route-count]");
    if (count) count.textContent = `${questions.length} ${questions.length === 1 ? "antwoord" : "antwoorden"}`;
    for (const shown of this.querySelectorAll<HTMLElement>("[data-route], [data-route-top]")) shown.hidden = false;
  }

  /** After "Wijzig": mark the old answer (choosing it again goes back to where the route was) and name what another answer drops. */
  private showChange(data: RouteData, answers: string[], change: string[]): void {
    const pending = pendingChange(data, data.stepBase, data.edition, answers, change);
    const notice = this.querySelector<HTMLElement>("[data-change-notice]");
    const old = this.options[(pending?.old ?? 0) - 1];
    if (!pending || !notice || !old) return;
    old.setAttribute("aria-current", "true");
    this.link(old, pending.resume);
    const tag = document.createElement("span");
    tag.className = "previous-answer";
    tag.textContent = "je vorige antwoord";
    old.append(" ", tag);
    const dropped = pending.dropped.filter((visit) => isQuestion(data, visit.step));
    const list = notice.querySelector("ul[data-dropped]")!;
    for (const visit of dropped) {
      const item = document.createElement("li");
      showMarked(item, answerLine(data, visit));
      list.append(item);
    }
    for (const part of notice.querySelectorAll<HTMLElement>("[data-dropped-part]")) part.hidden = !dropped.length;
    notice.hidden = false;
  }
}

customElements.define("route-tool", RouteTool);
