export { editionLabel } from "../../pipeline/index.ts";

/** "1 maand", "36 maanden". */
export const monthsLabel = (months: number) => `${months} ${months === 1 ? "maand" : "maanden"}`;
