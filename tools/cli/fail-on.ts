/** The words `links --fail-on` takes; here, apart from the checks, so the CLI can validate them without loading the link checker. */
export const FAIL_ON = ["broken", "moved", "any"] as const;

export type FailOn = (typeof FAIL_ON)[number];
