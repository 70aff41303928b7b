/**
 * Dutch words that turn a clause round. The fidelity checks compare them as facts, and search keeps them in a
 * phrase. "zonder" is left out: "met of zonder extra ondersteuning" names both cases, and a summary may well
 * write "al dan niet" for it without changing what happens.
 */
export const NEGATIONS = ["niet", "geen", "nooit", "niets", "niemand", "nergens"] as const;
