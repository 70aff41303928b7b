import { START_YEARS, startDate } from "../../shared/phases/timeline.ts";
import { START_EVENT, START_PARAM, readStart } from "../../shared/route/history.ts";

/**
 * The start date a user chose for the phase timeline lives in the address
 * (`start=YYYY-MM-DD`), so it survives a reload and a shared link and reaches
 * the case note. Nothing is stored or sent. The route script makes route links
 * carry it; it learns of a change by the `routeboek:start` event.
 */

/** Puts the start date in the address (or takes it out) without a new history entry, and tells the route script. */
export function writeStart(value: string | undefined): void {
  const url = new URL(location.href);
  if (value) url.searchParams.set(START_PARAM, value);
  else url.searchParams.delete(START_PARAM);
  history.replaceState(history.state, "", url);
  document.dispatchEvent(new CustomEvent(START_EVENT));
}

const INVALID = `Kies een geldige startdatum tussen ${START_YEARS.first} en ${START_YEARS.last}.`;

/**
 * Binds a date field to the address: fills it from `start=`, writes each valid
 * change back, and ties an error to the field (`aria-invalid`, described by
 * `error`) for a date that is not one. `show` gets the valid date or nothing.
 */
export function bindStartField(input: HTMLInputElement, error: HTMLElement, show: (start: string | undefined) => void): void {
  input.min = `${START_YEARS.first}-01-01`;
  input.max = `${START_YEARS.last}-12-31`;
  input.value = readStart(location.search) ?? "";
  error.id ||= `${input.id}-fout`;
  const describedBy = new Set((input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean));
  const update = (write: boolean) => {
    const start = startDate(input.value);
    // A half-typed date reads as "" with badInput: that is an error, an empty field is not.
    const invalid = !start && (input.value !== "" || input.validity.badInput);
    error.textContent = invalid ? INVALID : "";
    error.hidden = !invalid;
    if (invalid) {
      input.setAttribute("aria-invalid", "true");
      describedBy.add(error.id);
    } else {
      input.removeAttribute("aria-invalid");
      describedBy.delete(error.id);
    }
    input.setAttribute("aria-describedby", [...describedBy].join(" "));
    if (write && start !== readStart(location.search)) writeStart(start);
    show(start);
  };
  input.addEventListener("input", () => update(true));
  input.addEventListener("change", () => update(true));
  update(false);
}
