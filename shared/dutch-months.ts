import type { Month } from "date-fns";
import { nl } from "date-fns/locale/nl";

/** The months in Dutch, January first, as date-fns' Dutch locale writes them: the one list the build and the browser share. */
export const DUTCH_MONTHS: readonly string[] = Array.from({ length: 12 }, (_, index) =>
  nl.localize.month(index as Month, { width: "wide" }),
);
