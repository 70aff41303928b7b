import { arriveAt, choose, parseRoute, type Answer } from "./route-history.ts";

/** sessionStorage, or nothing where the browser blocks it: the links still work, only "jouw route" is lost. */
const storage = {
  get: (key: string) => {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key: string, value: string | undefined) => {
    try {
      if (value === undefined) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, value);
    } catch {
      // Private modes and strict settings refuse storage; the tool works on without it.
    }
  },
};

/**
 * <route-tool> enhances a step page that already works as plain links: it
 * remembers the answers in sessionStorage (this tab only), shows them as
 * "Jouw route" with change links, and adds a back link and a print button.
 */
class RouteTool extends HTMLElement {
  connectedCallback(): void {
    const { routebook = "", step = "", stepBase = "/", question = "" } = this.dataset;
    const editorialQuestion = this.dataset.editorialQuestion !== undefined;
    const key = `routeboek:${routebook}`;
    const route = arriveAt(parseRoute(storage.get(key)), step);
    const save = (answers: Answer[]) => storage.set(key, JSON.stringify(answers));
    save(route);

    for (const option of this.querySelectorAll<HTMLAnchorElement>("a[data-option]")) {
      option.addEventListener("click", () => {
        const editorialAnswer = option.dataset.editorial !== undefined;
        save(choose(route, { step, question, answer: option.dataset.label ?? "", to: option.dataset.option ?? "", ...(editorialQuestion ? { editorialQuestion } : {}), ...(editorialAnswer ? { editorialAnswer } : {}) }));
      });
    }
    for (const restart of this.querySelectorAll<HTMLAnchorElement>("a[data-restart]")) {
      restart.addEventListener("click", () => storage.set(key, undefined));
    }
    this.showBackLink(route, stepBase);
    this.showRoute(route, stepBase);
  }

  private showBackLink(route: Answer[], stepBase: string): void {
    const back = this.querySelector<HTMLAnchorElement>("a[data-back]");
    const previous = route.at(-1);
    if (!back || !previous) return;
    back.href = `${stepBase}${previous.step}/`;
    back.hidden = false;
  }

  private showRoute(route: Answer[], stepBase: string): void {
    const section = this.querySelector<HTMLElement>("[data-route]");
    const list = section?.querySelector("ol");
    const template = this.querySelector<HTMLTemplateElement>("template[data-route-item]");
    if (!section || !list || !template || route.length === 0) return;
    for (const answer of route) {
      const item = template.content.cloneNode(true) as DocumentFragment;
      showText(item.querySelector("[data-question]")!, answer.question, answer.editorialQuestion);
      showText(item.querySelector("[data-answer]")!, answer.answer, answer.editorialAnswer);
      const change = item.querySelector<HTMLAnchorElement>("a[data-change]")!;
      change.href = `${stepBase}${answer.step}/`;
      change.querySelector("[data-change-question]")!.textContent = answer.question;
      list.append(item);
    }
    section.hidden = false;
    this.querySelector<HTMLButtonElement>("button[data-print]")?.addEventListener("click", () => window.print());
  }
}

/** Text of the route, with the "redactie" tag where the words are the editors' and not the source's. */
function showText(element: Element, text: string, editorial = false): void {
  element.textContent = text;
  if (!editorial) return;
  const tag = document.createElement("span");
  tag.className = "editorial-tag";
  tag.textContent = "redactie";
  element.append(tag);
}

customElements.define("route-tool", RouteTool);
