import type { RouteData } from "./route-data.ts";
import {
  ANSWERS_PARAM,
  backHref,
  CHANGE_PARAM,
  changeHref,
  decodeAnswers,
  encodeAnswers,
  isQuestion,
  optionHref,
  pendingChange,
  restoreRoute,
  routeHref,
  routeTo,
  stepHref,
  type Visit,
} from "./route-history.ts";
import { loadRoute, showText, storage, storageKey } from "./route-load.ts";

/**
 * <route-tool> enhances a step page that already works as plain links. The route is
 * in the address (`?antwoorden=1-3`): the answer links carry it on, and the page
 * replays it against the routebook's graph to show "Jouw route", a back link, the
 * change marker of "Wijzig" and links to the case note. sessionStorage only brings a
 * route back to a page opened without one in the same tab.
 */
class RouteTool extends HTMLElement {
  private options: HTMLAnchorElement[] = [];

  connectedCallback(): void {
    this.options = [...this.querySelectorAll<HTMLAnchorElement>("a[data-option]")];
    const { routebook = "", step = "", routeJson = "" } = this.dataset;
    const params = new URLSearchParams(location.search);
    const given = decodeAnswers(params.get(ANSWERS_PARAM)) ?? (this.dataset.start !== undefined ? [] : undefined);
    // Set at once, so a click, a middle click or a copied link before the graph arrives keeps the route.
    if (given) this.linkOptions(given);
    for (const restart of this.querySelectorAll("a[data-restart]")) restart.addEventListener("click", () => storage.set(storageKey(routebook), undefined));
    const stored = decodeAnswers(storage.get(storageKey(routebook)));
    if (!given?.length && !stored?.length) return;
    void loadRoute(routeJson).then((data) => data && this.show(data, step, given, stored, decodeAnswers(params.get(CHANGE_PARAM)) ?? []));
  }

  private show(data: RouteData, step: string, given: number[] | undefined, stored: number[] | undefined, change: number[]): void {
    let answers = given && routeTo(data, given, step) ? given : undefined;
    if (!answers && stored) {
      answers = restoreRoute(data, stored, step);
      // Put the restored route in the address, so a reload or a copied link keeps it.
      if (answers) history.replaceState(history.state, "", stepHref(data.stepBase, step, answers) + location.hash);
    }
    if (!answers) {
      // Answers that do not fit this page: it is a static page, its links plain again.
      for (const option of this.options) option.href = `${data.stepBase}${option.dataset.option}/`;
      return;
    }
    // Only a real route is kept: opening the start page, or a "Wijzig" still pending, must not wipe the tab's copy.
    if (answers.length > 0 && change.length === 0) storage.set(storageKey(data.id), encodeAnswers(answers));
    const visits = routeTo(data, answers, step)!;
    this.linkOptions(answers);
    const back = this.querySelector<HTMLAnchorElement>("a[data-back]");
    const backTo = backHref(data.stepBase, visits);
    if (back && backTo) {
      back.href = backTo;
      back.hidden = false;
    }
    this.showRoute(data, visits, answers);
    this.showChange(data, answers, change);
  }

  private linkOptions(answers: number[]): void {
    const stepBase = this.dataset.stepBase ?? "/";
    this.options.forEach((option, index) => {
      option.href = optionHref(stepBase, option.dataset.option ?? "", answers, index + 1);
    });
  }

  private showRoute(data: RouteData, visits: Visit[], answers: number[]): void {
    const template = this.querySelector<HTMLTemplateElement>("template[data-route-item]");
    const questions = visits.map((visit, index) => ({ visit, index })).filter(({ visit }) => isQuestion(data, visit.step));
    for (const link of this.querySelectorAll<HTMLAnchorElement>("a[data-summary-link]")) link.href = routeHref(data.summary, answers);
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
        change.href = changeHref(data.stepBase, visits, index);
        change.querySelector("[data-change-question]")!.textContent = question.title;
        list.append(item);
      }
    }
    const count = this.querySelector("[data-route-count]");
    if (count) count.textContent = `${questions.length} ${questions.length === 1 ? "antwoord" : "antwoorden"}`;
    for (const shown of this.querySelectorAll<HTMLElement>("[data-route], [data-route-top]")) shown.hidden = false;
  }

  /** After "Wijzig": mark the old answer (choosing it again goes back to where the route was) and name what another answer drops. */
  private showChange(data: RouteData, answers: number[], change: number[]): void {
    const pending = pendingChange(data, data.stepBase, answers, change);
    const notice = this.querySelector<HTMLElement>("[data-change-notice]");
    const old = this.options[(pending?.old ?? 0) - 1];
    if (!pending || !notice || !old) return;
    old.setAttribute("aria-current", "true");
    old.href = pending.resume;
    const tag = document.createElement("span");
    tag.className = "previous-answer";
    tag.textContent = "je vorige antwoord";
    old.append(" ", tag);
    const dropped = pending.dropped.filter((visit) => isQuestion(data, visit.step));
    const list = notice.querySelector("ul[data-dropped]")!;
    for (const visit of dropped) {
      const step = data.steps[visit.step]!;
      const item = document.createElement("li");
      item.textContent = `${step.title}: ${step.options![visit.option - 1]!.label}`;
      list.append(item);
    }
    for (const part of notice.querySelectorAll<HTMLElement>("[data-dropped-part]")) part.hidden = !dropped.length;
    notice.hidden = false;
  }
}

customElements.define("route-tool", RouteTool);
